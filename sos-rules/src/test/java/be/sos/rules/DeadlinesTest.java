package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.testkit.PilotCases;
import be.sos.testkit.Variations;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The milestones of docs/policy.md §5 on the pilot cases: windows, statuses and deadline findings. */
class DeadlinesTest {
    private static final SosEngine ENGINE = Engines.bundled();
    private static final Case GENT = PilotCases.gent();
    private static final Case DENDERMONDE = PilotCases.dendermonde();

    /** The table of docs/policy.md §5, written out here so that the DRL is checked against the policy, not against itself. */
    static Stream<Arguments> dayWindows() {
        return Stream.of(
                Arguments.of(EventType.CRISIS_GUIDANCE_ASSESSMENT, 1, 3, "DL-01", "§8 dag 1-3"),
                Arguments.of(EventType.JUDGE_FIAT, 1, 4, "DL-02", "§8 dag 1-3/4"),
                Arguments.of(EventType.DISPATCH_TO_MODULE, 1, 4, "DL-03", "§8 dag 1-3/4"),
                Arguments.of(EventType.FIRST_HEARING, 3, 4, "DL-05", "§8 dag 3/4"),
                Arguments.of(EventType.DANGER_STATEMENT_CONVERSATION, 3, 4, "DL-06", "§8 dag 3/4"),
                Arguments.of(EventType.EVALUATION_DATES_RESERVED, 1, 5, "DL-07", "§3 Verdere afspraken"),
                Arguments.of(EventType.MINOR_EXPLANATION, 5, 5, "DL-08", "§8 dag 5"),
                Arguments.of(EventType.FIRST_HOME_VISIT, 5, 5, "DL-09", "§8 dag 5"),
                Arguments.of(EventType.RETURN_HOME_DECISION, 6, 6, "DL-10", "§8 dag 6"),
                Arguments.of(EventType.FAMILY_FEEDBACK, 7, 7, "DL-11", "§8 dag 7"),
                Arguments.of(EventType.FIRST_NETWORK_MEETING, 14, 15, "DL-12", "§8 dag 14/15"),
                Arguments.of(EventType.SAFETY_PLAN_TO_JUDGE, 14, 15, "DL-13", "§8 dag 14/15"),
                Arguments.of(EventType.INTERIM_EVALUATION, 28, 28, "DL-14", "§8 dag 28"),
                Arguments.of(EventType.SECOND_NETWORK_MEETING, 40, 40, "DL-15", "§8 dag 40"),
                Arguments.of(EventType.ADVICE_TO_JUDGE, 41, 42, "DL-16", "§8 dag 41/42"),
                Arguments.of(EventType.JUDGE_DECISION, 42, 42, "DL-17", "§8 dag 42"));
    }

    private static LocalDate day(Case c, int n) {
        return c.petitionDate().plusDays(n - 1L);
    }

    private static ScheduleRow row(Evaluation e, EventType milestone) {
        return e.schedule().stream().filter(r -> r.milestone() == milestone).findFirst().orElseThrow();
    }

