package be.sos.rules;

import static be.sos.rules.Evaluations.codes;
import static be.sos.rules.Evaluations.on;
import static be.sos.rules.Evaluations.one;
import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.Minor;
import be.sos.core.model.Scaling;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measuring and closing (docs/policy.md §9 and §10; monitoring.drl and closure.drl), on the Gent case:
 * the module runs from 2019-01-16 to 2019-02-26 (extended: 2019-03-12); the case closed to a
 * mandated facility on 2019-02-26.
 */
class MonitoringTest {

    // ---- MON-01: the family's view against the professionals' ----

    @Test
    void family_and_professionals_3_points_apart_on_one_date_is_flagged() {
        Case file = gentScaling(score("2019-02-10", "mama", 8), score("2019-02-10", "J", 7),
                score("2019-02-10", "cons-gent", 4), score("2019-02-10", "cb-cocon-1", 5));

        Finding dutch = one(on(file, "2019-02-11", "nl"), "SCALE_GAP", "2019-02-10");
        Finding english = one(on(file, "2019-02-11", "en"), "SCALE_GAP", "2019-02-10");

        assertThat(dutch.severity()).isEqualTo(Severity.WARNING);
        assertThat(dutch.ruleId()).isEqualTo("MON-01");
        assertThat(dutch.message()).isEqualTo("Op 2019-02-10 gaf het gezin gemiddeld 7,5 op de schaalvraag en gaven de professionals "
                + "gemiddeld 4,5: bespreek dat verschil met het gezin en het netwerk.");
        assertThat(english.message()).startsWith("On 2019-02-10 the family's mean scaling score was 7.5 and the professionals' was 4.5");
    }

    @Test
    void less_than_3_points_apart_is_not_flagged() {
        Case file = gentScaling(score("2019-02-10", "mama", 8), score("2019-02-10", "J", 7),
                score("2019-02-10", "cons-gent", 5), score("2019-02-10", "cb-cocon-1", 5));

        assertThat(codes(on(file, "2019-02-11"), "SCALE_GAP")).isEmpty();
        assertThat(codes(on(PilotCases.gent(), "2019-02-26"), "SCALE_")).isEmpty();
    }

    @Test
    void the_informal_network_scores_with_the_family_and_the_professional_network_with_the_professionals() {
        Case apart = gentScaling(score("2019-02-10", "trainer-k", 8), score("2019-02-10", "clb-m", 5));
        Case close = gentScaling(score("2019-02-10", "trainer-k", 8), score("2019-02-10", "cons-gent", 6));

        assertThat(codes(on(apart, "2019-02-11"), "SCALE_GAP")).containsExactly("SCALE_GAP 2019-02-10");
        assertThat(codes(on(close, "2019-02-11"), "SCALE_GAP")).isEmpty();
    }

    @Test
    void only_answers_of_the_same_date_are_compared() {
        Case file = gentScaling(score("2019-02-10", "mama", 9), score("2019-02-11", "cons-gent", 2));

        assertThat(codes(on(file, "2019-02-12"), "SCALE_GAP")).isEmpty();
    }

    // ---- MON-02: a person's score falls ----

    @Test
    void a_score_2_points_below_the_persons_previous_one_is_flagged() {
        Case file = gentScaling(score("2019-01-28", "mama", 6), score("2019-02-10", "mama", 4));

        assertThat(codes(on(file, "2019-02-09"), "SCALE_DROP")).as("the second answer is not known yet").isEmpty();
        Finding finding = one(on(file, "2019-02-10"), "SCALE_DROP", "mama");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("De schaalscore van mama daalde van 6 op 2019-01-28 naar 4 op 2019-02-10: ga na wat er veranderd is.");
        assertThat(one(on(file, "2019-02-10", "en"), "SCALE_DROP", "mama").message())
                .isEqualTo("The scaling score of mama fell from 6 on 2019-01-28 to 4 on 2019-02-10: find out what has changed.");
    }

