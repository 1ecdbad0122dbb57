package be.sos.benchmarks;

import be.sos.core.model.Absence;
import be.sos.core.model.Availability;
import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.Commitment;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Intake;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Role;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.core.time.Clocks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the benchmarks: the bundled rules that work without a portfolio (deadlines,
 * selection, plan, monitoring, extension and closure; not the programme rules) written by hand in
 * plain Java (no rules engine). Not used by the library; it only tells how much the rules engine
 * costs against the plainest possible code doing the same work. Each schedule row is
 * {@code "MILESTONE STATUS"}, each finding {@code "CODE subject"}, or {@code "CODE"} without subject,
 * as the engine would report them with calendar days.
 */
final class HandWrittenChecks {
    /** The day windows of docs/policy.md §5: milestone, first day, last day. */
    private static final Object[][] WINDOWS = {
        {EventType.CRISIS_GUIDANCE_ASSESSMENT, 1, 3}, {EventType.JUDGE_FIAT, 1, 4}, {EventType.DISPATCH_TO_MODULE, 1, 4},
        {EventType.FIRST_HEARING, 3, 4}, {EventType.DANGER_STATEMENT_CONVERSATION, 3, 4}, {EventType.EVALUATION_DATES_RESERVED, 1, 5},
        {EventType.MINOR_EXPLANATION, 5, 5}, {EventType.FIRST_HOME_VISIT, 5, 5}, {EventType.RETURN_HOME_DECISION, 6, 6},
        {EventType.FAMILY_FEEDBACK, 7, 7}, {EventType.FIRST_NETWORK_MEETING, 14, 15}, {EventType.SAFETY_PLAN_TO_JUDGE, 14, 15},
        {EventType.INTERIM_EVALUATION, 28, 28}, {EventType.SECOND_NETWORK_MEETING, 40, 40}, {EventType.ADVICE_TO_JUDGE, 41, 42},
        {EventType.JUDGE_DECISION, 42, 42},
    };
    /** The steps of a closure to a mandated facility (closure.drl). */
    private static final EventType[] CLOSURE_STEPS = {EventType.M_DOC, EventType.TRIAD_CONVERSATION, EventType.FACILITY_LETTER};
    private static final Comparator<ExtensionRequest> REQUESTS_BY_DATE = Comparator.comparing(ExtensionRequest::date);
    private static final Comparator<Scaling> SCALINGS_BY_DATE = Comparator.comparing(Scaling::date);

    private HandWrittenChecks() {}

    /** A schedule row and a finding as plain strings: milestone and status, code and subject. */
    static List<String> evaluate(Case file, LocalDate today) {
        Case known = file.asKnownOn(today);
        Clocks clocks = Clocks.of(known);
        LocalDate closedOn = known.closure() == null ? null : known.closure().date();
        ClosurePath closurePath = known.closure() == null ? null : known.closure().path();
        List<String> out = new ArrayList<>(64);
        ExtensionRequest allowed = extension(out, known, clocks, closurePath);
        deadlines(out, known, clocks, today, closedOn, closurePath, allowed);
        selection(out, known, clocks);
        plan(out, known, clocks.dayNumber(today));
        monitoring(out, known, clocks, closedOn, allowed);
        if (closurePath == ClosurePath.MANDATED_FACILITY) {
            for (EventType step : CLOSURE_STEPS) {
                if (known.firstEvent(step).isEmpty()) {
                    out.add("CLOSURE_STEP_MISSING " + step);
                }
            }
        }
        return out;
    }

