package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.Closure;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.EventType;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The pilot programme's arrangements (programme.drl, docs/policy.md §6): case 2 of the pilot
 * (Dendermonde, petition 2019-10-05) as the candidate, against other cases of the programme.
 */
class ProgrammeTest {
    private static final Case GENT = PilotCases.gent();
    private static final Case DENDERMONDE = PilotCases.dendermonde();
    /** The candidate's petition date. */
    private static final LocalDate P = DENDERMONDE.petitionDate();

    private static Evaluation candidateAgainst(Case... portfolio) {
        return Engines.bundled().evaluate(DENDERMONDE, P, EvaluationOptions.DEFAULT.withPortfolio(List.of(portfolio)));
    }

    private static List<Finding> programmeFindings(Evaluation e) {
        return e.findings().stream().filter(f -> f.code().startsWith("PROG_")).toList();
    }

    private static Finding only(Evaluation e, String code) {
        List<Finding> found = e.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as(code).hasSize(1);
        return found.get(0);
    }

    /**
     * Another case of the programme, made from case 1: its petition, its closure (null: open) and
     * the date it was discussed in a reflecting team (null: not yet).
     */
    private static Case other(String id, String office, LocalDate petition, LocalDate closed, LocalDate reviewed) {
        Case.Builder b = GENT.toBuilder().id(id).office(office).petitionDate(petition)
                .removeEvents(e -> e.type() == EventType.REFLECTING_TEAM_REVIEW)
                .closure(closed == null ? null : new Closure(ClosurePath.REFERRAL_OCJ, closed));
        if (reviewed != null) {
            b.event(EventType.REFLECTING_TEAM_REVIEW, reviewed);
        }
        return b.build();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // ---- the pilot ----

    @Test
    void case_2_was_eligible_after_case_1_from_gent_had_closed_and_been_reflected_on() {
        Evaluation e = candidateAgainst(GENT);
        assertThat(programmeFindings(e)).isEmpty();
        assertThat(e.eligibility().eligible()).isTrue();
        assertThat(e.eligibility().blockers()).isEmpty();
    }

    @Test
    void case_1_was_eligible_because_case_2_came_later() {
        Evaluation e = Engines.bundled().evaluate(GENT, GENT.petitionDate(), EvaluationOptions.DEFAULT.withPortfolio(List.of(DENDERMONDE)));
        assertThat(programmeFindings(e)).isEmpty();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void without_the_programme_s_other_cases_no_programme_rule_runs() {
        Case openGent = other("gent-2019-01", "DENDERMONDE", date(2019, 9, 1), null, null);
        assertThat(programmeFindings(Engines.bundled().evaluate(DENDERMONDE, P))).isEmpty();
        assertThat(programmeFindings(candidateAgainst())).isEmpty();
        // The same other case does block once it is given.
        assertThat(programmeFindings(candidateAgainst(openGent))).isNotEmpty();
    }

    // ---- one case at a time ----

    @Test
    void a_case_still_open_on_the_candidates_petition_date_blocks_it() {
        Evaluation e = candidateAgainst(GENT.toBuilder().closure(null).build());
        Finding f = only(e, "PROG_CASE_IN_PROGRESS");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("gent-2019-01");
        assertThat(f.ruleId()).isEqualTo("PROG-01");
        assertThat(f.source()).isEqualTo("§2 Afspraken");
        assertThat(f.message()).isEqualTo("Zaak gent-2019-01 (vordering van 2019-01-14) loopt nog: het programma neemt één zaak tegelijk.");
        assertThat(e.eligibility().eligible()).isFalse();
        assertThat(e.eligibility().blockers()).containsExactly("PROG_CASE_IN_PROGRESS");
    }

    @Test
    void a_case_that_closed_only_after_the_candidates_petition_was_still_in_progress_then() {
        Evaluation e = candidateAgainst(other("gent-2019-01", "GENT", date(2019, 8, 20), P.plusDays(1), date(2019, 10, 1)));
        assertThat(only(e, "PROG_CASE_IN_PROGRESS").subject()).isEqualTo("gent-2019-01");
    }

    @Test
    void a_case_that_closed_on_the_candidates_petition_date_is_no_longer_in_progress() {
        Evaluation e = candidateAgainst(other("gent-2019-01", "GENT", date(2019, 8, 20), P, date(2019, 9, 30)));
        assertThat(e.has("PROG_CASE_IN_PROGRESS")).isFalse();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void an_open_case_petitioned_on_the_same_day_blocks_as_a_case_in_progress_but_is_not_an_earlier_case() {
        Evaluation e = candidateAgainst(GENT, other("gent-2019-03", "DENDERMONDE", P, null, null));
        assertThat(programmeFindings(e)).extracting(Finding::code, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PROG_CASE_IN_PROGRESS", "gent-2019-03"));
    }

    @Test
    void an_open_case_petitioned_after_the_candidate_does_not_block_it() {
        Evaluation e = candidateAgainst(GENT, other("gent-2019-03", "GENT", P.plusDays(1), null, null));
        assertThat(programmeFindings(e)).isEmpty();
    }

    @Test
    void the_candidate_itself_among_the_programmes_cases_is_left_out() {
        Evaluation e = candidateAgainst(GENT, DENDERMONDE.toBuilder().closure(null).build());
        assertThat(programmeFindings(e)).isEmpty();
    }

    // ---- the previous case discussed in a reflecting team ----

    @Test
    void a_previous_case_not_yet_discussed_in_a_reflecting_team_blocks_the_next() {
        Evaluation e = candidateAgainst(other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), null));
        Finding f = only(e, "PROG_PREVIOUS_NOT_REFLECTED");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("gent-2019-01");
        assertThat(f.ruleId()).isEqualTo("PROG-02");
        assertThat(f.source()).isEqualTo("§3 Verdere afspraken");
        assertThat(e.eligibility().blockers()).containsExactly("PROG_PREVIOUS_NOT_REFLECTED");
    }

    @Test
    void a_reflecting_team_review_on_the_candidates_petition_date_is_in_time() {
        Evaluation e = candidateAgainst(other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), P));
        assertThat(e.has("PROG_PREVIOUS_NOT_REFLECTED")).isFalse();
    }