    @Test
    void a_fall_of_one_point_or_a_rise_is_not_flagged() {
        Case file = gentScaling(score("2019-01-28", "mama", 6), score("2019-02-10", "mama", 5),
                score("2019-02-22", "mama", 4), score("2019-01-28", "J", 3), score("2019-02-10", "J", 9));

        assertThat(codes(on(file, "2019-02-23"), "SCALE_DROP")).isEmpty();
    }

    @Test
    void each_score_is_compared_with_the_previous_one_not_the_first() {
        Case file = gentScaling(score("2019-02-22", "J", 6), score("2019-01-28", "J", 8), score("2019-02-10", "J", 5));

        Evaluation evaluation = on(file, "2019-02-23");

        assertThat(codes(evaluation, "SCALE_DROP")).containsExactly("SCALE_DROP J");
        assertThat(one(evaluation, "SCALE_DROP", "J").message()).contains("van 8 op 2019-01-28 naar 5 op 2019-02-10");
    }

    // ---- MON-03/04: a minor turns 18 during the module ----

    @Test
    void a_minor_turning_18_on_the_first_or_the_last_day_of_the_module_is_flagged() {
        Finding first = one(on(gentWithJTurning18On("2019-01-16"), "2019-01-16"), "MINOR_TURNS_18", "J");
        Finding last = one(on(gentWithJTurning18On("2019-02-26"), "2019-01-16"), "MINOR_TURNS_18", "J");

        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.ruleId()).isEqualTo("MON-03");
        assertThat(last.message()).isEqualTo("J wordt 18 op 2019-02-26, tijdens de module: bereid de overgang naar de meerderjarigheid voor.");
    }

    @Test
    void a_minor_turning_18_before_or_after_the_module_is_not_flagged() {
        assertThat(codes(on(gentWithJTurning18On("2019-01-15"), "2019-02-01"), "MINOR")).isEmpty();
        assertThat(codes(on(gentWithJTurning18On("2019-02-27"), "2019-02-01"), "MINOR")).isEmpty();
        assertThat(codes(on(PilotCases.gent(), "2019-02-01"), "MINOR")).as("J turns 18 in September").isEmpty();
    }

    @Test
    void an_extended_module_runs_to_the_extended_end() {
        Case extended = gentWithJTurning18On("2019-03-12").toBuilder().closure(null)
                .extensionRequest(new ExtensionRequest(LocalDate.parse("2019-02-20"), List.of(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE))).build();
        Case later = gentWithJTurning18On("2019-03-13").toBuilder().closure(null)
                .extensionRequest(new ExtensionRequest(LocalDate.parse("2019-02-20"), List.of(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE))).build();

        assertThat(codes(on(extended, "2019-02-19"), "MINOR")).as("not extended yet").isEmpty();
        assertThat(codes(on(extended, "2019-02-20"), "MINOR")).containsExactly("MINOR_TURNS_18 J");
        assertThat(one(on(extended, "2019-02-20"), "MINOR_TURNS_18", "J").ruleId()).isEqualTo("MON-04");
        assertThat(codes(on(later, "2019-02-20"), "MINOR")).isEmpty();
    }

    @Test
    void a_minor_turning_18_in_an_extended_module_is_flagged_once() {
        Case file = gentWithJTurning18On("2019-02-01").toBuilder().closure(null)
                .extensionRequest(new ExtensionRequest(LocalDate.parse("2019-02-20"), List.of(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE))).build();

        assertThat(one(on(file, "2019-02-21"), "MINOR_TURNS_18", "J").ruleId()).isEqualTo("MON-04");
    }

    @Test
    void each_minor_is_judged_on_their_own() {
        Case file = PilotCases.dendermonde().toBuilder().minor(new Minor("tiener", LocalDate.parse("2001-11-01"))).build();

        assertThat(codes(on(file, "2019-10-20"), "MINOR")).containsExactly("MINOR_TURNS_18 tiener");
    }

    // ---- MON-05: the EXIT questionnaire ----

    @Test
    void a_closed_case_without_exit_answers_is_noted() {
        assertThat(codes(on(PilotCases.dendermonde(), "2019-11-16"), "EXIT")).as("not closed yet").isEmpty();
        Finding finding = one(on(PilotCases.dendermonde(), "2019-11-17"), "EXIT_MISSING", null);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo("Het dossier werd afgesloten op 2019-11-17 zonder ingevulde EXIT-vragenlijst: "
                + "vraag ouders en minderjarige(n) om ze in te vullen.");
        assertThat(codes(on(PilotCases.gent(), "2019-03-01"), "EXIT")).as("Gent's EXIT answers").isEmpty();
    }

    // ---- CL-01 to CL-03: the steps of a closure to a mandated facility ----

    @Test
    void a_closure_to_a_mandated_facility_without_an_m_doc_is_flagged() {
        Case file = PilotCases.gent().toBuilder().removeEvents(e -> e.type() == EventType.M_DOC).build();

        Evaluation evaluation = on(file, "2019-03-01");

        assertThat(codes(evaluation, "CLOSURE")).containsExactly("CLOSURE_STEP_MISSING M_DOC");
        Finding finding = one(evaluation, "CLOSURE_STEP_MISSING", "M_DOC");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.ruleId()).isEqualTo("CL-01");
        assertThat(finding.message()).isEqualTo("Het dossier werd afgesloten naar een gemandateerde voorziening zonder M-doc: "
                + "zorg voor die stap en registreer hem.");
    }

    @Test
    void each_missing_step_is_flagged_on_its_own() {
        Case file = PilotCases.gent().toBuilder().removeEvents(e -> e.type() == EventType.M_DOC
                || e.type() == EventType.TRIAD_CONVERSATION || e.type() == EventType.FACILITY_LETTER).build();

        assertThat(codes(on(file, "2019-02-25"), "CLOSURE")).as("not closed yet").isEmpty();
        assertThat(codes(on(file, "2019-03-01"), "CLOSURE")).containsExactly("CLOSURE_STEP_MISSING FACILITY_LETTER",
                "CLOSURE_STEP_MISSING M_DOC", "CLOSURE_STEP_MISSING TRIAD_CONVERSATION");
        assertThat(on(file, "2019-03-01", "en").findings()).filteredOn(f -> f.code().equals("CLOSURE_STEP_MISSING"))
                .extracting(Finding::message).contains("The case was closed to a mandated facility without the triad conversation: "
                        + "see to that step and record it.");
    }

    @Test
    void a_step_recorded_after_the_closure_counts_once_it_is_recorded() {
        Case file = PilotCases.gent().toBuilder().removeEvents(e -> e.type() == EventType.FACILITY_LETTER)
                .event(EventType.FACILITY_LETTER, LocalDate.parse("2019-03-04")).build();

        assertThat(codes(on(file, "2019-03-03"), "CLOSURE")).containsExactly("CLOSURE_STEP_MISSING FACILITY_LETTER");
        assertThat(codes(on(file, "2019-03-04"), "CLOSURE")).isEmpty();
    }

    @Test
    void other_closures_need_no_such_steps() {
        // Dendermonde closed with a referral to the OCJ and has none of the three events.
        assertThat(codes(on(PilotCases.dendermonde(), "2019-12-01"), "CLOSURE")).isEmpty();
    }

    // ---- helpers ----

    private static Scaling score(String date, String by, int score) {
        return new Scaling(LocalDate.parse(date), by, score);
    }

    private static Case gentScaling(Scaling... scalings) {
        return PilotCases.gent().toBuilder().scalings(List.of(scalings)).build();
    }

    private static Case gentWithJTurning18On(String date) {
        return PilotCases.gent().toBuilder().minors(List.of(new Minor("J", LocalDate.parse(date).minusYears(18)))).build();
    }
}