    /** extension.drl: judges the requests in date order and returns the allowed one, or null. */
    private static ExtensionRequest extension(List<String> out, Case known, Clocks clocks, ClosurePath closurePath) {
        List<ExtensionRequest> requests = known.extensionRequests();
        if (requests.isEmpty()) {
            return null;
        }
        if (!requestsInOrder(requests)) {
            requests = new ArrayList<>(requests);
            requests.sort(REQUESTS_BY_DATE); // stable: ties keep file order
        }
        ExtensionRequest allowed = null;
        for (int i = 0; i < requests.size(); i++) {
            ExtensionRequest request = requests.get(i);
            boolean late = request.date().isAfter(clocks.moduleEnd());
            boolean noReason = request.reasons().isEmpty();
            if (noReason) {
                out.add("EXT_NO_VALID_REASON");
            }
            if (late) {
                out.add("EXT_REQUEST_TOO_LATE");
            }
            if (allowed != null) {
                out.add("EXT_ALREADY_EXTENDED");
            } else if (!late && !noReason) {
                allowed = request;
                out.add("EXT_ALLOWED");
            }
        }
        if (allowed == null) {
            return null;
        }
        if (clocks.extendedEndCapped()) {
            out.add("EXT_CAPPED_AT_HD_END");
        }
        List<ExtensionReason> reasons = allowed.reasons();
        if (reasons.contains(ExtensionReason.GOALS_NOT_YET_REACHED) && allGoalsAchieved(known.safetyGoals())) {
            out.add("EXT_REASON_CONTRADICTED " + ExtensionReason.GOALS_NOT_YET_REACHED);
        }
        if (closurePath == ClosurePath.ORDINARY_PROCEDURE && reasons.contains(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE)) {
            out.add("EXT_REASON_CONTRADICTED " + ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE);
        }
        if ((closurePath == ClosurePath.MANDATED_FACILITY || closurePath == ClosurePath.REFERRAL_OCJ)
                && reasons.contains(ExtensionReason.BRIDGE_TO_JUDICIAL_FOLLOW_UP)) {
            out.add("EXT_REASON_CONTRADICTED " + ExtensionReason.BRIDGE_TO_JUDICIAL_FOLLOW_UP);
        }
        return allowed;
    }