    private static Finding finding(Evaluation e, String code, String subject) {
        return e.findings().stream().filter(f -> f.code().equals(code) && java.util.Objects.equals(subject, f.subject())).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} runs from day {1} to day {2}")
    @MethodSource("dayWindows")
    void each_milestone_has_its_window_who_and_source(EventType milestone, int from, int to, String ruleId, String source) {
        ScheduleRow row = row(ENGINE.evaluate(GENT, day(GENT, 1)), milestone);
        assertThat(row.from()).isEqualTo(day(GENT, from));
        assertThat(row.to()).isEqualTo(day(GENT, to));
        assertThat(row.ruleId()).isEqualTo(ruleId);
        assertThat(row.source()).isEqualTo(source);
        assertThat(row.who()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: upcoming, due, overdue, done, done late")
    @MethodSource("dayWindows")
    void each_milestone_moves_through_its_statuses(EventType milestone, int from, int to, String ruleId, String source) {
        Case missing = Variations.open(Variations.without(GENT, milestone));
        if (from > 1) {
            Evaluation before = ENGINE.evaluate(missing, day(GENT, from - 1));
            assertThat(row(before, milestone).status()).isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(before.has("DEADLINE_DUE", milestone.name())).isFalse();
        }
        Evaluation inside = ENGINE.evaluate(missing, day(GENT, to));
        assertThat(row(inside, milestone).status()).isEqualTo(MilestoneStatus.DUE);
        Finding due = finding(inside, "DEADLINE_DUE", milestone.name());
        assertThat(due.severity()).isEqualTo(Severity.INFO);
        assertThat(due.ruleId()).isEqualTo(ruleId);
        assertThat(due.source()).isEqualTo(source);

        Evaluation after = ENGINE.evaluate(missing, day(GENT, to + 1));
        assertThat(row(after, milestone).status()).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(finding(after, "DEADLINE_OVERDUE", milestone.name()).severity()).isEqualTo(Severity.WARNING);
        assertThat(after.has("DEADLINE_DUE", milestone.name())).isFalse();

        Case onLastDay = Variations.doneOn(missing, milestone, day(GENT, to));
        Evaluation done = ENGINE.evaluate(onLastDay, day(GENT, to + 10));
        assertThat(row(done, milestone).status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(row(done, milestone).doneOn()).isEqualTo(day(GENT, to));
        assertThat(done.findings()).noneMatch(f -> milestone.name().equals(f.subject()));

        Case late = Variations.doneOn(missing, milestone, day(GENT, to + 1));
        Evaluation doneLate = ENGINE.evaluate(late, day(GENT, to + 10));
        assertThat(row(doneLate, milestone).status()).isEqualTo(MilestoneStatus.DONE_LATE);
        assertThat(finding(doneLate, "DEADLINE_LATE", milestone.name()).severity()).isEqualTo(Severity.WARNING);
        assertThat(doneLate.has("DEADLINE_OVERDUE", milestone.name())).isFalse();
    }

    @Test
    void on_day_5_of_case_1_the_first_reflecting_team_is_due_and_the_rest_is_done_or_upcoming() {
        Evaluation e = ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 18));
        assertThat(e.day()).isEqualTo(5);
        assertThat(row(e, EventType.FIRST_HEARING).status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(row(e, EventType.FIRST_HOME_VISIT).status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(row(e, EventType.RETURN_HOME_DECISION).status()).isEqualTo(MilestoneStatus.UPCOMING);
        assertThat(row(e, EventType.REFLECTING_TEAM_FIRST_MEETING).status()).isEqualTo(MilestoneStatus.DUE);
        assertThat(e.findings()).extracting(Finding::code, Finding::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("DEADLINE_DUE", "REFLECTING_TEAM_FIRST_MEETING"));
        assertThat(e.clocks().moduleStart()).isEqualTo(LocalDate.of(2019, 1, 16));
        assertThat(e.clocks().moduleEnd()).isEqualTo(LocalDate.of(2019, 2, 26));
        assertThat(e.clocks().hdEnd()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(e.clocks().extendedEnd()).isNull();
        assertThat(e.clocks().bmoDue()).isNull();
    }

    @Test
    void the_first_reflecting_team_is_due_within_7_days_after_the_fiat_and_not_applicable_before_it() {
        ScheduleRow withFiat = row(ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 15)), EventType.REFLECTING_TEAM_FIRST_MEETING);
        assertThat(withFiat.from()).isEqualTo(LocalDate.of(2019, 1, 15));
        assertThat(withFiat.to()).isEqualTo(LocalDate.of(2019, 1, 22));
        assertThat(withFiat.source()).isEqualTo("§2 Afspraken");

        Evaluation beforeFiat = ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 14));
        assertThat(row(beforeFiat, EventType.REFLECTING_TEAM_FIRST_MEETING).status()).isEqualTo(MilestoneStatus.NOT_APPLICABLE);
        assertThat(beforeFiat.has("DEADLINE_DUE", "REFLECTING_TEAM_FIRST_MEETING")).isFalse();

        Evaluation late = ENGINE.evaluate(Variations.doneOn(GENT, EventType.REFLECTING_TEAM_FIRST_MEETING, LocalDate.of(2019, 1, 23)),
                LocalDate.of(2019, 1, 25));
        assertThat(late.has("DEADLINE_LATE", "REFLECTING_TEAM_FIRST_MEETING")).isTrue();
    }

    @Test
    void without_an_allowed_extension_the_extended_guidance_does_not_apply() {
        Evaluation e = ENGINE.evaluate(GENT, LocalDate.of(2019, 2, 28));
        assertThat(row(e, EventType.EXTENDED_GUIDANCE_CLOSED).status()).isEqualTo(MilestoneStatus.NOT_APPLICABLE);
        assertThat(row(e, EventType.EXTENDED_GUIDANCE_CLOSED).from()).isNull();
    }

