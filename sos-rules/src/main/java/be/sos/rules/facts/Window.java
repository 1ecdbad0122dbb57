package be.sos.rules.facts;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone's window, set by a rule with {@code insert(out.window(...))}, for the status rules
 * to judge.
 *
 * @param milestone the milestone
 * @param from the first day
 * @param to the last day, moved onto a working day by the calendar when it has to be
 * @param who who is responsible
 * @param doneOn the first date the milestone was recorded, or null
 * @param today the day of the evaluation
 * @param closedOn the closure date, or null while the case is open
 * @param ruleId the id of the rule that set the window
 * @param source that rule's source paragraph
 */
public record Window(EventType milestone, LocalDate from, LocalDate to, List<Actor> who, LocalDate doneOn,
                     LocalDate today, LocalDate closedOn, String ruleId, String source) {
    /** Copies the list. */
    public Window {
        who = List.copyOf(who);
    }
}
