package be.sos.rules;

import static be.sos.rules.Evaluations.codes;
import static be.sos.rules.Evaluations.on;
import static be.sos.rules.Evaluations.one;
import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.Commitment;
import be.sos.core.model.EventType;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Relation;
import be.sos.core.model.SafetyPlan;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Bottom lines, goals and the safety plan (docs/policy.md §7, plan.drl). Gent: day 1 is 2019-01-14,
 * day 15 is 2019-01-28. Dendermonde: day 1 is 2019-10-05, day 15 is 2019-10-19, day 42 is
 * 2019-11-15.
 */
class PlanTest {

    // ---- PLAN-01: every bottom line is covered by a safety goal ----

    @Test
    void a_bottom_line_no_goal_covers_is_flagged() {
        // G2 is the only goal that covers BL3, the trusted person for J.
        Case file = PilotCases.gent().toBuilder()
                .safetyGoals(PilotCases.gent().safetyGoals().stream().filter(g -> !g.id().equals("G2")).toList()).build();

        Evaluation evaluation = on(file, "2019-01-20");

        assertThat(codes(evaluation, "PLAN_")).containsExactly("PLAN_BOTTOM_LINE_WITHOUT_GOAL BL3");
        Finding finding = one(evaluation, "PLAN_BOTTOM_LINE_WITHOUT_GOAL", "BL3");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.ruleId()).isEqualTo("PLAN-01");
        assertThat(codes(on(PilotCases.gent(), "2019-01-20"), "PLAN_")).isEmpty();
    }

    // ---- PLAN-02: the plan says what is good enough to close the file ----

    @Test
    void a_plan_without_a_good_enough_statement_is_flagged() {
        Case file = PilotCases.gent().toBuilder().clearSafetyPlans()
                .safetyPlan(plan(1, "2019-01-28", null, "tante-an", "trainer-k")).build();

        Finding finding = one(on(file, "2019-02-10"), "PLAN_NO_GOOD_ENOUGH_STATEMENT", null);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(codes(on(PilotCases.gent(), "2019-02-10"), "PLAN_NO_GOOD")).isEmpty();
    }

    @Test
    void a_blank_statement_says_nothing() {
        Case file = PilotCases.gent().toBuilder().clearSafetyPlans()
                .safetyPlan(plan(1, "2019-01-28", "  ", "tante-an", "trainer-k")).build();

        assertThat(codes(on(file, "2019-02-10"), "PLAN_NO_GOOD")).containsExactly("PLAN_NO_GOOD_ENOUGH_STATEMENT");
    }

    @Test
    void only_the_latest_plan_counts_for_the_good_enough_statement() {
        Case dropped = PilotCases.gent().toBuilder().clearSafetyPlans()
                .safetyPlan(plan(1, "2019-01-28", "goed genoeg", "tante-an"))
                .safetyPlan(plan(2, "2019-02-22", null, "tante-an")).build();
        Case added = PilotCases.gent().toBuilder().clearSafetyPlans()
                .safetyPlan(plan(1, "2019-01-28", null, "tante-an"))
                .safetyPlan(plan(2, "2019-02-22", "goed genoeg", "tante-an")).build();

        assertThat(codes(on(dropped, "2019-02-23"), "PLAN_NO_GOOD")).containsExactly("PLAN_NO_GOOD_ENOUGH_STATEMENT");
        assertThat(codes(on(added, "2019-02-23"), "PLAN_NO_GOOD")).isEmpty();
        assertThat(codes(on(added, "2019-02-21"), "PLAN_NO_GOOD")).as("version 2 not known yet").containsExactly("PLAN_NO_GOOD_ENOUGH_STATEMENT");
    }

    @Test
    void without_any_plan_the_statement_is_missing_from_day_15_on() {
        Case file = PilotCases.gent().toBuilder().clearSafetyPlans().build();

        assertThat(codes(on(file, "2019-01-27"), "PLAN_NO_GOOD")).as("day 14").isEmpty();
        assertThat(codes(on(file, "2019-01-28"), "PLAN_NO_GOOD")).as("day 15").containsExactly("PLAN_NO_GOOD_ENOUGH_STATEMENT");
    }

    @Test
    void a_plan_made_before_day_15_is_checked_at_once() {
        Case file = PilotCases.gent().toBuilder().clearSafetyPlans()
                .safetyPlan(plan(1, "2019-01-23", null, "tante-an", "trainer-k")).build();

        assertThat(codes(on(file, "2019-01-23"), "PLAN_NO_GOOD")).as("day 10").containsExactly("PLAN_NO_GOOD_ENOUGH_STATEMENT");
        assertThat(codes(on(file, "2019-01-22"), "PLAN_NO_GOOD")).as("day 9, no plan yet").isEmpty();
    }

    // ---- PLAN-03: at least N adults of the network in the plan (Dendermonde's BL2: 3) ----

    @Test
    void the_dendermonde_plan_has_its_three_adults_of_mothers_network() {
        assertThat(codes(on(PilotCases.dendermonde(), "2019-10-20"), "PLAN_TOO_FEW")).isEmpty();
    }

    @Test
    void a_plan_with_two_network_adults_where_three_are_needed_is_flagged() {
        Case file = dendermondeWithPlanBy("mama", "oma", "buurvrouw-s");

        Evaluation evaluation = on(file, "2019-10-20");

        Finding finding = one(evaluation, "PLAN_TOO_FEW_NETWORK_ADULTS", "BL2");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Bodemeis BL2 vraagt minstens 3 volwassenen uit het informele netwerk met een engagement "
                + "in het veiligheidsplan; nu zijn het er 2. Zoek samen met het gezin meer mensen uit het netwerk.");
        assertThat(on(file, "2019-10-20", "en").findings()).anySatisfy(f ->
                assertThat(f.message()).startsWith("Bottom line BL2 asks for at least 3 adults of the informal network with a commitment "
                        + "in the safety plan; there are 2 now."));
    }

    @Test
    void parents_professionals_minors_and_second_commitments_do_not_count_as_network_adults() {
        Case file = dendermondeWithPlanBy("mama", "oma", "oma", "buurvrouw-s", "ocmw-b", "cons-dm", "oudste");

        assertThat(one(on(file, "2019-10-20"), "PLAN_TOO_FEW_NETWORK_ADULTS", "BL2").message()).contains("nu zijn het er 2.");
    }

    @Test
    void an_informal_network_member_who_is_not_an_adult_does_not_count() {
        List<NetworkMember> network = new ArrayList<>(PilotCases.dendermonde().network());
        network.add(new NetworkMember("neef-t", Relation.FAMILY, NetworkKind.INFORMAL, false, List.of()));
        Case file = dendermondeWithPlanBy("oma", "buurvrouw-s", "neef-t").toBuilder().network(network).build();
        Case adult = dendermondeWithPlanBy("oma", "buurvrouw-s", "nonkel-r");

        assertThat(codes(on(file, "2019-10-20"), "PLAN_TOO_FEW")).containsExactly("PLAN_TOO_FEW_NETWORK_ADULTS BL2");
        assertThat(codes(on(adult, "2019-10-20"), "PLAN_TOO_FEW")).isEmpty();
    }

    @Test
    void only_the_latest_plan_counts_for_the_network_adults() {
        Case file = PilotCases.dendermonde().toBuilder().safetyPlan(plan(2, "2019-11-01", "goed genoeg", "oma")).build();

        assertThat(codes(on(file, "2019-10-31"), "PLAN_TOO_FEW")).isEmpty();
        assertThat(one(on(file, "2019-11-01"), "PLAN_TOO_FEW_NETWORK_ADULTS", "BL2").message()).contains("nu zijn het er 1.");
    }

    @Test
    void without_a_plan_the_network_adults_are_counted_from_day_15_on() {
        Case file = PilotCases.dendermonde().toBuilder().clearSafetyPlans().build();

        assertThat(codes(on(file, "2019-10-18"), "PLAN_TOO_FEW")).as("day 14").isEmpty();
        assertThat(one(on(file, "2019-10-19"), "PLAN_TOO_FEW_NETWORK_ADULTS", "BL2").message()).as("day 15").contains("nu zijn het er 0.");
    }

    // ---- PLAN-04: a trusted person for the minor (Gent's BL3, for J) ----

    @Test
    void from_day_15_on_a_minor_without_an_adult_trusted_person_is_flagged() {
        Case file = gentWithTantAn(tantAn -> new NetworkMember(tantAn.id(), tantAn.relation(), tantAn.kind(), true, List.of()));

        assertThat(codes(on(file, "2019-01-27"), "PLAN_NO_TRUSTED")).as("day 14").isEmpty();
        Finding finding = one(on(file, "2019-01-28"), "PLAN_NO_TRUSTED_PERSON", "BL3");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Bodemeis BL3: niemand uit het netwerk is geregistreerd als volwassen vertrouwenspersoon voor J.");
        assertThat(codes(on(PilotCases.gent(), "2019-01-28"), "PLAN_NO_TRUSTED")).isEmpty();
    }

    @Test
    void a_trusted_person_who_is_not_an_adult_is_not_enough() {
        Case file = gentWithTantAn(tantAn -> new NetworkMember(tantAn.id(), tantAn.relation(), tantAn.kind(), false, List.of("J")));

        assertThat(codes(on(file, "2019-02-01"), "PLAN_NO_TRUSTED")).containsExactly("PLAN_NO_TRUSTED_PERSON BL3");
    }

    @Test
    void an_adult_of_the_professional_network_can_be_the_trusted_person() {
        Case file = gentWithTantAn(tantAn -> new NetworkMember(tantAn.id(), Relation.SCHOOL, NetworkKind.PROFESSIONAL, true, List.of("J")));

        assertThat(codes(on(file, "2019-02-01"), "PLAN_NO_TRUSTED")).isEmpty();
    }

    // ---- PLAN-05: a Words and Pictures story for each child (Dendermonde's BL3) ----

    @Test
    void from_day_42_on_a_child_without_a_words_and_pictures_story_is_flagged() {
        Case file = PilotCases.dendermonde().toBuilder()
                .removeEvents(e -> e.type() == EventType.WORDS_AND_PICTURES && e.subject().equals("baby")).build();

        assertThat(codes(on(file, "2019-11-14"), "PLAN_WORDS")).as("day 41").isEmpty();
        Evaluation day42 = on(file, "2019-11-15");
        assertThat(codes(day42, "PLAN_WORDS")).containsExactly("PLAN_WORDS_AND_PICTURES_MISSING baby");
        assertThat(one(day42, "PLAN_WORDS_AND_PICTURES_MISSING", "baby").severity()).isEqualTo(Severity.WARNING);
        assertThat(codes(on(PilotCases.dendermonde(), "2019-11-15"), "PLAN_WORDS")).isEmpty();
    }

    @Test
    void without_a_words_and_pictures_bottom_line_no_story_is_asked() {
        Case dendermonde = PilotCases.dendermonde();
        java.util.Set<String> gone = dendermonde.bottomLines().stream().filter(b -> b.type() == BottomLineType.WORDS_AND_PICTURES)
                .map(b -> b.id()).collect(java.util.stream.Collectors.toSet());
        Case file = dendermonde.toBuilder()
                .bottomLines(dendermonde.bottomLines().stream().filter(b -> !gone.contains(b.id())).toList())
                // the goals no longer point at the bottom lines that went: a reference to nothing is not a valid case
                .safetyGoals(dendermonde.safetyGoals().stream().map(g -> new be.sos.core.model.SafetyGoal(g.id(), g.text(),
                        g.bottomLines().stream().filter(id -> !gone.contains(id)).toList(), g.status())).toList())
                .removeEvents(e -> e.type() == EventType.WORDS_AND_PICTURES).build();

        assertThat(codes(on(file, "2019-11-15"), "PLAN_WORDS")).isEmpty();
        assertThat(codes(on(PilotCases.gent(), "2019-02-24"), "PLAN_WORDS")).as("Gent has no such bottom line").isEmpty();
    }

    // ---- PLAN-06: at the judge's decision every bottom line is met ----

    @Test
    void a_bottom_line_not_met_at_the_judges_decision_is_flagged() {
        Case open = gentWithStatus("BL2", BottomLineStatus.OPEN);
        Case notMet = gentWithStatus("BL4", BottomLineStatus.NOT_MET);

        assertThat(codes(on(open, "2019-02-23"), "PLAN_BOTTOM_LINE_NOT")).as("before the decision").isEmpty();
        Finding finding = one(on(open, "2019-02-24"), "PLAN_BOTTOM_LINE_NOT_MET", "BL2");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("De jeugdrechter besliste op 2019-02-24, maar bodemeis BL2 staat niet als voldaan geregistreerd.");
        assertThat(codes(on(notMet, "2019-02-25"), "PLAN_BOTTOM_LINE_NOT")).containsExactly("PLAN_BOTTOM_LINE_NOT_MET BL4");
        assertThat(codes(on(PilotCases.gent(), "2019-02-25"), "PLAN_BOTTOM_LINE_NOT")).isEmpty();
    }

    // ---- helpers ----

    private static SafetyPlan plan(int version, String date, String goodEnough, String... committed) {
        List<Commitment> commitments = new ArrayList<>();
        for (String by : committed) {
            commitments.add(new Commitment(by, "doet iets", "altijd"));
        }
        return new SafetyPlan(version, LocalDate.parse(date), List.of(committed[0]), goodEnough, commitments);
    }

    /** Dendermonde with one plan, of the first network meeting, with commitments by these people. */
    private static Case dendermondeWithPlanBy(String... committed) {
        return PilotCases.dendermonde().toBuilder().clearSafetyPlans().safetyPlan(plan(1, "2019-10-18", "goed genoeg", committed)).build();
    }

    private static Case gentWithTantAn(UnaryOperator<NetworkMember> change) {
        List<NetworkMember> network = new ArrayList<>(PilotCases.gent().network());
        network.replaceAll(m -> m.id().equals("tante-an") ? change.apply(m) : m);
        return PilotCases.gent().toBuilder().network(network).build();
    }

    private static Case gentWithStatus(String bottomLine, BottomLineStatus status) {
        List<BottomLine> lines = new ArrayList<>(PilotCases.gent().bottomLines());
        lines.replaceAll(b -> b.id().equals(bottomLine) ? new BottomLine(b.id(), b.text(), b.type(), b.min(), b.minor(), status) : b);
        return PilotCases.gent().toBuilder().bottomLines(lines).build();
    }
}
