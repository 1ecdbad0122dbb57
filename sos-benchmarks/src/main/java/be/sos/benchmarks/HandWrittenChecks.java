package be.sos.benchmarks;

import be.sos.core.model.Absence;
import be.sos.core.model.Availability;
import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.model.Intake;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Role;
import be.sos.core.time.Clocks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline of the benchmarks: the deadline and selection checks of the bundled rules written
 * by hand in plain Java (no rules engine). Not used by the library; it only tells how much the
 * rules engine costs against the plainest possible code doing the same work.
 */
final class HandWrittenChecks {
    /** The day windows of DOMAIN.md §5: milestone, first day, last day. */
    private static final Object[][] WINDOWS = {
        {EventType.CRISIS_GUIDANCE_ASSESSMENT, 1, 3}, {EventType.JUDGE_FIAT, 1, 4}, {EventType.DISPATCH_TO_MODULE, 1, 4},
        {EventType.FIRST_HEARING, 3, 4}, {EventType.DANGER_STATEMENT_CONVERSATION, 3, 4}, {EventType.EVALUATION_DATES_RESERVED, 1, 5},
        {EventType.MINOR_EXPLANATION, 5, 5}, {EventType.FIRST_HOME_VISIT, 5, 5}, {EventType.RETURN_HOME_DECISION, 6, 6},
        {EventType.FAMILY_FEEDBACK, 7, 7}, {EventType.FIRST_NETWORK_MEETING, 14, 15}, {EventType.SAFETY_PLAN_TO_JUDGE, 14, 15},
        {EventType.INTERIM_EVALUATION, 28, 28}, {EventType.SECOND_NETWORK_MEETING, 40, 40}, {EventType.ADVICE_TO_JUDGE, 41, 42},
        {EventType.JUDGE_DECISION, 42, 42},
    };

    private HandWrittenChecks() {}

    /** A schedule row and a finding as plain strings: milestone and status, code and subject. */
    static List<String> evaluate(Case file, LocalDate today) {
        Case known = file.asKnownOn(today);
        Clocks clocks = Clocks.of(known);
        LocalDate closedOn = known.closure() == null ? null : known.closure().date();
        List<String> out = new ArrayList<>(48);
        for (Object[] w : WINDOWS) {
            window(out, known, (EventType) w[0], clocks.day((Integer) w[1]), clocks.day((Integer) w[2]), today, closedOn);
        }
        LocalDate fiat = known.firstEvent(EventType.JUDGE_FIAT).orElse(null);
        if (fiat != null) {
            window(out, known, EventType.REFLECTING_TEAM_FIRST_MEETING, fiat, fiat.plusDays(7), today, closedOn);
        }
        if ((closedOn == null && today.isAfter(clocks.hdEnd())) || (known.closure() != null
                && known.closure().path() == be.sos.core.model.ClosurePath.ORDINARY_PROCEDURE)) {
            window(out, known, EventType.BMO, clocks.bmoDue(), clocks.bmoDue(), today, null);
        }
        if (closedOn == null && !today.isBefore(clocks.hdEnd().minusDays(7)) && !today.isAfter(clocks.hdEnd())) {
            out.add("HD_END_NEAR");
        }
        if (closedOn == null && today.isAfter(clocks.hdEnd())) {
            out.add("HD_ENDED_ORDINARY_PROCEDURE");
        }
        selection(out, known, clocks);
        return out;
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

    private static void selection(List<String> out, Case known, Clocks clocks) {
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
            if (parent.livesWithChild() && parent.availability() != Availability.AVAILABLE) {
                out.add("SEL_PARENT_UNAVAILABLE " + parent.id());
            }
        }
        Set<Role> present = EnumSet.noneOf(Role.class);
        for (Professional professional : known.professionals()) {
            present.add(professional.role());
            if (professional.role() == Role.TEAM_LEAD) {
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
            if (!professional.reachable() && professional.role() != Role.JUDGE) {
                out.add("SEL_PROFESSIONAL_UNREACHABLE " + professional.id());
            }
        }
        for (Role role : new Role[] {Role.CONSULTANT, Role.CRISIS_COUNSELLOR, Role.JUDGE}) {
            if (!present.contains(role)) {
                out.add("SEL_ROLE_MISSING " + role);
            }
        }
    }
}
