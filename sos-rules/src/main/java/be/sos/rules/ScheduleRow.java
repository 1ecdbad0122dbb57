package be.sos.rules;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * One milestone of the procedure with its window and status.
 *
 * @param milestone the milestone
 * @param from the window's first day, or null when not applicable
 * @param to the window's last day (moved by the calendar), or null when not applicable
 * @param status where it stands
 * @param doneOn when it was recorded, or null
 * @param who who is responsible
 * @param source the paragraph of the policy document
 * @param ruleId the id of the rule that set the window
 */
public record ScheduleRow(EventType milestone, LocalDate from, LocalDate to, MilestoneStatus status, LocalDate doneOn,
                          List<Actor> who, String source, String ruleId) {
    /** Copies the list. */
    public ScheduleRow {
        who = List.copyOf(who);
    }
}
