package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Absence;
import be.sos.core.model.Availability;
import be.sos.core.model.Case;
import be.sos.core.model.Intake;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Role;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The selection criteria of a case (selection.drl, docs/policy.md §6), told with the pilot's two cases. */
class SelectionTest {
    private static final Case GENT = PilotCases.gent();
    private static final Case DENDERMONDE = PilotCases.dendermonde();
    /** Day 5 of case 1: the dispatch (day 3) is known, so the module runs 2019-01-16 to 2019-02-26. */
    private static final LocalDate GENT_DAY_5 = LocalDate.of(2019, 1, 18);

    private static Evaluation evaluate(Case c, LocalDate today) {
        return Engines.bundled().evaluate(c, today);
    }

    private static Evaluation gentOnDay5(UnaryOperator<Case.Builder> change) {
        return evaluate(change.apply(GENT.toBuilder()).build(), GENT_DAY_5);
    }

    private static List<Finding> selectionFindings(Evaluation e) {
        return e.findings().stream().filter(f -> f.code().startsWith("SEL_")).toList();
    }

    private static Finding only(Evaluation e, String code) {
        List<Finding> found = e.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as(code).hasSize(1);
        return found.get(0);
    }

    /** The professionals of case 1 with one of them replaced. */
    private static List<Professional> replacing(String id, UnaryOperator<Professional> change) {
        List<Professional> result = new ArrayList<>();
        for (Professional p : GENT.professionals()) {
            result.add(p.id().equals(id) ? change.apply(p) : p);
        }
        return result;
    }

