package be.sos.rules.facts;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.rules.MilestoneStatus;
import java.time.LocalDate;

/**
 * What a rule may record: the type of the global {@code out} of every rule file, and the only
 * thing a consequence does. Each outcome is stamped with the id and source of the rule that
 * records it. The rule gate allows on {@code out} exactly the methods of this interface; the
 * engine supplies the implementation, one per evaluation.
 */
public interface Outcomes {
    /**
     * Records a milestone's window and returns it, for the rule to insert:
     * {@code insert(out.window(EventType.FIRST_HEARING, $p.day(3), $p.day(4), Actor.JUDGE))}.
     * The last day is moved by the calendar when it falls on a day off.
     *
     * @param milestone the milestone
     * @param from the first day
     * @param to the last day, on or after {@code from}
     * @param who who is to act
     * @return the window
     */
    Window window(EventType milestone, LocalDate from, LocalDate to, Actor... who);

    /**
     * Records that a milestone does not apply to the case (its condition does not hold).
     *
     * @param milestone the milestone
     * @param who who would act
     */
    void notApplicable(EventType milestone, Actor... who);

    /**
     * Records a window's status.
     *
     * @param window a window {@link #window} returned
     * @param status its status
     */
    void status(Window window, MilestoneStatus status);

    /**
     * Records the one allowed extension and returns it, for the rule to insert:
     * {@code insert(out.allowExtension($r, $p.extendedEnd()))}.
     *
     * @param request the request that is granted
     * @param extendedEnd the module's new last day
     * @return the extension
     * @throws IllegalStateException when an extension was already allowed: a rule set allows at most one
     */
    ExtensionAllowed allowExtension(NumberedRequest request, LocalDate extendedEnd);

    /**
     * Records a blocker without subject.
     *
     * @param code the finding's code
     */
    default void blocker(String code) {
        blocker(code, null);
    }

    /**
     * Records a blocker about a subject (an id, a code or a date), with values for its message.
     *
     * @param code the finding's code
     * @param subject what it is about
     * @param args values for its message
     */
    void blocker(String code, Object subject, Object... args);

    /**
     * Records a warning without subject.
     *
     * @param code the finding's code
     */
    default void warning(String code) {
        warning(code, null);
    }

    /**
     * Records a warning about a subject, with values for its message.
     *
     * @param code the finding's code
     * @param subject what it is about
     * @param args values for its message
     */
    void warning(String code, Object subject, Object... args);

    /**
     * Records a warning about a milestone's window, in the name of the rule that set the window.
     *
     * @param code the finding's code
     * @param window the window
     */
    void windowWarning(String code, Window window);

    /**
     * Records an information without subject.
     *
     * @param code the finding's code
     */
    default void info(String code) {
        info(code, null);
    }

    /**
     * Records an information about a subject, with values for its message.
     *
     * @param code the finding's code
     * @param subject what it is about
     * @param args values for its message
     */
    void info(String code, Object subject, Object... args);

    /**
     * Records an information about a milestone's window, in the name of the rule that set the window.
     *
     * @param code the finding's code
     * @param window the window
     */
    void windowInfo(String code, Window window);
}
