package be.sos.rules.internal;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.Severity;
import be.sos.rules.facts.ExtensionAllowed;
import be.sos.rules.facts.NumberedRequest;
import be.sos.rules.facts.Outcomes;
import be.sos.rules.facts.Procedure;
import be.sos.rules.facts.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The engine's {@link Outcomes}: records what the rules decide, within the {@link Budget}, stamped
 * with the rule the engine says is firing, and gives it back to the engine. Rules see only the
 * interface; the hooks here ({@link #firing}, the readers) are the engine's. One instance per
 * evaluation; not thread-safe.
 */
final class RecordingOutcomes implements Outcomes {
    private final Procedure procedure;
    private final ProcedureCalendar calendar;
    private final List<Window> windows = new ArrayList<>(24);
    /** The status of each window, at the window's place in {@link #windows}: cheaper than a map for two dozen windows. */
    private final List<MilestoneStatus> statuses = new ArrayList<>(24);
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
    RecordingOutcomes(Procedure procedure, ProcedureCalendar calendar) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Called by the engine before each rule fires: the rule whose outcomes follow. */
    void firing(String id, String paragraph) {
        this.ruleId = id;
        this.source = paragraph;
    }

    // ---- what rules call ----

    @Override
    public Window window(EventType milestone, LocalDate from, LocalDate to, Actor... who) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("rule " + ruleId + ": the window of " + milestone + " must have a first day on or before its last day");
        }
        windowBudget();
        Window window = new Window(milestone, from, calendar.lastDay(to), Arrays.asList(who),
                procedure.firstEvent(milestone), procedure.today(), procedure.closedOn(), ruleId, source);
        windows.add(window);
        statuses.add(null);
        return window;
    }

    @Override
    public void notApplicable(EventType milestone, Actor... who) {
        windowBudget();
        notApplicable.add(new Window(milestone, null, null, Arrays.asList(who), procedure.firstEvent(milestone),
                procedure.today(), procedure.closedOn(), ruleId, source));
    }

    @Override
    public void status(Window window, MilestoneStatus status) {
        int at = indexOf(window);
        if (at >= 0) {
            statuses.set(at, status);
        }
    }

    /** Where a window recorded here is in {@link #windows}, by identity; -1 for one that was not. */
    private int indexOf(Window window) {
        for (int i = windows.size() - 1; i >= 0; i--) {
            if (windows.get(i) == window) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public ExtensionAllowed allowExtension(NumberedRequest request, LocalDate extendedEnd) {
        if (extension != null) {
            throw new IllegalStateException("rule " + ruleId + ": an extension was already allowed; the module is extended once at most");
        }
        extension = new ExtensionAllowed(request.number(), request.date(), request.reasons(), extendedEnd);
        return extension;
    }

    // the findings without subject come here through the interface's defaults, with a null subject
    @Override public void blocker(String code, Object subject, Object... args) { record(code, subject, Severity.BLOCKER, args); }
    @Override public void warning(String code, Object subject, Object... args) { record(code, subject, Severity.WARNING, args); }
    @Override public void info(String code, Object subject, Object... args) { record(code, subject, Severity.INFO, args); }
    @Override public void windowWarning(String code, Window window) { recordWindow(code, window, Severity.WARNING); }
    @Override public void windowInfo(String code, Window window) { recordWindow(code, window, Severity.INFO); }

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
    List<Window> windows() { return windows; }
    /** The milestones recorded as not applicable. */
    List<Window> notApplicable() { return notApplicable; }
    /** The status of the window at this place in {@link #windows()}, or null. */
    MilestoneStatus statusAt(int index) { return statuses.get(index); }
    /** The findings recorded. */
    List<RecordedFinding> findings() { return findings; }
    /** The allowed extension, or null. */
    ExtensionAllowed extension() { return extension; }
}
