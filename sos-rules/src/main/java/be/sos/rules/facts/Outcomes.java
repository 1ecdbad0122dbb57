package be.sos.rules.facts;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.Severity;
import be.sos.rules.internal.Budget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where rules record what they decide: the global {@code out} of every rule file. A consequence
 * does nothing else. Each outcome is stamped with the id and source of the rule that records it.
 * One instance per evaluation; not thread-safe.
 */
public final class Outcomes {
    private final Procedure procedure;
    private final ProcedureCalendar calendar;
    private final List<Window> windows = new ArrayList<>(24);
    private final Map<Window, MilestoneStatus> statuses = new IdentityHashMap<>(32);
    private final List<Window> notApplicable = new ArrayList<>(4);
    private final List<RecordedFinding> findings = new ArrayList<>(16);
    private ExtensionAllowed extension;
    private String ruleId = "";
    private String source = "";

    /**
     * The outcomes of one evaluation.
     *
     * @param procedure the case on the day
     * @param calendar the calendar that moves the last day of a window
     */
    public Outcomes(Procedure procedure, ProcedureCalendar calendar) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Called by the engine before each rule fires: the rule whose outcomes follow. */
    public void firing(String id, String paragraph) {
        this.ruleId = id;
        this.source = paragraph;
    }

    // ---- what rules call ----

    /**
     * Records a milestone's window and returns it, for the rule to insert:
     * {@code insert(out.window(EventType.FIRST_HEARING, $p.day(3), $p.day(4), Actor.JUDGE))}.
     * The last day is moved by the calendar when it falls on a day off.
     */
    public Window window(EventType milestone, LocalDate from, LocalDate to, Actor... who) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("rule " + ruleId + ": the window of " + milestone + " must have a first day on or before its last day");
        }
        windowBudget();
        Window window = new Window(milestone, from, calendar.lastDay(to), Arrays.asList(who),
                procedure.firstEvent(milestone), procedure.today(), procedure.closedOn(), ruleId, source);
        windows.add(window);
        return window;
    }

    /** Records that a milestone does not apply to the case (its condition does not hold). */
    public void notApplicable(EventType milestone, Actor... who) {
        windowBudget();
        notApplicable.add(new Window(milestone, null, null, Arrays.asList(who), procedure.firstEvent(milestone),
                procedure.today(), procedure.closedOn(), ruleId, source));
    }

    /** Records a window's status. */
    public void status(Window window, MilestoneStatus status) {
        statuses.put(window, status);
    }

    /**
     * Records the one allowed extension and returns it, for the rule to insert:
     * {@code insert(out.allowExtension($r, $p.extendedEnd()))}.
     *
     * @throws IllegalStateException when an extension was already allowed: a rule set allows at most one
     */
    public ExtensionAllowed allowExtension(NumberedRequest request, LocalDate extendedEnd) {
        if (extension != null) {
            throw new IllegalStateException("rule " + ruleId + ": an extension was already allowed; the module is extended once at most");
        }
        extension = new ExtensionAllowed(request.number(), request.date(), request.reasons(), extendedEnd);
        return extension;
    }

    /** Records a blocker without subject. */
    public void blocker(String code) { record(code, null, Severity.BLOCKER); }
    /** Records a blocker about a subject (an id, a code or a date), with values for its message. */
    public void blocker(String code, Object subject, Object... args) { record(code, subject, Severity.BLOCKER, args); }
    /** Records a warning without subject. */
    public void warning(String code) { record(code, null, Severity.WARNING); }
    /** Records a warning about a subject, with values for its message. */
    public void warning(String code, Object subject, Object... args) { record(code, subject, Severity.WARNING, args); }
    /** Records a warning about a milestone's window, in the name of the rule that set the window. */
    public void windowWarning(String code, Window window) { recordWindow(code, window, Severity.WARNING); }
    /** Records an information without subject. */
    public void info(String code) { record(code, null, Severity.INFO); }
    /** Records an information about a subject, with values for its message. */
    public void info(String code, Object subject, Object... args) { record(code, subject, Severity.INFO, args); }
    /** Records an information about a milestone's window, in the name of the rule that set the window. */
    public void windowInfo(String code, Window window) { recordWindow(code, window, Severity.INFO); }

    private void windowBudget() {
        if (windows.size() + notApplicable.size() >= Budget.MAX_WINDOWS) {
            throw new Budget.Exceeded("recorded more than " + Budget.MAX_WINDOWS + " windows");
        }
    }

    private void findingBudget() {
        if (findings.size() >= Budget.MAX_FINDINGS) {
            throw new Budget.Exceeded("recorded more than " + Budget.MAX_FINDINGS + " findings");
        }
    }

    /** Checks a value a rule records: texts and lists are bounded. */
    private static void valueBudget(Object value) {
        if (value instanceof CharSequence text && text.length() > Budget.MAX_VALUE_CHARS) {
            throw new Budget.Exceeded("recorded a text longer than " + Budget.MAX_VALUE_CHARS + " characters");
        }
        if (value instanceof java.util.Collection<?> items && items.size() > Budget.MAX_VALUE_ITEMS) {
            throw new Budget.Exceeded("recorded a list of more than " + Budget.MAX_VALUE_ITEMS + " items");
        }
    }

    private void record(String code, Object subject, Severity severity, Object... args) {
        findingBudget();
        valueBudget(code);
        valueBudget(subject);
        if (args.length > Budget.MAX_VALUE_ITEMS) {
            throw new Budget.Exceeded("recorded more than " + Budget.MAX_VALUE_ITEMS + " values in one finding");
        }
        for (Object arg : args) {
            valueBudget(arg);
        }
        findings.add(new RecordedFinding(code, subject == null ? null : text(subject), severity, ruleId, source,
                Arrays.asList(args)));
    }

    // Named apart from record(...): with the same name, record(code, null, severity) would resolve
    // to this method and fail on the null window. A rule that writes out.warning(code, null) lands
    // here too, and gets a finding without subject.
    private void recordWindow(String code, Window w, Severity severity) {
        if (w == null) {
            record(code, null, severity);
            return;
        }
        findingBudget();
        List<Object> args = new ArrayList<>(3);
        args.add(w.from());
        args.add(w.to());
        args.add(w.doneOn() == null ? "" : w.doneOn());
        findings.add(new RecordedFinding(code, w.milestone().name(), severity, w.ruleId(), w.source(), args));
    }

    private static String text(Object subject) {
        return subject instanceof Enum<?> e ? e.name() : subject.toString();
    }

    // ---- what the engine reads ----

    /** The windows recorded, in the order they were recorded. */
    public List<Window> windows() { return windows; }
    /** The milestones recorded as not applicable. */
    public List<Window> notApplicable() { return notApplicable; }
    /** The status recorded for a window, or null. */
    public MilestoneStatus statusOf(Window window) { return statuses.get(window); }
    /** The findings recorded. */
    public List<RecordedFinding> findings() { return findings; }
    /** The allowed extension, or null. */
    public ExtensionAllowed extension() { return extension; }
}
