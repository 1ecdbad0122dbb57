package be.sos.rules;

import static be.sos.core.model.ExtensionReason.BRIDGE_TO_JUDICIAL_FOLLOW_UP;
import static be.sos.core.model.ExtensionReason.GOALS_NOT_YET_REACHED;
import static be.sos.core.model.ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE;
import static be.sos.rules.Evaluations.codes;
import static be.sos.rules.Evaluations.on;
import static be.sos.rules.Evaluations.one;
import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.Closure;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.SafetyGoal;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one extension of the module (docs/policy.md §8, extension.drl), on the Gent case: the module runs
 * from 2019-01-16 (the dispatch) to 2019-02-26; extended, to 2019-03-12; the HD procedure ends on
 * 2019-03-14.
 */
class ExtensionTest {
    private static final LocalDate MODULE_END = LocalDate.parse("2019-02-26");

    /** The Gent case, still open, with these extension requests. */
    private static Case gentRequesting(ExtensionRequest... requests) {
        return PilotCases.gent().toBuilder().closure(null).extensionRequests(List.of(requests)).build();
    }

    private static ExtensionRequest request(String date, ExtensionReason... reasons) {
        return new ExtensionRequest(LocalDate.parse(date), List.of(reasons));
    }

    /** The one schedule row of the extended guidance (EXT-01 decides before DL-18b could call it not applicable). */
    private static ScheduleRow extendedGuidance(Evaluation evaluation) {
        List<ScheduleRow> rows = evaluation.schedule().stream().filter(r -> r.milestone() == EventType.EXTENDED_GUIDANCE_CLOSED).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void without_a_request_the_module_is_not_extended() {
        Evaluation evaluation = on(PilotCases.gent(), "2019-02-25");

        assertThat(codes(evaluation, "EXT_")).isEmpty();
        assertThat(evaluation.clocks().extendedEnd()).isNull();
        assertThat(evaluation.extension()).isEqualTo(new ExtensionSummary(false, false, List.of()));
        assertThat(extendedGuidance(evaluation).status()).isEqualTo(MilestoneStatus.NOT_APPLICABLE);
    }

    @Test
    void a_request_on_time_with_a_reason_extends_the_module_by_two_weeks() {
        Evaluation evaluation = on(gentRequesting(request("2019-02-20", TRANSITION_TO_VOLUNTARY_CARE)), "2019-02-25");

        assertThat(codes(evaluation, "EXT_")).containsExactly("EXT_ALLOWED");
        Finding allowed = one(evaluation, "EXT_ALLOWED", null);
        assertThat(allowed.severity()).isEqualTo(Severity.INFO);
        assertThat(allowed.ruleId()).isEqualTo("EXT-01");
        assertThat(allowed.source()).isEqualTo("§8 Verlenging");
        assertThat(allowed.message()).contains("2019-02-20", "2019-03-12");
        assertThat(evaluation.clocks().extendedEnd()).isEqualTo(LocalDate.parse("2019-03-12"));
        assertThat(evaluation.extension()).isEqualTo(new ExtensionSummary(true, true, List.of(TRANSITION_TO_VOLUNTARY_CARE)));
        ScheduleRow row = extendedGuidance(evaluation);
        assertThat(row.status()).isEqualTo(MilestoneStatus.UPCOMING);
        assertThat(row.from()).isEqualTo(MODULE_END);
        assertThat(row.to()).isEqualTo(LocalDate.parse("2019-03-12"));
    }

    @Test
    void a_request_on_the_last_day_of_the_module_is_on_time() {
        Evaluation evaluation = on(gentRequesting(request(MODULE_END.toString(), BRIDGE_TO_JUDICIAL_FOLLOW_UP)), "2019-02-27");

        assertThat(codes(evaluation, "EXT_")).containsExactly("EXT_ALLOWED");
    }

    @Test
    void a_request_after_the_end_of_the_module_is_refused() {
        Evaluation evaluation = on(gentRequesting(request("2019-02-27", BRIDGE_TO_JUDICIAL_FOLLOW_UP)), "2019-03-01");

        assertThat(codes(evaluation, "EXT_")).containsExactly("EXT_REQUEST_TOO_LATE");
        Finding late = one(evaluation, "EXT_REQUEST_TOO_LATE", null);
        assertThat(late.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(late.message()).contains("2019-02-27", "2019-02-26");
        assertThat(evaluation.clocks().extendedEnd()).isNull();
        assertThat(evaluation.extension()).isEqualTo(new ExtensionSummary(true, false, List.of(BRIDGE_TO_JUDICIAL_FOLLOW_UP)));
    }

    @Test
    void a_request_without_a_reason_is_refused_and_does_not_use_up_the_extension() {
        Evaluation evaluation = on(gentRequesting(request("2019-02-10"), request("2019-02-20", TRANSITION_TO_VOLUNTARY_CARE)), "2019-02-22");

        assertThat(codes(evaluation, "EXT_")).containsExactly("EXT_NO_VALID_REASON", "EXT_ALLOWED");
        assertThat(one(evaluation, "EXT_NO_VALID_REASON", null).message()).contains("2019-02-10");
        assertThat(one(evaluation, "EXT_ALLOWED", null).message()).contains("2019-02-20");
        assertThat(evaluation.clocks().extendedEnd()).isEqualTo(LocalDate.parse("2019-03-12"));
    }

    @Test
    void a_late_request_first_in_the_file_is_still_judged_after_the_earlier_one() {
        // Judged in date order: the late request of 03-01 comes last whatever its place in the file.
        Case file = gentRequesting(request("2019-03-01", GOALS_NOT_YET_REACHED), request("2019-02-24", BRIDGE_TO_JUDICIAL_FOLLOW_UP));

        Evaluation evaluation = on(file, "2019-03-02");

        assertThat(codes(evaluation, "EXT_")).containsExactlyInAnyOrder("EXT_ALLOWED", "EXT_REQUEST_TOO_LATE", "EXT_ALREADY_EXTENDED");
        assertThat(one(evaluation, "EXT_ALLOWED", null).message()).contains("2019-02-24");
    }

    @Test
    void once_a_request_is_allowed_every_later_one_is_refused() {
        Case file = gentRequesting(request("2019-02-15", BRIDGE_TO_JUDICIAL_FOLLOW_UP), request("2019-02-20", TRANSITION_TO_VOLUNTARY_CARE),
                request("2019-02-21"));

        Evaluation evaluation = on(file, "2019-02-22");

        assertThat(codes(evaluation, "EXT_")).containsExactlyInAnyOrder("EXT_ALREADY_EXTENDED", "EXT_ALREADY_EXTENDED",
                "EXT_NO_VALID_REASON", "EXT_ALLOWED");
        assertThat(Evaluations.all(evaluation, "EXT_ALREADY_EXTENDED")).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.message()).contains("2019-02-15");
        });
        assertThat(evaluation.extension()).isEqualTo(new ExtensionSummary(true, true, List.of(BRIDGE_TO_JUDICIAL_FOLLOW_UP)));
    }

    @Test
    void a_late_request_after_the_allowed_one_is_refused_on_both_grounds() {
        Evaluation evaluation = on(gentRequesting(request("2019-02-15", BRIDGE_TO_JUDICIAL_FOLLOW_UP), request("2019-03-01", GOALS_NOT_YET_REACHED)),
                "2019-03-02");

        assertThat(codes(evaluation, "EXT_")).containsExactlyInAnyOrder("EXT_ALLOWED", "EXT_ALREADY_EXTENDED", "EXT_REQUEST_TOO_LATE");
    }

    @Test
    void requests_are_judged_in_date_order_and_those_of_one_date_in_file_order() {
        Case sameDay = gentRequesting(request("2019-02-20", BRIDGE_TO_JUDICIAL_FOLLOW_UP), request("2019-02-20", GOALS_NOT_YET_REACHED));
        Case outOfOrder = gentRequesting(request("2019-02-22", GOALS_NOT_YET_REACHED), request("2019-02-18", BRIDGE_TO_JUDICIAL_FOLLOW_UP));

        Evaluation first = on(sameDay, "2019-02-23");
        Evaluation second = on(outOfOrder, "2019-02-23");

        assertThat(first.extension().reasons()).containsExactly(BRIDGE_TO_JUDICIAL_FOLLOW_UP);
        assertThat(codes(first, "EXT_")).containsExactlyInAnyOrder("EXT_ALLOWED", "EXT_ALREADY_EXTENDED");
        assertThat(second.extension().reasons()).containsExactly(BRIDGE_TO_JUDICIAL_FOLLOW_UP);
        assertThat(one(second, "EXT_ALREADY_EXTENDED", null).message()).contains("2019-02-22", "2019-02-18");
    }

    @Test
    void a_request_not_known_yet_on_the_day_is_not_judged() {
        Evaluation evaluation = on(gentRequesting(request("2019-02-20", GOALS_NOT_YET_REACHED)), "2019-02-19");

        assertThat(codes(evaluation, "EXT_")).isEmpty();
        assertThat(evaluation.extension().requested()).isFalse();
    }

    @Test
    void goals_not_yet_reached_is_contradicted_while_every_goal_is_achieved() {
        // Every goal of the Gent case is ACHIEVED.
        Evaluation evaluation = on(gentRequesting(request("2019-02-20", GOALS_NOT_YET_REACHED)), "2019-02-25");

        Finding contradicted = one(evaluation, "EXT_REASON_CONTRADICTED", "GOALS_NOT_YET_REACHED");
        assertThat(contradicted.severity()).isEqualTo(Severity.WARNING);
        assertThat(contradicted.message()).contains("doelen nog niet bereikt");
    }

    @Test
    void goals_not_yet_reached_is_not_contradicted_while_a_goal_is_open() {
        Case file = gentRequesting(request("2019-02-20", GOALS_NOT_YET_REACHED)).toBuilder()
                .safetyGoals(withStatus(PilotCases.gent().safetyGoals(), "G3", GoalStatus.IN_PROGRESS)).build();

        assertThat(codes(on(file, "2019-02-25"), "EXT_")).containsExactly("EXT_ALLOWED");
    }

    @Test
    void goals_not_yet_reached_is_contradicted_after_the_end_of_the_module_too_while_every_goal_is_achieved() {
        Evaluation evaluation = on(gentRequesting(request("2019-02-20", GOALS_NOT_YET_REACHED)), "2019-02-27");

        assertThat(codes(evaluation, "EXT_")).containsExactlyInAnyOrder("EXT_ALLOWED", "EXT_REASON_CONTRADICTED GOALS_NOT_YET_REACHED");
    }

    @Test
    void transition_to_voluntary_care_is_contradicted_by_a_closure_to_the_ordinary_procedure() {
        Case toCourt = gentRequesting(request("2019-02-20", TRANSITION_TO_VOLUNTARY_CARE)).toBuilder()
                .closure(new Closure(ClosurePath.ORDINARY_PROCEDURE, LocalDate.parse("2019-03-12"))).build();
        Case toFacility = toCourt.toBuilder().closure(new Closure(ClosurePath.MANDATED_FACILITY, LocalDate.parse("2019-03-12"))).build();

        assertThat(codes(on(toCourt, "2019-03-13"), "EXT_REASON")).containsExactly("EXT_REASON_CONTRADICTED TRANSITION_TO_VOLUNTARY_CARE");
        assertThat(codes(on(toFacility, "2019-03-13"), "EXT_REASON")).isEmpty();
        assertThat(codes(on(toCourt, "2019-03-11"), "EXT_REASON")).as("before the closure").isEmpty();
    }

    @Test
    void a_bridge_to_judicial_follow_up_is_contradicted_by_a_closure_to_voluntary_care() {
        Case toFacility = gentRequesting(request("2019-02-20", BRIDGE_TO_JUDICIAL_FOLLOW_UP)).toBuilder()
                .closure(new Closure(ClosurePath.MANDATED_FACILITY, LocalDate.parse("2019-03-12"))).build();
        Case toOcj = toFacility.toBuilder().closure(new Closure(ClosurePath.REFERRAL_OCJ, LocalDate.parse("2019-03-12"))).build();
        Case toCourt = toFacility.toBuilder().closure(new Closure(ClosurePath.ORDINARY_PROCEDURE, LocalDate.parse("2019-03-12"))).build();

        assertThat(codes(on(toFacility, "2019-03-20"), "EXT_REASON")).containsExactly("EXT_REASON_CONTRADICTED BRIDGE_TO_JUDICIAL_FOLLOW_UP");
        assertThat(codes(on(toOcj, "2019-03-20"), "EXT_REASON")).containsExactly("EXT_REASON_CONTRADICTED BRIDGE_TO_JUDICIAL_FOLLOW_UP");
        assertThat(codes(on(toCourt, "2019-03-20"), "EXT_REASON")).isEmpty();
    }

    @Test
    void findings_alike_in_code_and_subject_come_in_the_order_of_their_dates_whatever_the_file_order() {
        Case file = gentRequesting(request("2019-03-01", GOALS_NOT_YET_REACHED), request("2019-02-28", GOALS_NOT_YET_REACHED),
                request("2019-03-04", GOALS_NOT_YET_REACHED));

        List<String> late = on(file, "2019-03-05").findings().stream()
                .filter(f -> f.code().equals("EXT_REQUEST_TOO_LATE")).map(Finding::message).toList();

        assertThat(late).hasSize(3);
        assertThat(late.get(0)).contains("2019-02-28");
        assertThat(late.get(1)).contains("2019-03-01");
        assertThat(late.get(2)).contains("2019-03-04");
    }

    @Test
    void the_reasons_of_a_refused_request_are_not_checked() {
        Case file = gentRequesting(request("2019-02-27", GOALS_NOT_YET_REACHED));

        assertThat(codes(on(file, "2019-02-27"), "EXT_")).containsExactly("EXT_REQUEST_TOO_LATE");
    }

    @Test
    void an_extension_that_would_run_past_day_60_is_cut_back_to_the_end_of_the_hd_procedure() {
        // Dispatched on day 8: module end 2019-03-03, and 8 weeks would end on 2019-03-17, after day 60 (2019-03-14).
        Case late = gentRequesting(request("2019-02-25", BRIDGE_TO_JUDICIAL_FOLLOW_UP)).toBuilder()
                .removeEvents(e -> e.type() == EventType.DISPATCH_TO_MODULE)
                .event(EventType.DISPATCH_TO_MODULE, LocalDate.parse("2019-01-21")).build();

        Evaluation evaluation = on(late, "2019-02-28");

        Finding capped = one(evaluation, "EXT_CAPPED_AT_HD_END", null);
        assertThat(capped.severity()).isEqualTo(Severity.INFO);
        assertThat(capped.message()).contains("2019-03-14");
        assertThat(evaluation.clocks().extendedEnd()).isEqualTo(LocalDate.parse("2019-03-14"));
        assertThat(codes(on(gentRequesting(request("2019-02-25", BRIDGE_TO_JUDICIAL_FOLLOW_UP)), "2019-02-28"), "EXT_CAPPED")).isEmpty();
        assertThat(codes(on(late.toBuilder().extensionRequests(List.of()).build(), "2019-02-28"), "EXT_CAPPED"))
                .as("no extension, nothing to cap").isEmpty();
    }

    @Test
    void refused_requests_show_the_reasons_asked_for() {
        Case file = gentRequesting(request("2019-02-27", GOALS_NOT_YET_REACHED), request("2019-02-28", TRANSITION_TO_VOLUNTARY_CARE, GOALS_NOT_YET_REACHED));

        ExtensionSummary summary = on(file, "2019-03-01").extension();

        assertThat(summary).isEqualTo(new ExtensionSummary(true, false, List.of(TRANSITION_TO_VOLUNTARY_CARE, GOALS_NOT_YET_REACHED)));
    }

    @Test
    void the_messages_say_what_was_decided_in_both_languages() {
        Case file = gentRequesting(request("2019-02-10"), request("2019-02-20", GOALS_NOT_YET_REACHED), request("2019-02-27", BRIDGE_TO_JUDICIAL_FOLLOW_UP));

        Evaluation dutch = on(file, "2019-03-01", "nl");
        Evaluation english = on(file, "2019-03-01", "en");

        assertThat(one(dutch, "EXT_ALLOWED", null).message())
                .isEqualTo("Het verzoek tot verlenging van 2019-02-20 is toegestaan: de module loopt nu tot 2019-03-12. "
                        + "Rond de verlengde begeleiding tegen die datum af.");
        assertThat(one(english, "EXT_ALLOWED", null).message())
                .isEqualTo("The extension request of 2019-02-20 is allowed: the module now runs until 2019-03-12. "
                        + "Close the extended guidance by that date.");
        assertThat(one(english, "EXT_REQUEST_TOO_LATE", null).message())
                .isEqualTo("The extension request of 2019-02-27 is refused: it came after the module ended on 2019-02-26.");
        assertThat(one(dutch, "EXT_ALREADY_EXTENDED", null).message()).contains("2019-02-27", "2019-02-20", "één keer");
        assertThat(one(dutch, "EXT_NO_VALID_REASON", null).message()).startsWith("Het verzoek tot verlenging van 2019-02-10 wordt geweigerd");
    }

    private static List<SafetyGoal> withStatus(List<SafetyGoal> goals, String id, GoalStatus status) {
        List<SafetyGoal> changed = new ArrayList<>(goals);
        changed.replaceAll(g -> g.id().equals(id) ? new SafetyGoal(g.id(), g.text(), g.bottomLines(), status) : g);
        return changed;
    }

}
