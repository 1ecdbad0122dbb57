package be.sos.rules.internal;

import be.sos.core.model.Case;
import be.sos.core.model.Contact;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.time.Clocks;
import be.sos.rules.Eligibility;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationClocks;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.ExtensionSummary;
import be.sos.rules.Finding;
import be.sos.rules.Metrics;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.facts.ExtensionAllowed;
import be.sos.rules.facts.Portfolio;
import be.sos.rules.facts.Procedure;
import be.sos.rules.facts.Window;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/** Runs a compiled rule set on one case and puts its outcomes into an {@link Evaluation}. */
public final class Evaluator {
    /** The most rule firings one evaluation may take: a rule set that fires more loops. */
    public static final int MAX_FIRINGS = 10_000;
    /** The longest one evaluation may take, in milliseconds. */
    public static final long MAX_MILLIS = 2_000;
    /** The most matches one evaluation may make: a rule that joins lists with each other makes too many. */
    public static final int MAX_MATCHES = 50_000;

    /**
     * How far one evaluation may run: a rule set that fires more often, or runs longer, is stopped
     * with an {@link EvaluationException} that names its rules.
     *
     * @param maxFirings the most rule firings
     * @param maxTime the longest time, checked before each firing, and inside conditions for a rule
     *     set that is not bundled (it runs on a worker thread that is abandoned when it overruns)
     * @param maxMatches the most matches (a rule's conditions met by one combination of facts)
     */
    public record Limits(int maxFirings, Duration maxTime, int maxMatches) {
        /** {@value Evaluator#MAX_FIRINGS} firings, {@value Evaluator#MAX_MILLIS} ms, {@value Evaluator#MAX_MATCHES} matches. */
        public static final Limits DEFAULT = new Limits(MAX_FIRINGS, Duration.ofMillis(MAX_MILLIS), MAX_MATCHES);

        /** These firings and time, and the default matches. */
        public Limits(int maxFirings, Duration maxTime) {
            this(maxFirings, maxTime, MAX_MATCHES);
        }