    private static boolean requestsInOrder(List<ExtensionRequest> requests) {
        for (int i = 1; i < requests.size(); i++) {
            if (requests.get(i).date().isBefore(requests.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    /** Whether there are safety goals and every one of them is achieved (EXT-06). */
    private static boolean allGoalsAchieved(List<SafetyGoal> goals) {
        if (goals.isEmpty()) {
            return false;
        }
        for (SafetyGoal goal : goals) {
            if (goal.status() != GoalStatus.ACHIEVED) {
                return false;
            }
        }
        return true;
    }

    /** deadlines.drl: the milestone windows with their status, and the end of the urgent procedure. */
    private static void deadlines(List<String> out, Case known, Clocks clocks, LocalDate today, LocalDate closedOn,
                                  ClosurePath closurePath, ExtensionRequest allowed) {
        for (Object[] w : WINDOWS) {
            window(out, known, (EventType) w[0], clocks.day((Integer) w[1]), clocks.day((Integer) w[2]), today, closedOn);
        }
        LocalDate fiat = known.firstEvent(EventType.JUDGE_FIAT).orElse(null);
        if (fiat != null) {
            window(out, known, EventType.REFLECTING_TEAM_FIRST_MEETING, fiat, fiat.plusDays(7), today, closedOn);
        } else {
            out.add(EventType.REFLECTING_TEAM_FIRST_MEETING + " NOT_APPLICABLE");
        }
        if (allowed != null) {
            window(out, known, EventType.EXTENDED_GUIDANCE_CLOSED, clocks.moduleEnd(), clocks.extendedEnd(), today, closedOn);
        } else {
            out.add(EventType.EXTENDED_GUIDANCE_CLOSED + " NOT_APPLICABLE");
        }
        boolean afterHd = closedOn == null && today.isAfter(clocks.hdEnd());
        if (afterHd || closurePath == ClosurePath.ORDINARY_PROCEDURE) {
            // the BMO follows a closure to the ordinary procedure: the closure does not end its window
            window(out, known, EventType.BMO, clocks.bmoDue(), clocks.bmoDue(), today, null);
        } else {
            out.add(EventType.BMO + " NOT_APPLICABLE");
        }
        if (closedOn == null && !today.isBefore(clocks.hdEnd().minusDays(7)) && !today.isAfter(clocks.hdEnd())) {
            out.add("HD_END_NEAR");
        }
        if (afterHd) {
            out.add("HD_ENDED_ORDINARY_PROCEDURE");
        }
    }

    private static void window(List<String> out, Case known, EventType milestone, LocalDate from, LocalDate to,
                               LocalDate today, LocalDate closedOn) {
        LocalDate done = known.firstEvent(milestone).orElse(null);
        String status;
        if (done != null) {
            status = done.isAfter(to) ? "DONE_LATE" : "DONE";
            if (done.isAfter(to)) {
                out.add("DEADLINE_LATE " + milestone);
            }
        } else if (closedOn != null && !closedOn.isAfter(to)) {
            status = "NOT_APPLICABLE";
        } else if (today.isBefore(from)) {
            status = "UPCOMING";
        } else if (!today.isAfter(to)) {
            status = "DUE";
            out.add("DEADLINE_DUE " + milestone);
        } else {
            status = "OVERDUE";
            out.add("DEADLINE_OVERDUE " + milestone);
        }
        out.add(milestone + " " + status);
    }

    /** selection.drl: the criteria for selecting a case. */
    private static void selection(List<String> out, Case known, Clocks clocks) {
        if (!clocks.moduleStart().isBefore(clocks.hdEnd())) {
            out.add("SEL_MODULE_DOES_NOT_FIT");
        }
        Intake intake = known.intake();
        if (!Boolean.TRUE.equals(intake.workablePlanExpected())) {
            out.add("SEL_PLAN_NOT_EXPECTED");
        }
        if (!Boolean.TRUE.equals(intake.judgeFiatForReturnHome())) {
            out.add("SEL_NO_JUDGE_FIAT");
        }
        if (!Boolean.TRUE.equals(intake.networkMobilisable())) {
            out.add("SEL_NETWORK_NOT_MOBILISABLE");
        }
        if (!Boolean.TRUE.equals(intake.riskInformationShared())) {
            out.add("SEL_RISK_INFO_NOT_SHARED");
        }
        for (Parent parent : known.parents()) {
            // DETAINED and COMPULSORY_ADMISSION block, UNKNOWN warns: the same code
            if (parent.livesWithChild() && parent.availability() != Availability.AVAILABLE) {
                out.add("SEL_PARENT_UNAVAILABLE " + parent.id());
            }
        }
        boolean consultant = false;
        boolean counsellor = false;
        boolean judge = false;
        for (Professional professional : known.professionals()) {
            Role role = professional.role();
            consultant |= role == Role.CONSULTANT;
            counsellor |= role == Role.CRISIS_COUNSELLOR;
            judge |= role == Role.JUDGE;
            if (role == Role.TEAM_LEAD) {
                continue;
            }
            for (Absence absence : professional.absences()) {
                int days = absence.daysWithin(clocks.moduleStart(), clocks.moduleEnd());
                if (days >= 5) {
                    out.add("SEL_PROFESSIONAL_ABSENT " + professional.id());
                } else if (days >= 1) {
                    out.add("SEL_SHORT_ABSENCE " + professional.id());
                }
            }
            if (!professional.reachable() && role != Role.JUDGE) {
                out.add("SEL_PROFESSIONAL_UNREACHABLE " + professional.id());
            }
        }
        if (!consultant) {
            out.add("SEL_ROLE_MISSING " + Role.CONSULTANT);
        }
        if (!counsellor) {
            out.add("SEL_ROLE_MISSING " + Role.CRISIS_COUNSELLOR);
        }
        if (!judge) {
            out.add("SEL_ROLE_MISSING " + Role.JUDGE);
        }
    }

    /** plan.drl: bottom lines, safety goals and the safety plan, on day {@code day} of the procedure. */
    private static void plan(List<String> out, Case known, int day) {
        SafetyPlan latest = null;
        for (SafetyPlan plan : known.safetyPlans()) {
            if (latest == null || plan.version() > latest.version()) {
                latest = plan;
            }
        }
        boolean planChecked = day >= 15 || latest != null;
        if (planChecked && (latest == null || !latest.hasGoodEnoughStatement())) {
            out.add("PLAN_NO_GOOD_ENOUGH_STATEMENT");
        }
        LocalDate decided = known.firstEvent(EventType.JUDGE_DECISION).orElse(null);
        boolean wordsAndPictures = false;
        int adults = -1;
        for (BottomLine line : known.bottomLines()) {
            if (!covered(line.id(), known.safetyGoals())) {
                out.add("PLAN_BOTTOM_LINE_WITHOUT_GOAL " + line.id());
            }
            if (line.type() == BottomLineType.MIN_NETWORK_ADULTS) {
                if (planChecked) {
                    if (adults < 0) {
                        adults = networkAdultsIn(latest, known.network());
                    }
                    if (adults < line.min()) {
                        out.add("PLAN_TOO_FEW_NETWORK_ADULTS " + line.id());
                    }
                }
            } else if (line.type() == BottomLineType.TRUSTED_PERSON) {
                if (day >= 15 && !hasTrustedPerson(line.minor(), known.network())) {
                    out.add("PLAN_NO_TRUSTED_PERSON " + line.id());
                }
            } else if (line.type() == BottomLineType.WORDS_AND_PICTURES) {
                wordsAndPictures = true;
            }
            if (decided != null && line.status() != BottomLineStatus.MET) {
                out.add("PLAN_BOTTOM_LINE_NOT_MET " + line.id());
            }
        }
        if (wordsAndPictures && day >= 42) {
            for (Minor minor : known.minors()) {
                if (!hasWordsAndPictures(minor.id(), known.events())) {
                    out.add("PLAN_WORDS_AND_PICTURES_MISSING " + minor.id());
                }
            }
        }
    }

    private static boolean covered(String line, List<SafetyGoal> goals) {
        for (SafetyGoal goal : goals) {
            if (goal.bottomLines().contains(line)) {
                return true;
            }
        }
        return false;
    }

    /** The adults of the informal network with a commitment in the plan; 0 without a plan. */
    private static int networkAdultsIn(SafetyPlan plan, List<NetworkMember> network) {
        if (plan == null) {
            return 0;
        }
        int count = 0;
        for (NetworkMember member : network) {
            if (member.informalAdult() && committed(member.id(), plan.commitments())) {
                count++;
            }
        }
        return count;
    }

    private static boolean committed(String id, List<Commitment> commitments) {
        for (Commitment commitment : commitments) {
            if (commitment.by().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTrustedPerson(String minor, List<NetworkMember> network) {
        for (NetworkMember member : network) {
            if (member.adult() && member.trustedPersonFor().contains(minor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWordsAndPictures(String minor, List<Event> events) {
        for (Event event : events) {
            if (event.type() == EventType.WORDS_AND_PICTURES && minor.equals(event.subject())) {
                return true;
            }
        }
        return false;
    }

    /** monitoring.drl: scaling gaps and drops, minors coming of age, the EXIT questionnaire. */
    private static void monitoring(List<String> out, Case known, Clocks clocks, LocalDate closedOn, ExtensionRequest allowed) {
        List<Scaling> scalings = known.scalings();
        if (!scalings.isEmpty()) {
            if (!scalingsInOrder(scalings)) {
                scalings = new ArrayList<>(scalings);
                scalings.sort(SCALINGS_BY_DATE); // stable: those of one date in file order
            }
            scalingGaps(out, known, scalings);
            Map<String, Scaling> previous = new HashMap<>();
            for (Scaling scaling : scalings) {
                Scaling before = previous.put(scaling.by(), scaling);
                if (before != null && before.score() - scaling.score() >= 2) {
                    out.add("SCALE_DROP " + scaling.by());
                }
            }
        }
        LocalDate end = allowed == null ? clocks.moduleEnd() : clocks.extendedEnd();
        for (Minor minor : known.minors()) {
            LocalDate adult = minor.birthDate().plusYears(18);
            if (!adult.isBefore(clocks.moduleStart()) && !adult.isAfter(end)) {
                out.add("MINOR_TURNS_18 " + minor.id());
            }
        }
        if (closedOn != null && known.exit().isEmpty()) {
            out.add("EXIT_MISSING");
        }
    }

    private static boolean scalingsInOrder(List<Scaling> scalings) {
        for (int i = 1; i < scalings.size(); i++) {
            if (scalings.get(i).date().isBefore(scalings.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    /** The dates on which the means of the family and the professionals are 3 points or more apart (MON-01). */
    private static void scalingGaps(List<String> out, Case known, List<Scaling> byDate) {
        int i = 0;
        while (i < byDate.size()) {
            LocalDate date = byDate.get(i).date();
            double family = 0;
            int families = 0;
            double professionals = 0;
            int pros = 0;
            for (; i < byDate.size() && byDate.get(i).date().equals(date); i++) {
                Scaling scaling = byDate.get(i);
                int side = side(known, scaling.by());
                if (side == 1) {
                    family += scaling.score();
                    families++;
                } else if (side == 0) {
                    professionals += scaling.score();
                    pros++;
                }
            }
            if (families > 0 && pros > 0 && Math.abs(family / families - professionals / pros) >= 3) {
                out.add("SCALE_GAP " + date);
            }
        }
    }

    /**
     * 1 for the family side (minors, parents, informal network), 0 for the professionals' side
     * (professionals, professional network), -1 for an id that is no person of the case.
     */
    private static int side(Case known, String id) {
        for (Professional professional : known.professionals()) {
            if (professional.id().equals(id)) {
                return 0;
            }
        }
        for (NetworkMember member : known.network()) {
            if (member.id().equals(id)) {
                return member.kind() == NetworkKind.INFORMAL ? 1 : 0;
            }
        }
        for (Parent parent : known.parents()) {
            if (parent.id().equals(id)) {
                return 1;
            }
        }
        for (Minor minor : known.minors()) {
            if (minor.id().equals(id)) {
                return 1;
            }
        }
        return -1;
    }
}