    private static Professional withAbsence(Professional p, LocalDate from, LocalDate to) {
        List<Absence> absences = new ArrayList<>(p.absences());
        absences.add(new Absence(from, to));
        return new Professional(p.id(), p.role(), p.reachable(), absences);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // ---- the pilot cases ----

    @Test
    void both_pilot_cases_were_eligible_on_each_of_their_first_five_days() {
        for (Case c : List.of(GENT, DENDERMONDE)) {
            for (int day = 1; day <= 5; day++) {
                Evaluation e = evaluate(c, c.petitionDate().plusDays(day - 1));
                assertThat(e.eligibility().eligible()).as(c.id() + " day " + day).isTrue();
                assertThat(e.eligibility().blockers()).isEmpty();
                assertThat(selectionFindings(e)).as(c.id() + " day " + day).isEmpty();
            }
        }
    }

    @Test
    void the_fathers_of_case_2_whose_availability_is_unknown_do_not_count_because_the_children_do_not_live_with_them() {
        assertThat(DENDERMONDE.parents()).anyMatch(p -> p.availability() == Availability.UNKNOWN && !p.livesWithChild());
        Evaluation e = evaluate(DENDERMONDE, DENDERMONDE.petitionDate());
        assertThat(e.has("SEL_PARENT_UNAVAILABLE")).isFalse();
    }

    // ---- criteria 1, 2, 4, 5: the intake ----

    @Test
    void a_team_lead_who_expects_no_workable_plan_within_6_weeks_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.intake(new Intake(false, true, true, true)));
        Finding f = only(e, "SEL_PLAN_NOT_EXPECTED");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isNull();
        assertThat(f.ruleId()).isEqualTo("SEL-01");
        assertThat(f.source()).isEqualTo("§3 Criteria en aandachtspunten");
        assertThat(e.eligibility().eligible()).isFalse();
        assertThat(e.eligibility().blockers()).containsExactly("SEL_PLAN_NOT_EXPECTED");
    }

    @Test
    void a_judge_who_gives_no_fiat_to_work_towards_home_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.intake(new Intake(true, false, true, true)));
        assertThat(only(e, "SEL_NO_JUDGE_FIAT").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(e.eligibility().blockers()).containsExactly("SEL_NO_JUDGE_FIAT");
    }

    @Test
    void a_network_that_cannot_be_mobilised_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.intake(new Intake(true, true, false, true)));
        assertThat(only(e, "SEL_NETWORK_NOT_MOBILISABLE").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(e.eligibility().blockers()).containsExactly("SEL_NETWORK_NOT_MOBILISABLE");
    }

    @Test
    void information_on_risks_that_was_not_shared_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.intake(new Intake(true, true, true, false)));
        assertThat(only(e, "SEL_RISK_INFO_NOT_SHARED").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(e.eligibility().blockers()).containsExactly("SEL_RISK_INFO_NOT_SHARED");
    }

    @Test
    void an_intake_not_assessed_yet_blocks_on_each_of_its_four_criteria() {
        Evaluation e = gentOnDay5(b -> b.intake(Intake.NOT_ASSESSED));
        assertThat(e.eligibility().eligible()).isFalse();
        assertThat(e.eligibility().blockers()).containsExactly(
                "SEL_NETWORK_NOT_MOBILISABLE", "SEL_NO_JUDGE_FIAT", "SEL_PLAN_NOT_EXPECTED", "SEL_RISK_INFO_NOT_SHARED");
    }

    @Test
    void one_intake_question_not_answered_yet_blocks_on_that_criterion_only() {
        Evaluation e = gentOnDay5(b -> b.intake(new Intake(true, null, true, true)));
        assertThat(e.eligibility().blockers()).containsExactly("SEL_NO_JUDGE_FIAT");
        assertThat(only(e, "SEL_NO_JUDGE_FIAT").message()).contains("nog niet ingeschat");
    }

    // ---- criterion 3: the parents ----

    @Test
    void a_detained_mother_the_child_lives_with_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.parents(List.of(
                new Parent("mama", Availability.DETAINED, true), new Parent("papa", Availability.AVAILABLE, false))));
        Finding f = only(e, "SEL_PARENT_UNAVAILABLE");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("mama");
        assertThat(f.ruleId()).isEqualTo("SEL-03");
        assertThat(f.message()).isEqualTo("Ouder mama, bij wie het kind zou wonen, is in de gevangenis.");
        assertThat(e.eligibility().blockers()).containsExactly("SEL_PARENT_UNAVAILABLE");
    }

    @Test
    void a_mother_in_compulsory_admission_the_child_lives_with_blocks_selection() {
        Evaluation e = Engines.bundled().evaluate(GENT.toBuilder().parents(List.of(
                        new Parent("mama", Availability.COMPULSORY_ADMISSION, true), GENT.parents().get(1))).build(), GENT_DAY_5,
                EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH));
        Finding f = only(e, "SEL_PARENT_UNAVAILABLE");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.message()).isEqualTo("Parent mama, with whom the child would live, is in compulsory admission.");
        assertThat(e.eligibility().eligible()).isFalse();
    }

    @Test
    void a_mother_the_child_lives_with_whose_availability_is_unknown_is_a_warning_and_the_case_stays_eligible() {
        Evaluation e = gentOnDay5(b -> b.parents(List.of(
                new Parent("mama", Availability.UNKNOWN, true), new Parent("papa", Availability.AVAILABLE, false))));
        Finding f = only(e, "SEL_PARENT_UNAVAILABLE");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject()).isEqualTo("mama");
        assertThat(f.ruleId()).isEqualTo("SEL-03b");
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void a_detained_father_the_child_does_not_live_with_does_not_count() {
        Evaluation e = gentOnDay5(b -> b.parents(List.of(
                new Parent("mama", Availability.AVAILABLE, true), new Parent("papa", Availability.DETAINED, false))));
        assertThat(e.has("SEL_PARENT_UNAVAILABLE")).isFalse();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void every_unavailable_parent_the_child_lives_with_is_named() {
        Evaluation e = gentOnDay5(b -> b.parents(List.of(
                new Parent("mama", Availability.DETAINED, true), new Parent("papa", Availability.UNKNOWN, true))));
        assertThat(e.findings()).filteredOn(f -> f.code().equals("SEL_PARENT_UNAVAILABLE"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mama", Severity.BLOCKER),
                        org.assertj.core.groups.Tuple.tuple("papa", Severity.WARNING));
    }

    // ---- criterion 6: at work for the whole module ----

    @Test
    void a_counsellor_away_for_5_days_of_the_module_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cb-cocon-1",
                p -> withAbsence(p, date(2019, 2, 4), date(2019, 2, 8)))));
        Finding f = only(e, "SEL_PROFESSIONAL_ABSENT");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("cb-cocon-1");
        assertThat(f.ruleId()).isEqualTo("SEL-06");
        assertThat(f.message()).isEqualTo(
                "De crisisbegeleider cb-cocon-1 is 5 dagen afwezig tijdens de module (afwezigheid van 2019-02-04 tot 2019-02-08).");
        assertThat(e.has("SEL_SHORT_ABSENCE")).isFalse();
        assertThat(e.eligibility().blockers()).containsExactly("SEL_PROFESSIONAL_ABSENT");
    }

    @Test
    void a_consultant_away_for_4_days_of_the_module_is_a_warning_and_the_case_stays_eligible() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cons-gent",
                p -> withAbsence(p, date(2019, 2, 4), date(2019, 2, 7)))));
        Finding f = only(e, "SEL_SHORT_ABSENCE");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject()).isEqualTo("cons-gent");
        assertThat(f.ruleId()).isEqualTo("SEL-06b");
        assertThat(f.message()).startsWith("De consulent cons-gent is 4 dag(en) afwezig");
        assertThat(e.has("SEL_PROFESSIONAL_ABSENT")).isFalse();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void a_judge_on_leave_for_two_weeks_of_the_module_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("jr-gent",
                p -> withAbsence(p, date(2019, 2, 11), date(2019, 2, 24)))));
        Finding f = only(e, "SEL_PROFESSIONAL_ABSENT");
        assertThat(f.subject()).isEqualTo("jr-gent");
        assertThat(f.message()).startsWith("De jeugdrechter jr-gent is 14 dagen afwezig");
    }

    @Test
    void only_the_days_of_an_absence_inside_the_module_count() {
        // The module of case 1 runs from the dispatch on 2019-01-16 to 2019-02-26: 2 of these 9 days fall in it.
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cb-cocon-1",
                p -> withAbsence(p, date(2019, 2, 25), date(2019, 3, 5)))));
        Finding f = only(e, "SEL_SHORT_ABSENCE");
        assertThat(f.message()).startsWith("De crisisbegeleider cb-cocon-1 is 2 dag(en) afwezig");
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void the_module_starts_at_the_dispatch_so_a_leave_before_it_does_not_count() {
        // Petition 2019-01-14, dispatch 2019-01-16: a leave on the first two days of the procedure is before the module.
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cons-gent",
                p -> withAbsence(p, date(2019, 1, 1), date(2019, 1, 15)))));
        assertThat(selectionFindings(e)).isEmpty();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void an_absence_after_the_module_end_does_not_count() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("jr-gent",
                p -> withAbsence(p, date(2019, 2, 27), date(2019, 3, 31)))));
        assertThat(selectionFindings(e)).isEmpty();
    }

    @Test
    void each_absence_is_judged_on_its_own_so_two_short_ones_are_two_warnings() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cb-cocon-1",
                p -> withAbsence(withAbsence(p, date(2019, 1, 28), date(2019, 1, 30)), date(2019, 2, 11), date(2019, 2, 13)))));
        assertThat(e.findings()).filteredOn(f -> f.code().equals("SEL_SHORT_ABSENCE")).hasSize(2)
                .allMatch(f -> f.subject().equals("cb-cocon-1"));
        assertThat(e.has("SEL_PROFESSIONAL_ABSENT")).isFalse();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void the_team_leads_leave_does_not_count() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("tv-gent",
                p -> withAbsence(p, date(2019, 1, 20), date(2019, 2, 20)))));
        assertThat(selectionFindings(e)).isEmpty();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    // ---- criterion 7: reachable ----

    @Test
    void a_consultant_who_cannot_be_reached_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cons-gent",
                p -> new Professional(p.id(), p.role(), false, p.absences()))));
        Finding f = only(e, "SEL_PROFESSIONAL_UNREACHABLE");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("cons-gent");
        assertThat(f.ruleId()).isEqualTo("SEL-07");
        assertThat(f.message()).isEqualTo("De consulent cons-gent is niet bereikbaar via werk-gsm of crisisnummer.");
        assertThat(e.eligibility().blockers()).containsExactly("SEL_PROFESSIONAL_UNREACHABLE");
    }

    @Test
    void a_crisis_counsellor_who_cannot_be_reached_blocks_selection() {
        Evaluation e = gentOnDay5(b -> b.professionals(replacing("cb-cocon-1",
                p -> new Professional(p.id(), p.role(), false, p.absences()))));
        assertThat(only(e, "SEL_PROFESSIONAL_UNREACHABLE").subject()).isEqualTo("cb-cocon-1");
    }

    @Test
    void the_judge_and_the_team_lead_need_not_be_reachable_by_crisis_number() {
        Evaluation e = gentOnDay5(b -> b.professionals(GENT.professionals().stream()
                .map(p -> p.role() == Role.JUDGE || p.role() == Role.TEAM_LEAD
                        ? new Professional(p.id(), p.role(), false, p.absences()) : p)
                .toList()));
        assertThat(e.has("SEL_PROFESSIONAL_UNREACHABLE")).isFalse();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    // ---- criterion 8: assigned ----

    @Test
    void a_case_without_a_judge_cannot_be_selected() {
        Evaluation e = gentOnDay5(b -> b.removeProfessionals(p -> p.role() == Role.JUDGE));
        Finding f = only(e, "SEL_ROLE_MISSING");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("JUDGE");
        assertThat(f.message()).isEqualTo("Er is geen jeugdrechter toegewezen.");
        assertThat(e.eligibility().blockers()).containsExactly("SEL_ROLE_MISSING");
    }

    @Test
    void a_case_without_professionals_misses_each_of_the_three_roles_but_not_the_team_lead() {
        // the scalings the professionals gave go with them: a scaling by nobody of the case is not a valid case
        java.util.Set<String> professionals = GENT.professionals().stream().map(p -> p.id()).collect(java.util.stream.Collectors.toSet());
        Evaluation e = gentOnDay5(b -> b.professionals(List.of())
                .scalings(GENT.scalings().stream().filter(s -> !professionals.contains(s.by())).toList()));
        assertThat(e.findings()).filteredOn(f -> f.code().equals("SEL_ROLE_MISSING"))
                .extracting(Finding::subject).containsExactly("CONSULTANT", "CRISIS_COUNSELLOR", "JUDGE");
        assertThat(e.eligibility().blockers()).containsExactly("SEL_ROLE_MISSING");
    }

    @Test
    void a_case_without_a_team_lead_misses_no_role() {
        Evaluation e = gentOnDay5(b -> b.removeProfessionals(p -> p.role() == Role.TEAM_LEAD));
        assertThat(e.has("SEL_ROLE_MISSING")).isFalse();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    // ---- together ----

    @Test
    void every_unmet_criterion_is_reported_and_the_blockers_list_each_code_once_in_order() {
        Evaluation e = gentOnDay5(b -> b
                .intake(new Intake(true, false, true, true))
                .parents(List.of(new Parent("mama", Availability.DETAINED, true), new Parent("papa", Availability.UNKNOWN, true)))
                .professionals(List.of(
                        new Professional("cons-gent", Role.CONSULTANT, false,
                                List.of(new Absence(date(2019, 2, 1), date(2019, 2, 10)), new Absence(date(2019, 2, 20), date(2019, 2, 21)))),
                        new Professional("cb-cocon-1", Role.CRISIS_COUNSELLOR, true,
                                List.of(new Absence(date(2019, 1, 20), date(2019, 1, 29)))))));
        assertThat(e.eligibility().eligible()).isFalse();
        assertThat(e.eligibility().blockers()).containsExactly("SEL_NO_JUDGE_FIAT", "SEL_PARENT_UNAVAILABLE",
                "SEL_PROFESSIONAL_ABSENT", "SEL_PROFESSIONAL_UNREACHABLE", "SEL_ROLE_MISSING");
        assertThat(selectionFindings(e)).extracting(f -> f.code() + " " + f.subject() + " " + f.severity()).containsExactly(
                "SEL_NO_JUDGE_FIAT null BLOCKER",
                "SEL_PARENT_UNAVAILABLE mama BLOCKER",
                "SEL_PROFESSIONAL_ABSENT cb-cocon-1 BLOCKER",
                "SEL_PROFESSIONAL_ABSENT cons-gent BLOCKER",
                "SEL_PROFESSIONAL_UNREACHABLE cons-gent BLOCKER",
                "SEL_ROLE_MISSING JUDGE BLOCKER",
                "SEL_PARENT_UNAVAILABLE papa WARNING",
                "SEL_SHORT_ABSENCE cons-gent WARNING");
    }

    @Test
    void findings_that_are_not_selection_criteria_never_make_a_case_ineligible() {
        // Case 1 late in its life has deadline findings; none of them is a SEL_ or PROG_ blocker.
        Evaluation e = evaluate(GENT.toBuilder().closure(null).build(), GENT.petitionDate().plusDays(70));
        assertThat(e.findings()).anyMatch(f -> !f.code().startsWith("SEL_") && f.severity() != Severity.INFO);
        assertThat(e.eligibility().eligible()).isTrue();
    }
}