        /** Checks the limits. */
        public Limits {
            if (maxFirings < 1 || maxMatches < 1) {
                throw new IllegalArgumentException("maxFirings and maxMatches must be at least 1");
            }
            if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
                throw new IllegalArgumentException("maxTime must be positive");
            }
        }
    }

    /**
     * Findings by severity (blockers first), code and subject (docs/evaluation-format.md), and findings alike
     * in those by their values (dates in date order), so that the order never depends on the order
     * in which the rules happened to fire.
     */
    private static final Comparator<RecordedFinding> FINDING_ORDER = Comparator
            .comparing(RecordedFinding::severity)
            .thenComparing(RecordedFinding::code)
            .thenComparing(f -> f.subject() == null ? "" : f.subject())
            .thenComparing(RecordedFinding::args, Evaluator::compareValues);

    private Evaluator() {}

    /** Evaluates a case on a day with a rule set, within the {@linkplain Limits#DEFAULT default limits}. */
    public static Evaluation evaluate(CompiledRuleSet rules, Case file, LocalDate today, EvaluationOptions options) {
        return evaluate(rules, file, today, options, Limits.DEFAULT, id -> { });
    }

    /** Evaluates a case on a day with a rule set, within these limits. */
    public static Evaluation evaluate(CompiledRuleSet rules, Case file, LocalDate today, EvaluationOptions options, Limits limits) {
        return evaluate(rules, file, today, options, limits, id -> { });
    }

    /**
     * Evaluates a case on a day with a rule set, within the default limits, telling {@code firing}
     * the id of each rule as it fires, on the calling thread.
     */
    public static Evaluation evaluate(CompiledRuleSet rules, Case file, LocalDate today, EvaluationOptions options,
                                      Consumer<String> firing) {
        return evaluate(rules, file, today, options, Limits.DEFAULT, firing);
    }

    /**
     * Evaluates a case on a day with a rule set, within these limits, telling {@code firing} the id
     * of each rule as it fires, on the calling thread.
     */
    public static Evaluation evaluate(CompiledRuleSet rules, Case file, LocalDate today, EvaluationOptions options, Limits limits,
                                      Consumer<String> firing) {
        Case known = file.asKnownOn(today);
        Clocks clocks = Clocks.of(known, rules.parameters().lengths());
        Procedure procedure = new Procedure(known, today, clocks, rules.parameters().numbers());
        RecordingOutcomes out = new RecordingOutcomes(procedure, options.calendar());
        fire(rules, procedure, out, options, limits, firing);
        return assemble(rules, known, today, clocks, out, options);
    }

    private static void fire(CompiledRuleSet rules, Procedure procedure, RecordingOutcomes out, EvaluationOptions options, Limits limits,
                             Consumer<String> firing) {
        if (RuleSetCompiler.trusted(rules)) {
            // The bundled rules, compiled at build time and proven by their tests: on the calling thread.
            fireHere(rules, procedure, out, options, limits, firing, new Guard(rules, out, firing, limits, false));
            return;
        }
        fireApart(rules, procedure, out, options, limits, firing);
    }

    /** Worker threads for rule sets not bundled: an evaluation that runs too long is abandoned there, not on the host's thread. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "sos-rules-evaluation");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs the rules on a worker thread and waits for them at most the time limit and a quarter
     * (the guard between firings stops most rule sets first). An evaluation that does not end
     * in time is halted and interrupted; its session is never used again. The firings are told to
     * {@code firing} afterwards, on the calling thread.
     */
    private static void fireApart(CompiledRuleSet rules, Procedure procedure, RecordingOutcomes out, EvaluationOptions options, Limits limits,
                                  Consumer<String> firing) {
        List<String> fired = new ArrayList<>();
        Guard guard = new Guard(rules, out, fired::add, limits, true);
        Future<?> run = WORKERS.submit(() -> fireHere(rules, procedure, out, options, limits, fired::add, guard));
        try {
            run.get(limits.maxTime().toMillis() * 5 / 4 + 50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            guard.stop();
            run.cancel(true);
            throw new EvaluationException("the rules took longer than " + limits.maxTime().toMillis()
                    + " ms inside their conditions and were stopped; " + guard.suspect());
        } catch (InterruptedException e) {
            guard.stop();
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new EvaluationException("the evaluation was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EvaluationException failed) {
                throw new EvaluationException(failed.getMessage(), failed.getCause());
            }
            throw new EvaluationException("the rules failed: " + (cause == null ? "" : cause.getClass().getSimpleName())
                    + "; " + guard.suspect());
        }
        fired.forEach(firing);
    }

    private static void fireHere(CompiledRuleSet rules, Procedure procedure, RecordingOutcomes out, EvaluationOptions options, Limits limits,
                                 Consumer<String> firing, Guard guard) {
        KieSession session = rules.sessions().newKieSession();
        guard.start(session, System.nanoTime() + limits.maxTime().toNanos());
        boolean clean = false;
        try {
            if (guard.countsMatches) {
                session.addEventListener(guard.matches);
            }
            session.setGlobal("out", out);
            Facts.insert(session, procedure);
            if (options.portfolio() != null) {
                session.insert(Portfolio.of(options.portfolio(), procedure));
            }
            int fired = session.fireAllRules(guard, limits.maxFirings());
            if (guard.timedOut) {
                throw new EvaluationException("the rules took longer than " + limits.maxTime().toMillis() + " ms and were stopped; "
                        + guard.busiest());
            }
            if (fired >= limits.maxFirings()) {
                throw new EvaluationException("the rules did not come to an end after " + limits.maxFirings() + " firings and were stopped; "
                        + guard.busiest() + ". A rule that inserts what it, or another rule, matches fires again and again");
            }
            clean = true;
        } catch (EvaluationException e) {
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new EvaluationException("the rules ran out of " + (e instanceof StackOverflowError ? "stack" : "memory") + " and were stopped; "
                    + guard.suspect());
        } catch (RuntimeException e) {
            throw failure(e, guard);
        } finally {
            if (clean) {
                if (guard.countsMatches) {
                    session.removeEventListener(guard.matches);
                }
                session.dispose();
            } else {
                // A session stopped halfway is not returned to the pool.
                session.destroy();
            }
        }
    }

    /** A rule's failure in words: the rule, and what went wrong (never a value of the case). */
    private static EvaluationException failure(RuntimeException e, Guard guard) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Budget.Exceeded exceeded) {
                return new EvaluationException("rule " + guard.current() + " " + exceeded.getMessage() + " and was stopped");
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rule = guard.current();
        if (guard.matching) {
            // Drools names the rule whose condition failed in its own message: "... in [Rule "name" in file]".
            String named = Evaluator.ruleInMessage(e, guard.rules);
            rule = named != null ? named : "whose conditions were being matched (" + guard.suspect() + ")";
        }
        return new EvaluationException("rule " + rule + " failed: " + root.getClass().getSimpleName(), e);
    }

    /** The id of the rule a Drools message names ({@code Rule "name"} or {@code [Rule name=...}), or null. */
    static String ruleInMessage(Throwable e, CompiledRuleSet rules) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            for (Map.Entry<String, CompiledRuleSet.RuleTag> tag : rules.tags().entrySet()) {
                if (message.contains("\"" + tag.getKey() + "\"") || message.contains("name=" + tag.getKey() + ",")
                        || message.contains("[" + tag.getKey() + "]")) {
                    return tag.getValue().id();
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * Sees each match as it is made and just before it fires: counts the matches by rule and stops
     * a rule set that makes too many, stamps the outcomes with the firing rule, counts firings by
     * rule and stops a rule set that runs out of time. An agenda filter that lets every match
     * through costs less than an event listener, which makes an event object per firing.
     */
    private static final class Guard implements AgendaFilter {
        private final RecordingOutcomes out;
        private final Consumer<String> firing;
        private final CompiledRuleSet rules;
        private final int[] firings;
        private final int[] matched;
        private final int maxMatches;
        private int totalMatches;
        private volatile KieSession session;
        private long deadline;
        private volatile String lastRule = "";
        private volatile String lastMatched = "";
        /** Whether the rules are matching conditions (no consequence running). */
        private volatile boolean matching = true;
        private boolean timedOut;
        final AgendaEventListener matches = new DefaultAgendaEventListener() {
            @Override
            public void matchCreated(MatchCreatedEvent event) {
                CompiledRuleSet.RuleTag tag = rules.tag(event.getMatch().getRule());
                if (tag == null) {
                    return;
                }
                lastMatched = tag.id();
                matched[tag.index()]++;
                if (++totalMatches > maxMatches) {
                    throw new Budget.Exceeded("made more than " + maxMatches + " matches (its conditions join too many facts)");
                }
            }

            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                matching = true;
            }
        };

        /**
         * Whether the matches are counted: for rule sets not bundled. The bundled rules make at most
         * a few matches per fact (no rule of theirs joins two lists), and an event per match would
         * cost every evaluation.
         */
        final boolean countsMatches;

        Guard(CompiledRuleSet rules, RecordingOutcomes out, Consumer<String> firing, Limits limits, boolean countsMatches) {
            this.countsMatches = countsMatches;
            this.rules = rules;
            this.out = out;
            this.firing = firing;
            this.firings = new int[rules.size()];
            this.matched = new int[rules.size()];
            this.maxMatches = limits.maxMatches();
        }

        void start(KieSession session, long deadline) {
            this.session = session;
            this.deadline = deadline;
        }

        /** Halts the session from another thread. */
        void stop() {
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
        }

        @Override
        public boolean accept(Match match) {
            CompiledRuleSet.RuleTag tag = rules.tag(match.getRule());
            lastRule = tag.id();
            firings[tag.index()]++;
            out.firing(lastRule, tag.source());
            firing.accept(lastRule);
            if (System.nanoTime() > deadline) {
                timedOut = true;
                session.halt();
                return false;
            }
            matching = false;
            return true;
        }

        /** The rule being matched or fired, as far as known. */
        String current() {
            return matching && !lastMatched.isEmpty() ? lastMatched : lastRule.isEmpty() ? lastMatched : lastRule;
        }

        /** The rule most likely at fault, in words. */
        String suspect() {
            String busiest = busiestMatches();
            if (busiest != null) {
                return busiest;
            }
            return lastRule.isEmpty() ? "no rule had matched yet" : "the last rule that fired: " + lastRule;
        }

        private String busiestMatches() {
            String best = null;
            int most = 0;
            for (CompiledRuleSet.RuleTag t : rules.tags().values()) {
                int count = matched[t.index()];
                if (count > most || count == most && count > 0 && best != null && t.id().compareTo(best) < 0) {
                    most = count;
                    best = t.id();
                }
            }
            return best == null ? null : "the rule with the most matches: " + best + " (" + most + (most == 1 ? " match)" : " matches)");
        }

        /** The rules that fired most, with their counts: the loop is among them. */
        String busiest() {
            List<CompiledRuleSet.RuleTag> top = new ArrayList<>(rules.tags().values());
            top.removeIf(t -> firings[t.index()] == 0);
            top.sort(Comparator.<CompiledRuleSet.RuleTag>comparingInt(t -> -firings[t.index()]).thenComparing(CompiledRuleSet.RuleTag::id));
            StringBuilder text = new StringBuilder("the rules that fired most: ");
            for (int i = 0; i < Math.min(2, top.size()); i++) {
                int count = firings[top.get(i).index()];
                text.append(i == 0 ? "" : ", ").append(top.get(i).id()).append(" (").append(count).append(count == 1 ? " time)" : " times)");
            }
            return text.toString();
        }
    }

    /** Two findings' values, one by one: dates and numbers by their order, anything else by its text. */
    static int compareValues(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c;
            if (x instanceof LocalDate dx && y instanceof LocalDate dy) {
                c = dx.compareTo(dy);
            } else if (x instanceof Number nx && y instanceof Number ny) {
                c = Double.compare(nx.doubleValue(), ny.doubleValue());
            } else {
                c = String.valueOf(x).compareTo(String.valueOf(y));
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A metadata value without the quotes the executable model keeps around quoted values. */
    static String unquoted(Object value) {
        String text = String.valueOf(value);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    private static Evaluation assemble(CompiledRuleSet rules, Case known, LocalDate today, Clocks clocks, RecordingOutcomes out,
                                       EvaluationOptions options) {
        List<ScheduleRow> schedule = new ArrayList<>(out.windows().size() + out.notApplicable().size());
        for (int i = 0; i < out.windows().size(); i++) {
            Window w = out.windows().get(i);
            schedule.add(new ScheduleRow(w.milestone(), w.from(), w.to(), out.statusAt(i), w.doneOn(), w.who(), w.source(), w.ruleId()));
        }
        for (Window w : out.notApplicable()) {
            schedule.add(new ScheduleRow(w.milestone(), null, null, MilestoneStatus.NOT_APPLICABLE, w.doneOn(), w.who(), w.source(), w.ruleId()));
        }
        schedule.sort(Comparator.comparing(ScheduleRow::milestone)
                .thenComparing(ScheduleRow::from, Comparator.nullsFirst(Comparator.naturalOrder())));

        List<RecordedFinding> recorded = new ArrayList<>(out.findings());
        recorded.sort(FINDING_ORDER);
        List<Finding> findings = new ArrayList<>(recorded.size());
        for (RecordedFinding f : recorded) {
            String message;
            try {
                message = rules.messages().format(options.locale(), f.code(), f.subject(), f.args());
            } catch (Budget.Exceeded e) {
                throw new EvaluationException("rule " + f.ruleId() + ": " + e.getMessage());
            }
            findings.add(new Finding(f.code(), f.subject(), f.severity(), f.ruleId(), f.source(), message));
        }

        List<String> prefixes = rules.parameters().blockingPrefixes();
        List<String> blockers = findings.stream()
                .filter(f -> f.severity() == Severity.BLOCKER && prefixes.stream().anyMatch(f.code()::startsWith))
                .map(Finding::code).distinct().toList();

        ExtensionAllowed allowed = out.extension();
        boolean bmoApplies = schedule.stream().anyMatch(r -> r.milestone() == EventType.BMO && r.status() != MilestoneStatus.NOT_APPLICABLE);
        EvaluationClocks clockValues = new EvaluationClocks(clocks.petition(), clocks.moduleStart(), clocks.moduleEnd(),
                allowed == null ? null : allowed.extendedEnd(), clocks.hdEnd(), bmoApplies ? clocks.bmoDue() : null);

        return new Evaluation(known.id(), today, clocks.dayNumber(today), rules.info(), options.calendar().name(),
                clockValues, new Eligibility(blockers.isEmpty(), blockers), schedule,
                extension(known, allowed), metrics(known, today, clocks, allowed), findings);
    }

    private static ExtensionSummary extension(Case known, ExtensionAllowed allowed) {
        if (allowed != null) {
            return new ExtensionSummary(true, true, allowed.reasons());
        }
        Set<ExtensionReason> requested = EnumSet.noneOf(ExtensionReason.class);
        for (ExtensionRequest request : known.extensionRequests()) {
            requested.addAll(request.reasons());
        }
        return new ExtensionSummary(!known.extensionRequests().isEmpty(), false, List.copyOf(requested));
    }

    /**
     * Direct contact minutes, and minutes per week of guidance: from the module start to the
     * closure, or to the earlier of today and the module end (the extended end when extended),
     * both days counted (docs/evaluation-format.md). The minutes are spread over the weeks the
     * guidance actually covered, and the first week counts as a whole week: four days with 720
     * minutes are 720 minutes a week, not 1260 extrapolated to seven days.
     */
    static Metrics metrics(Case known, LocalDate today, Clocks clocks, ExtensionAllowed allowed) {
        long minutes = 0;
        for (Contact contact : known.contacts()) {
            minutes += contact.minutes();
        }
        LocalDate end;
        if (known.closure() != null) {
            end = known.closure().date();
        } else {
            LocalDate moduleEnd = allowed == null ? clocks.moduleEnd() : allowed.extendedEnd();
            end = today.isBefore(moduleEnd) ? today : moduleEnd;
        }
        long days = ChronoUnit.DAYS.between(clocks.moduleStart(), end) + 1;
        double perWeek = days <= 0 ? 0 : Math.round(minutes * 7.0 / Math.max(days, 7) * 10) / 10.0;
        return new Metrics(minutes, perWeek);
    }
}