    @Test
    void the_hd_end_is_near_from_7_days_before_it_to_the_day_itself_without_closure() {
        Case open = Variations.open(GENT);
        LocalDate hdEnd = LocalDate.of(2019, 3, 14);
        assertThat(ENGINE.evaluate(open, hdEnd.minusDays(8)).has("HD_END_NEAR")).isFalse();
        assertThat(ENGINE.evaluate(open, hdEnd.minusDays(7)).has("HD_END_NEAR")).isTrue();
        assertThat(ENGINE.evaluate(open, hdEnd).has("HD_END_NEAR")).isTrue();
        assertThat(ENGINE.evaluate(open, hdEnd.plusDays(1)).has("HD_END_NEAR")).isFalse();
        assertThat(ENGINE.evaluate(GENT, hdEnd.minusDays(3)).has("HD_END_NEAR")).as("closed case").isFalse();
    }

    @Test
    void past_day_60_without_closure_the_case_moves_to_the_ordinary_procedure_and_the_bmo_falls_due_on_day_75() {
        Case open = Variations.open(GENT);
        Evaluation day60 = ENGINE.evaluate(open, day(GENT, 60));
        assertThat(day60.has("HD_ENDED_ORDINARY_PROCEDURE")).isFalse();
        assertThat(row(day60, EventType.BMO).status()).isEqualTo(MilestoneStatus.NOT_APPLICABLE);
        assertThat(day60.clocks().bmoDue()).isNull();

        Evaluation day61 = ENGINE.evaluate(open, day(GENT, 61));
        Finding ended = finding(day61, "HD_ENDED_ORDINARY_PROCEDURE", null);
        assertThat(ended.severity()).isEqualTo(Severity.WARNING);
        assertThat(day61.clocks().bmoDue()).isEqualTo(day(GENT, 75));
        assertThat(row(day61, EventType.BMO).status()).isEqualTo(MilestoneStatus.UPCOMING);
        assertThat(row(ENGINE.evaluate(open, day(GENT, 75)), EventType.BMO).status()).isEqualTo(MilestoneStatus.DUE);
        Evaluation day76 = ENGINE.evaluate(open, day(GENT, 76));
        assertThat(row(day76, EventType.BMO).status()).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(day76.has("DEADLINE_OVERDUE", "BMO")).isTrue();
        Evaluation bmoDone = ENGINE.evaluate(Variations.doneOn(open, EventType.BMO, day(GENT, 74)), day(GENT, 80));
        assertThat(row(bmoDone, EventType.BMO).status()).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void a_closure_to_the_ordinary_procedure_makes_the_bmo_due() {
        Case toCourt = GENT.toBuilder().closure(new be.sos.core.model.Closure(be.sos.core.model.ClosurePath.ORDINARY_PROCEDURE,
                day(GENT, 58))).build();
        Evaluation e = ENGINE.evaluate(toCourt, day(GENT, 70));
        assertThat(row(e, EventType.BMO).status()).isEqualTo(MilestoneStatus.UPCOMING);
        assertThat(e.clocks().bmoDue()).isEqualTo(day(GENT, 75));
        assertThat(e.has("HD_ENDED_ORDINARY_PROCEDURE")).as("the case was closed").isFalse();
    }

    @Test
    void milestones_not_done_when_the_case_closed_before_their_window_ended_no_longer_apply() {
        Case closedEarly = Variations.without(GENT, EventType.JUDGE_DECISION).toBuilder()
                .removeEvents(e -> e.date().isAfter(day(GENT, 30)))
                .closure(new be.sos.core.model.Closure(be.sos.core.model.ClosurePath.ENDED, day(GENT, 30))).build();
        Evaluation e = ENGINE.evaluate(closedEarly, day(GENT, 50));
        assertThat(row(e, EventType.JUDGE_DECISION).status()).isEqualTo(MilestoneStatus.NOT_APPLICABLE);
        assertThat(row(e, EventType.SECOND_NETWORK_MEETING).status()).isEqualTo(MilestoneStatus.NOT_APPLICABLE);
        assertThat(e.findings()).noneMatch(f -> f.code().startsWith("DEADLINE_"));
    }

    @Test
    void both_pilot_cases_closed_show_every_milestone_done_on_time() {
        for (Case pilot : new Case[] {GENT, DENDERMONDE}) {
            Evaluation e = ENGINE.evaluate(pilot, pilot.closure().date().plusDays(30));
            assertThat(e.schedule()).hasSize(19);
            assertThat(e.schedule()).allMatch(r -> r.status() == MilestoneStatus.DONE || r.status() == MilestoneStatus.NOT_APPLICABLE,
                    pilot.id());
            assertThat(e.findings()).noneMatch(f -> f.code().startsWith("DEADLINE_") || f.code().startsWith("HD_"));
        }
    }

    @Test
    void later_entries_are_not_known_yet_so_a_milestone_done_later_is_due_on_the_day() {
        Evaluation e = ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 27));
        assertThat(row(e, EventType.FIRST_NETWORK_MEETING).status()).isEqualTo(MilestoneStatus.DUE);
        assertThat(row(e, EventType.FIRST_NETWORK_MEETING).doneOn()).isNull();
    }

    @Test
    void contact_time_matches_the_pilot_reports() {
        // §4: 38h56 in all, 6h29 a week; §5: 33h, 5h30 a week, both over 6 weeks.
        Metrics gent = ENGINE.evaluate(GENT, LocalDate.of(2019, 6, 1)).metrics();
        assertThat(gent.directContactMinutes()).isEqualTo(38 * 60 + 56);
        assertThat(gent.minutesPerWeek()).isEqualTo(389.3);
        Metrics dendermonde = ENGINE.evaluate(DENDERMONDE, LocalDate.of(2020, 6, 1)).metrics();
        assertThat(dendermonde.directContactMinutes()).isEqualTo(33 * 60);
        assertThat(dendermonde.minutesPerWeek()).isEqualTo(330.0);
    }

    @Test
    void minutes_per_week_count_the_guidance_up_to_today_while_the_case_runs() {
        Evaluation e = ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 22));
        // module start 2019-01-16 to today: 7 days; contacts up to today: 150+120+180+90+120+60+150
        assertThat(e.metrics().directContactMinutes()).isEqualTo(870);
        assertThat(e.metrics().minutesPerWeek()).isEqualTo(870.0);
        assertThat(ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 15)).metrics().minutesPerWeek()).isZero();
    }

    @Test
    void minutes_in_the_first_week_are_not_extrapolated_to_a_whole_week() {
        // module start 2019-01-16 to 2019-01-19: 4 days; contacts up to then: 150+120+180+90+120 (not 1155 a week)
        Evaluation e = ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 19));
        assertThat(e.metrics().directContactMinutes()).isEqualTo(660);
        assertThat(e.metrics().minutesPerWeek()).isEqualTo(660.0);
        // 10 days: the minutes over 10/7 weeks
        Evaluation later = ENGINE.evaluate(GENT, LocalDate.of(2019, 1, 25));
        assertThat(later.metrics().minutesPerWeek())
                .isEqualTo(Math.round(later.metrics().directContactMinutes() * 7.0 / 10 * 10) / 10.0);
    }

    @Test
    void messages_are_dutch_by_default_and_english_on_request() {
        Case missing = Variations.open(Variations.without(GENT, EventType.FIRST_HOME_VISIT));
        Evaluation nl = ENGINE.evaluate(missing, LocalDate.of(2019, 1, 19));
        Evaluation en = ENGINE.evaluate(missing, LocalDate.of(2019, 1, 19), EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH));
        assertThat(finding(nl, "DEADLINE_OVERDUE", "FIRST_HOME_VISIT").message())
                .isEqualTo("Achterstallig: het eerste huisbezoek moest uiterlijk 2019-01-18 gebeuren en is nog niet geregistreerd.");
        assertThat(finding(en, "DEADLINE_OVERDUE", "FIRST_HOME_VISIT").message())
                .isEqualTo("Overdue: the first home visit was due by 2019-01-18 and is not recorded yet.");
    }

    @Test
    void findings_are_sorted_by_severity_then_code_then_subject() {
        Case messy = Variations.open(GENT).toBuilder().removeEvents(e -> true).build();
        Evaluation e = ENGINE.evaluate(messy, day(GENT, 15));
        assertThat(e.findings()).hasSizeGreaterThan(5);
        assertThat(e.findings()).isSortedAccordingTo(java.util.Comparator.comparing(Finding::severity)
                .thenComparing(Finding::code).thenComparing(f -> f.subject() == null ? "" : f.subject()));
    }

    @Test
    void the_same_inputs_give_byte_identical_json() {
        String first = EvaluationJson.write(ENGINE.evaluate(GENT, LocalDate.of(2019, 2, 1)));
        String second = EvaluationJson.write(ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 1)));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"fingerprint\":\"" + ENGINE.ruleSet().fingerprint() + "\"");
    }
}
