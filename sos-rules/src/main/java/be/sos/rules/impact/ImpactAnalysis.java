package be.sos.rules.impact;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.RuleVersion;
import be.sos.rules.SosEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An impact analysis: evaluates cases under a base rule set and an edited one and counts what
 * comes out differently ({@link Impact}), so that policy staff see what an edit changes on real
 * cases before it goes live.
 *
 * <pre>{@code
 * ImpactAnalysis analysis = ImpactAnalysis.between(SosEngine.bundled(), SosEngine.fromDirectory(edited))
 *         .onDay(LocalDate.parse("2024-06-01"));
 * Impact impact = analysis.analyse(cases);                 // an Iterable<Case>, read one at a time
 * }</pre>
 *
 * <p>On one day, each case is evaluated on that day. On every day ({@link #everyDay()}), each
 * case is evaluated on each day of its procedure: from the petition (day 1) to the latest of the
 * end of the urgent procedure, the closure, and the BMO day when the BMO applies (the case is
 * still open the day after the end of the urgent procedure, or was closed to the ordinary
 * procedure), under either rule set, and at most {@link #MAX_DAYS} days. Memory does not grow with the number of cases:
 * each case's differences are folded into counts and dropped. Immutable and thread-safe.
 */
public final class ImpactAnalysis {
    /** The most days of one case evaluated with {@link #everyDay()}, whatever the rules make its procedure's length. */
    public static final int MAX_DAYS = 400;
    /** Lines in flight per worker thread in {@link #analyseLines}. */
    private static final int IN_FLIGHT_PER_THREAD = 32;

    private final SosEngine base;
    private final SosEngine edited;
    private final LocalDate day;
    private final EvaluationOptions options;
    private final Side baseVersion;
    private final Side editedVersion;

    /** A version named to judge every case: its rule set, and the as-of date that selects it. */
    private record Side(RuleSetInfo info, LocalDate asOf) {
    }

    private ImpactAnalysis(SosEngine base, SosEngine edited, LocalDate day, EvaluationOptions options) {
        this(base, edited, day, options, null, null);
    }

    private ImpactAnalysis(SosEngine base, SosEngine edited, LocalDate day, EvaluationOptions options, Side baseVersion, Side editedVersion) {
        this.base = base;
        this.edited = edited;
        this.day = day;
        this.options = options;
        this.baseVersion = baseVersion;
        this.editedVersion = editedVersion;
    }

    /**
     * An analysis of the edit from {@code base} to {@code edited}, on every day of each case's
     * procedure, with the default options (Dutch, calendar days, no portfolio).
     *
     * @param base the rules as they are
     * @param edited the rules as they would be
     * @return a new analysis
     */
    public static ImpactAnalysis between(SosEngine base, SosEngine edited) {
        return new ImpactAnalysis(Objects.requireNonNull(base, "base"), Objects.requireNonNull(edited, "edited"), null,
                EvaluationOptions.DEFAULT);
    }

    /**
     * This analysis on one day.
     *
     * @param today the day every case is evaluated on
     * @return a new analysis
     */
    public ImpactAnalysis onDay(LocalDate today) {
        return new ImpactAnalysis(base, edited, Objects.requireNonNull(today, "today"), options, baseVersion, editedVersion);
    }

    /**
     * This analysis on every day of each case's procedure.
     *
     * @return a new analysis
     */
    public ImpactAnalysis everyDay() {
        return new ImpactAnalysis(base, edited, null, options, baseVersion, editedVersion);
    }

    /**
     * This analysis with other evaluation options (the calendar, a portfolio).
     *
     * @param value the options of every evaluation, under both rule sets
     * @return a new analysis
     */
    public ImpactAnalysis withOptions(EvaluationOptions value) {
        return new ImpactAnalysis(base, edited, day, Objects.requireNonNull(value, "options"), baseVersion, editedVersion);
    }

    /**
     * This analysis with a version of rules with versions named to judge every case, under the
     * base rules, the edited rules or both: each case is evaluated by that version (with the
     * case's office variant, when the version has one), whatever its petition date and whatever
     * {@linkplain EvaluationOptions#asOf() as-of date} the options give.
     *
     * @param baseVersion the name of a version of the base rules, or null to let each case's petition date select
     * @param editedVersion the name of a version of the edited rules, or null
     * @return a new analysis
     * @throws IllegalArgumentException when a rule set has no version of that name
     */
    public ImpactAnalysis withVersions(String baseVersion, String editedVersion) {
        return new ImpactAnalysis(base, edited, day, options, side(base, baseVersion), side(edited, editedVersion));
    }

    private static Side side(SosEngine engine, String name) {
        if (name == null) {
            return null;
        }
        for (RuleSetInfo info : engine.ruleSets()) {
            RuleVersion version = info.version();
            if (version != null && version.office() == null && version.name().equals(name)) {
                // Its own start selects it; the first version may have none, and a day before every other start selects it.
                return new Side(info, version.inForceFrom() == null ? LocalDate.MIN : version.inForceFrom());
            }
        }
        throw new IllegalArgumentException("no version " + name + " in " + engine.ruleSet().source());
    }

    private EvaluationOptions options(Side side) {
        return side == null ? options : options.withAsOf(side.asOf());
    }

    /**
     * Compares cases one after another, on the calling thread.
     *
     * @param cases the cases, read one at a time
     * @return the counts
     * @throws EvaluationException when a rule set fails on a case
     */
    public Impact analyse(Iterable<Case> cases) {
        Tally tally = new Tally();
        for (Case file : cases) {
            tally.add(compare(file));
        }
        return result(tally);
    }

    /** A bad input line, as {@link #analyseLines} reports it. */
    @FunctionalInterface
    public interface BadLine {
        /**
         * Tells of a line that was skipped.
         *
         * @param line its number, from 1
         * @param message what is wrong, naming the field; never a value of the case
         */
        void skipped(int line, String message);
    }

    /**
     * Compares the cases of JSON lines (one case a line, blank lines ignored) on {@code threads}
     * threads, with a bounded number of lines in flight. A line that is not a valid case, or on
     * which a rule set fails, is told to {@code badLines} (on the calling thread, in input order)
     * and skipped.
     *
     * @param lines the input; read to its end, not closed
     * @param threads worker threads, at least 1
     * @param badLines what to tell of a skipped line
     * @return the counts
     * @throws IOException when the input cannot be read
     * @throws InterruptedException when the calling thread is interrupted
     */
    public Impact analyseLines(BufferedReader lines, int threads, BadLine badLines) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(badLines, "badLines");
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sos-impact");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Object>> inFlight = new ArrayDeque<>();
            Deque<Integer> numbers = new ArrayDeque<>();
            int limit = threads * IN_FLIGHT_PER_THREAD;
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                inFlight.add(pool.submit(() -> compareLine(text)));
                numbers.add(number);
                if (inFlight.size() >= limit) {
                    fold(tally, inFlight.poll(), numbers.poll(), badLines);
                }
            }
            while (!inFlight.isEmpty()) {
                fold(tally, inFlight.poll(), numbers.poll(), badLines);
            }
        } finally {
            pool.shutdownNow();
        }
        return result(tally);
    }

    private Object compareLine(String line) {
        Case file;
        try {
            file = CaseJson.read(line);
        } catch (InvalidCaseException e) {
            return e.getMessage();
        }
        try {
            return compare(file);
        } catch (EvaluationException e) {
            return "the rules failed: " + e.getMessage();
        }
    }

    private static void fold(Tally tally, Future<Object> result, int line, BadLine badLines) throws InterruptedException {
        Object outcome;
        try {
            outcome = result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an impact worker failed", e.getCause());
        }
        if (outcome instanceof CaseDelta delta) {
            tally.add(delta);
        } else {
            tally.skip();
            badLines.skipped(line, (String) outcome);
        }
    }

    private Impact result(Tally tally) {
        Impact.ForcedVersions forced = baseVersion == null && editedVersion == null ? null
                : new Impact.ForcedVersions(baseVersion == null ? null : baseVersion.info().version().name(),
                        editedVersion == null ? null : editedVersion.info().version().name());
        return tally.result(baseVersion == null ? base.ruleSet() : baseVersion.info(),
                editedVersion == null ? edited.ruleSet() : editedVersion.info(), day == null ? "all" : day.toString(), forced);
    }

    /** The differences of one case, on the analysis's day or on every day of its procedure. */
    CaseDelta compare(Case file) {
        CaseDelta delta = new CaseDelta(file.id());
        EvaluationOptions baseOptions = options(baseVersion);
        EvaluationOptions editedOptions = options(editedVersion);
        if (day != null) {
            delta.compare(base.evaluate(file, day, baseOptions), edited.evaluate(file, day, editedOptions));
            return delta;
        }
        LocalDate first = file.petitionDate();
        LocalDate last = file.closure() == null ? first : file.closure().date();
        LocalDate limit = first.plusDays(MAX_DAYS - 1L);
        LocalDate d = first;
        while (!d.isAfter(limit)) {
            Evaluation b = base.evaluate(file, d, baseOptions);
            Evaluation e = edited.evaluate(file, d, editedOptions);
            LocalDate later = latest(latest(last, b), e);
            if (d.isAfter(last) && !later.isAfter(last)) {
                // The day after the last one only counts when it makes the procedure longer: an open
                // case reaches the ordinary procedure, and its BMO day, the day after the HD end.
                break;
            }
            delta.compare(b, e);
            last = later;
            d = d.plusDays(1);
        }
        return delta;
    }

    private static LocalDate latest(LocalDate last, Evaluation evaluation) {
        LocalDate end = evaluation.clocks().hdEnd();
        if (end != null && end.isAfter(last)) {
            last = end;
        }
        LocalDate bmo = evaluation.clocks().bmoDue();
        return bmo != null && bmo.isAfter(last) ? bmo : last;
    }
}