    @Test
    void a_reflecting_team_review_after_the_candidates_petition_is_too_late() {
        Evaluation e = candidateAgainst(other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), P.plusDays(1)));
        assertThat(only(e, "PROG_PREVIOUS_NOT_REFLECTED").subject()).isEqualTo("gent-2019-01");
    }

    @Test
    void the_first_reflecting_team_meeting_at_the_start_of_a_case_is_not_the_review_after_it() {
        Case previous = other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), null);
        assertThat(previous.firstEvent(EventType.REFLECTING_TEAM_FIRST_MEETING)).isPresent();
        assertThat(candidateAgainst(previous).has("PROG_PREVIOUS_NOT_REFLECTED")).isTrue();
    }

    @Test
    void only_the_latest_earlier_case_must_have_been_reflected_on() {
        Evaluation e = candidateAgainst(
                other("oud-2018", "DENDERMONDE", date(2018, 6, 1), date(2018, 7, 10), null),
                other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)));
        assertThat(programmeFindings(e)).isEmpty();
    }

    @Test
    void when_two_earlier_cases_share_the_latest_petition_date_each_must_have_been_reflected_on() {
        Evaluation e = candidateAgainst(
                other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)),
                other("gent-2019-01b", "GENT", GENT.petitionDate(), GENT.closure().date(), null));
        assertThat(programmeFindings(e)).extracting(Finding::code, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PROG_PREVIOUS_NOT_REFLECTED", "gent-2019-01b"));
    }

    // ---- offices take turns ----

    @Test
    void a_candidate_from_the_office_of_the_latest_earlier_case_is_out_of_turn() {
        Evaluation e = candidateAgainst(other("dm-2019-01", "DENDERMONDE", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)));
        Finding f = only(e, "PROG_OFFICE_OUT_OF_TURN");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isEqualTo("DENDERMONDE");
        assertThat(f.ruleId()).isEqualTo("PROG-03");
        assertThat(f.source()).isEqualTo("§6");
        assertThat(f.message()).isEqualTo("De vorige zaak kwam ook van DENDERMONDE: de afdelingen wisselen elkaar af.");
        assertThat(e.eligibility().blockers()).containsExactly("PROG_OFFICE_OUT_OF_TURN");
    }

    @Test
    void an_older_case_from_the_same_office_does_not_matter_when_the_latest_came_from_another() {
        Evaluation e = candidateAgainst(
                other("dm-2018", "DENDERMONDE", date(2018, 6, 1), date(2018, 7, 10), date(2018, 8, 1)),
                GENT);
        assertThat(e.has("PROG_OFFICE_OUT_OF_TURN")).isFalse();
    }

    @Test
    void when_two_earlier_cases_from_the_same_office_share_the_latest_date_the_turn_is_out_once() {
        Evaluation e = candidateAgainst(
                other("dm-2019-01", "DENDERMONDE", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)),
                other("dm-2019-01b", "DENDERMONDE", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)));
        assertThat(programmeFindings(e)).extracting(Finding::code).containsExactly("PROG_OFFICE_OUT_OF_TURN");
    }

    @Test
    void when_two_earlier_cases_share_the_latest_date_and_one_came_from_the_same_office_the_turn_is_out() {
        Evaluation e = candidateAgainst(
                GENT,
                other("dm-2019-01", "DENDERMONDE", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)));
        assertThat(programmeFindings(e)).extracting(Finding::code).containsExactly("PROG_OFFICE_OUT_OF_TURN");
    }

    // ---- about three cases a year ----

    @Test
    void a_fourth_case_within_365_days_of_three_others_is_over_the_yearly_limit() {
        Evaluation e = Engines.bundled().evaluate(DENDERMONDE, P, EvaluationOptions.DEFAULT
                .withLocale(Locale.ENGLISH)
                .withPortfolio(List.of(
                        other("dm-2018", "DENDERMONDE", P.minusDays(365), date(2018, 11, 20), date(2018, 12, 1)),
                        GENT,
                        other("dm-2019-02", "DENDERMONDE", date(2019, 4, 1), date(2019, 5, 10), date(2019, 5, 20)),
                        other("gent-2019-03", "GENT", date(2019, 6, 3), date(2019, 7, 12), date(2019, 7, 20)))));
        Finding f = only(e, "PROG_YEARLY_LIMIT_REACHED");
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isNull();
        assertThat(f.ruleId()).isEqualTo("PROG-04");
        assertThat(f.message()).isEqualTo(
                "4 cases already started between 2018-10-05 and this petition: the programme's yearly limit is reached.");
        assertThat(e.eligibility().blockers()).containsExactly("PROG_YEARLY_LIMIT_REACHED");
    }

    @Test
    void three_earlier_cases_in_the_365_days_before_the_petition_reach_the_limit() {
        Evaluation e = candidateAgainst(
                other("dm-2018", "DENDERMONDE", P.minusDays(365), date(2018, 11, 20), date(2018, 12, 1)),
                other("dm-2019-02", "DENDERMONDE", date(2019, 4, 1), date(2019, 5, 10), date(2019, 5, 20)),
                other("gent-2019-03", "GENT", date(2019, 6, 3), date(2019, 7, 12), date(2019, 7, 20)));
        assertThat(only(e, "PROG_YEARLY_LIMIT_REACHED").message()).startsWith("Er startten al 3 zaken tussen 2018-10-05");
        assertThat(e.eligibility().eligible()).isFalse();
    }

    @Test
    void a_case_petitioned_366_days_before_falls_outside_the_year() {
        Evaluation e = candidateAgainst(
                other("dm-2018", "DENDERMONDE", P.minusDays(366), date(2018, 11, 20), date(2018, 12, 1)),
                other("dm-2019-02", "DENDERMONDE", date(2019, 4, 1), date(2019, 5, 10), date(2019, 5, 20)),
                other("gent-2019-03", "GENT", date(2019, 6, 3), date(2019, 7, 12), date(2019, 7, 20)));
        assertThat(programmeFindings(e)).isEmpty();
        assertThat(e.eligibility().eligible()).isTrue();
    }

    @Test
    void cases_petitioned_on_or_after_the_candidates_petition_are_not_counted_in_its_year() {
        Evaluation e = candidateAgainst(
                other("dm-2019-02", "DENDERMONDE", date(2019, 4, 1), date(2019, 5, 10), date(2019, 5, 20)),
                other("gent-2019-03", "GENT", date(2019, 6, 3), date(2019, 7, 12), date(2019, 7, 20)),
                other("gent-2019-04", "GENT", P, P, P),
                other("gent-2019-05", "GENT", P.plusDays(10), P.plusDays(40), P.plusDays(50)));
        assertThat(e.has("PROG_YEARLY_LIMIT_REACHED")).isFalse();
    }

    // ---- together ----

    @Test
    void every_broken_arrangement_is_reported_and_selection_criteria_count_as_well() {
        Case candidate = DENDERMONDE.toBuilder().removeProfessionals(p -> p.role() == be.sos.core.model.Role.JUDGE).build();
        Evaluation e = Engines.bundled().evaluate(candidate, P, EvaluationOptions.DEFAULT.withPortfolio(List.of(
                other("dm-2018", "DENDERMONDE", P.minusDays(300), date(2018, 12, 20), date(2019, 1, 5)),
                other("gent-2019-01", "GENT", GENT.petitionDate(), GENT.closure().date(), date(2019, 3, 14)),
                other("dm-2019-02", "DENDERMONDE", date(2019, 9, 1), null, null))));
        assertThat(e.eligibility().blockers()).containsExactly("PROG_CASE_IN_PROGRESS", "PROG_OFFICE_OUT_OF_TURN",
                "PROG_PREVIOUS_NOT_REFLECTED", "PROG_YEARLY_LIMIT_REACHED", "SEL_ROLE_MISSING");
        assertThat(programmeFindings(e)).extracting(Finding::subject)
                .containsExactly("dm-2019-02", "DENDERMONDE", "dm-2019-02", null);
    }
}
