package be.sos.views;

import be.sos.core.model.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the work list: a milestone that is overdue, due or coming up, or a finding that
 * blocks or warns, in one open case.
 *
 * @param caseId the case's id
 * @param office the case's office
 * @param kind how urgent it is
 * @param code the milestone (such as {@code FIRST_NETWORK_MEETING}) or the finding code
 * @param subject the finding's subject, or null (always null for a milestone)
 * @param text the milestone or finding in words, in the work list's language
 * @param firstDay the milestone window's first day, or null for a finding
 * @param lastDay the milestone window's last day, the HD end for {@code HD_END_NEAR}, the BMO day
 *     for {@code HD_ENDED_ORDINARY_PROCEDURE}, or null
 * @param who who is responsible
 */
public record WorkItem(String caseId, String office, WorkKind kind, String code, String subject, String text,
                       LocalDate firstDay, LocalDate lastDay, List<Actor> who) {
    /** Copies the list. */
    public WorkItem {
        who = List.copyOf(who);
    }

    /** The line without its subject and text, which may name a person of the case. */
    @Override
    public String toString() {
        return "WorkItem[caseId=" + caseId + ", kind=" + kind + ", code=" + code + ", lastDay=" + lastDay + "]";
    }
}
