package be.sos.rules.facts;

import be.sos.core.model.BottomLine;
import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.Intake;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.core.time.Clocks;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the rules see it on the day of the evaluation: the case as known that day, the day,
 * and its clocks. The one fact every rule set starts from; the case's parts are reached with
 * {@code from}, for example {@code Parent(livesWithChild) from $p.parents()}.
 */
public final class Procedure {
    private final Case file;
    private final LocalDate today;
    private final Clocks clocks;
    private final int day;
    private final LocalDate closedOn;
    private final ClosurePath closurePath;
    private final SafetyPlan latestPlan;

    /**
     * The procedure of a case on a day.
     *
     * @param file the case as known on {@code today}
     * @param today the day of the evaluation
     * @param clocks the case's clocks
     */
    public Procedure(Case file, LocalDate today, Clocks clocks) {
        this.file = file;
        this.today = today;
        this.clocks = clocks;
        this.day = clocks.dayNumber(today);
        this.closedOn = file.closure() == null ? null : file.closure().date();
        this.closurePath = file.closure() == null ? null : file.closure().path();
        this.latestPlan = file.latestPlan().orElse(null);
    }

    /** The case as known on the day. */
    public Case file() { return file; }
    /** The day of the evaluation. */
    public LocalDate today() { return today; }
    /** The day of the procedure that today is; the petition date is day 1. */
    public int day() { return day; }
    /** The date of day {@code n} of the procedure. */
    public LocalDate day(int n) { return clocks.day(n); }
    /** Day 1. */
    public LocalDate petition() { return clocks.petition(); }
    /** The dispatch to the module, or the petition date. */
    public LocalDate moduleStart() { return clocks.moduleStart(); }
    /** The end of the 6-week module. */
    public LocalDate moduleEnd() { return clocks.moduleEnd(); }
    /** Where an extension would end, never after the HD end. */
    public LocalDate extendedEnd() { return clocks.extendedEnd(); }
    /** Whether an extension's end would be cut back to the HD end. */
    public boolean extendedEndCapped() { return clocks.extendedEndCapped(); }
    /** Day 60, the end of the urgent procedure. */
    public LocalDate hdEnd() { return clocks.hdEnd(); }
    /** Day 75, when the BMO falls due in the ordinary procedure. */
    public LocalDate bmoDue() { return clocks.bmoDue(); }
    /** The closure date, or null while the case is open. */
    public LocalDate closedOn() { return closedOn; }
    /** The closure path, or null while the case is open. */
    public ClosurePath closurePath() { return closurePath; }
    /** The date of the first event of this type, or null. */
    public LocalDate firstEvent(EventType type) { return file.firstEvent(type).orElse(null); }
    /** The office. */
    public String office() { return file.office(); }
    /** The intake assessment. */
    public Intake intake() { return file.intake(); }
    /** The minors. */
    public List<Minor> minors() { return file.minors(); }
    /** The parents. */
    public List<Parent> parents() { return file.parents(); }
    /** The network. */
    public List<NetworkMember> network() { return file.network(); }
    /** The professionals. */
    public List<Professional> professionals() { return file.professionals(); }
    /** The bottom lines. */
    public List<BottomLine> bottomLines() { return file.bottomLines(); }
    /** The safety goals. */
    public List<SafetyGoal> safetyGoals() { return file.safetyGoals(); }
    /** The safety plans. */
    public List<SafetyPlan> safetyPlans() { return file.safetyPlans(); }
    /** The latest safety plan, or null. */
    public SafetyPlan latestPlan() { return latestPlan; }
    /** The events. */
    public List<Event> events() { return file.events(); }
    /** The scaling answers. */
    public List<Scaling> scalings() { return file.scalings(); }
    /** The extension requests. */
    public List<ExtensionRequest> extensionRequests() { return file.extensionRequests(); }
    /** The EXIT answers. */
    public List<ExitAnswer> exit() { return file.exit(); }

    @Override
    public String toString() {
        return "Procedure[case=" + file.id() + ", day=" + day + "]";
    }
}
