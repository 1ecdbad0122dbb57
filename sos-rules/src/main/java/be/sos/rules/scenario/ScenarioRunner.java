package be.sos.rules.scenario;

import be.sos.core.model.EventType;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.RuleVersion;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs scenarios against the rule set of an engine and says, for each, which expectations were
 * not met. Thread-safe, like the engine.
 *
 * <p>Besides the expectations themselves, a scenario fails when it names a rule id the rule set
 * does not have, or expects a finding code that has no message in the rule set (a typo there
 * would make an {@code absent:} pass for nothing).
 */
public final class ScenarioRunner {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SosEngine engine;
    private final Set<String> ruleIds;

    private ScenarioRunner(SosEngine engine) {
        this.engine = engine;
        this.ruleIds = Set.copyOf(engine.ruleIds());
    }

    /** A runner for the rule set the engine runs now. */
    public static ScenarioRunner of(SosEngine engine) {
        return new ScenarioRunner(Objects.requireNonNull(engine, "engine"));
    }

    /** Runs every scenario, in order. */
    public List<ScenarioResult> run(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    /** Runs one scenario: evaluates its case on its day and checks each expectation. */
    public ScenarioResult run(Scenario scenario) {
        List<String> failures = new ArrayList<>();
        for (String rule : scenario.rules()) {
            if (!ruleIds.contains(rule)) {
                failures.add("no rule with id " + rule + " in the rule set");
            }
        }
        Expectations expect = scenario.expect();
        for (String entry : concat(expect.present(), expect.absent())) {
            String code = entry.split(" ")[0];
            if (engine.label(code, DUTCH).isEmpty()) {
                failures.add("unknown finding code " + code + ": the rule set has no message for it");
            }
        }
        EvaluationOptions options = scenario.options();
        if (scenario.version() != null) {
            Optional<RuleVersion> named = engine.ruleSets().stream().map(RuleSetInfo::version)
                    .filter(v -> v != null && v.office() == null && v.name().equals(scenario.version())).findFirst();
            if (named.isEmpty()) {
                failures.add("no version " + scenario.version() + " in the rule directory; its versions: " + engine.ruleSets().stream()
                        .map(RuleSetInfo::version).filter(v -> v != null && v.office() == null).map(RuleVersion::name).toList());
                return new ScenarioResult(scenario, failures, List.of());
            }
            options = options.withAsOf(named.get().inForceFrom() == null ? LocalDate.MIN : named.get().inForceFrom());
        }
        Set<String> fired = new HashSet<>();
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(scenario.file(), scenario.today(), options, fired::add);
        } catch (EvaluationException e) {
            failures.add("the rules failed on the case: " + e.getMessage());
            return new ScenarioResult(scenario, failures, List.of());
        }
        List<String> findings = evaluation.findings().stream().map(ScenarioRunner::entry).toList();
        for (String entry : expect.present()) {
            if (!matches(evaluation, entry)) {
                failures.add("expected present: " + entry);
            }
        }
        for (String entry : expect.absent()) {
            List<String> found = evaluation.findings().stream().filter(f -> matches(f, entry))
                    .map(f -> entry(f) + " (" + f.ruleId() + ")").toList();
            if (!found.isEmpty()) {
                failures.add("expected absent: " + entry + "; found " + String.join(", ", found));
            }
        }
        if (expect.eligible() != null && expect.eligible() != evaluation.eligibility().eligible()) {
            failures.add("expected eligible: " + expect.eligible() + "; found " + evaluation.eligibility().eligible()
                    + (evaluation.eligibility().blockers().isEmpty() ? "" : " (blockers: " + String.join(", ", evaluation.eligibility().blockers()) + ")"));
        }
        for (Map.Entry<String, Boolean> rule : expect.fires().entrySet()) {
            boolean didFire = fired.contains(rule.getKey());
            if (rule.getValue() && !didFire) {
                failures.add("expected rule " + rule.getKey() + " to fire; it did not");
            } else if (!rule.getValue() && didFire) {
                failures.add("expected rule " + rule.getKey() + " not to fire; it did");
            }
        }
        for (Map.Entry<EventType, MilestoneExpectation> milestone : expect.schedule().entrySet()) {
            checkRow(evaluation, milestone.getKey(), milestone.getValue(), failures);
        }
        return new ScenarioResult(scenario, failures, findings);
    }

    private static void checkRow(Evaluation evaluation, EventType milestone, MilestoneExpectation expected, List<String> failures) {
        ScheduleRow row = evaluation.schedule().stream().filter(r -> r.milestone() == milestone).findFirst().orElse(null);
        if (row == null) {
            failures.add("expected " + milestone + ": " + expected + "; the schedule has no such row");
            return;
        }
        boolean ok = (expected.status() == null || expected.status() == row.status())
                && (expected.from() == null || expected.from().equals(row.from()))
                && (expected.to() == null || expected.to().equals(row.to()));
        if (!ok) {
            MilestoneExpectation found = new MilestoneExpectation(row.status(), row.from(), row.to());
            failures.add("expected " + milestone + ": " + expected + "; found " + found + " (rule " + row.ruleId() + ")");
        }
    }

    private static boolean matches(Evaluation evaluation, String entry) {
        return evaluation.findings().stream().anyMatch(f -> matches(f, entry));
    }

    private static boolean matches(Finding finding, String entry) {
        int space = entry.indexOf(' ');
        return space < 0 ? finding.code().equals(entry)
                : finding.code().equals(entry.substring(0, space)) && entry.substring(space + 1).equals(finding.subject());
    }

    private static String entry(Finding finding) {
        return finding.subject() == null ? finding.code() : finding.code() + " " + finding.subject();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
