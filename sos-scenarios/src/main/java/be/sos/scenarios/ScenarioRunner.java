package be.sos.scenarios;

import be.sos.core.model.EventType;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.RuleVersion;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import be.sos.rules.ToolText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
    private final SosEngine base;
    private final Locale locale;
    private final Set<String> ruleIds;

    private ScenarioRunner(SosEngine engine, SosEngine base, Locale locale) {
        this.engine = engine;
        this.base = base;
        this.locale = locale;
        this.ruleIds = Set.copyOf(engine.ruleIds());
    }

    /** A runner for the rule set the engine runs now, in Dutch. */
    public static ScenarioRunner of(SosEngine engine) {
        return new ScenarioRunner(Objects.requireNonNull(engine, "engine"), null, DUTCH);
    }

    /**
     * A runner for the rule set the engine runs now, that says what failed in the language of
     * {@code locale} and warns about a scenario that names a window rule and touched the edges of
     * its window under the {@code base} rules (the day before, the first day, the last day or the
     * day after) but no longer does under the engine's: after a window moved, that scenario may
     * no longer test its boundary.
     *
     * @param engine the rules to test
     * @param base the rules the scenarios were written for, such as the bundled ones
     * @param locale the language of the failures and warnings
     */
    public static ScenarioRunner of(SosEngine engine, SosEngine base, Locale locale) {
        return new ScenarioRunner(Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(base, "base"),
                Objects.requireNonNull(locale, "locale"));
    }

    /** Runs every scenario, in order. */
    public List<ScenarioResult> run(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    private String t(String key, Object... values) {
        return ToolText.get(locale, key, values);
    }

    /** A date with its day number on the case's clock: {@code 2024-01-21 (dag 14)}. */
    private String dated(LocalDate date, LocalDate petition) {
        return date == null ? "?" : date + " (" + t("scenario.day", ChronoUnit.DAYS.between(petition, date) + 1) + ")";
    }

    private String expectation(MilestoneExpectation e, LocalDate petition) {
        StringBuilder text = new StringBuilder();
        if (e.status() != null) {
            text.append(e.status());
        }
        if (e.from() != null || e.to() != null) {
            text.append(text.length() > 0 ? " " : "").append(dated(e.from(), petition)).append("..").append(dated(e.to(), petition));
        }
        return text.toString();
    }

    /** Runs one scenario: evaluates its case on its day and checks each expectation. */
    public ScenarioResult run(Scenario scenario) {
        List<String> failures = new ArrayList<>();
        for (String rule : scenario.rules()) {
            if (!ruleIds.contains(rule)) {
                failures.add(t("scenario.ruleUnknown", rule));
            }
        }
        Expectations expect = scenario.expect();
        for (String entry : concat(expect.present(), expect.absent())) {
            String code = entry.split(" ")[0];
            if (engine.label(code, DUTCH).isEmpty()) {
                failures.add(t("scenario.codeUnknown", code));
            }
        }
        EvaluationOptions options = scenario.options();
        if (scenario.version() != null) {
            Optional<RuleVersion> named = engine.ruleSets().stream().map(RuleSetInfo::version)
                    .filter(v -> v != null && v.office() == null && v.name().equals(scenario.version())).findFirst();
            if (named.isEmpty()) {
                failures.add("no version " + scenario.version() + " in the rule directory; its versions: " + engine.ruleSets().stream()
                        .map(RuleSetInfo::version).filter(v -> v != null && v.office() == null).map(RuleVersion::name).toList());
                return new ScenarioResult(scenario, failures, List.of(), List.of());
            }
            options = options.withAsOf(named.get().inForceFrom() == null ? LocalDate.MIN : named.get().inForceFrom());
        }
        Set<String> fired = new HashSet<>();
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(scenario.file(), scenario.today(), options, fired::add);
        } catch (EvaluationException e) {
            failures.add(t("scenario.rulesFailed", e.getMessage()));
            return new ScenarioResult(scenario, failures, List.of(), List.of());
        }
        List<String> findings = evaluation.findings().stream().map(ScenarioRunner::entry).toList();
        for (String entry : expect.present()) {
            if (!matches(evaluation, entry)) {
                failures.add(t("scenario.present", entry));
            }
        }
        for (String entry : expect.absent()) {
            List<String> found = evaluation.findings().stream().filter(f -> matches(f, entry))
                    .map(f -> entry(f) + " (" + f.ruleId() + ")").toList();
            if (!found.isEmpty()) {
                failures.add(t("scenario.absent", entry, String.join(", ", found)));
            }
        }
        if (expect.eligible() != null && expect.eligible() != evaluation.eligibility().eligible()) {
            failures.add(t("scenario.eligible", expect.eligible(), evaluation.eligibility().eligible()
                    + (evaluation.eligibility().blockers().isEmpty() ? "" : " "
                    + t("scenario.blockers", String.join(", ", evaluation.eligibility().blockers())))));
        }
        for (Map.Entry<String, Boolean> rule : expect.fires().entrySet()) {
            boolean didFire = fired.contains(rule.getKey());
            if (rule.getValue() && !didFire) {
                failures.add(t("scenario.fires", rule.getKey()));
            } else if (!rule.getValue() && didFire) {
                failures.add(t("scenario.notFires", rule.getKey()));
            }
        }
        LocalDate petition = scenario.file().petitionDate();
        for (Map.Entry<EventType, MilestoneExpectation> milestone : expect.schedule().entrySet()) {
            checkRow(evaluation, milestone.getKey(), milestone.getValue(), failures, petition);
        }
        if (!failures.isEmpty()) {
            // the day of the evaluation, with its day number, before what failed
            failures.add(0, t("scenario.today", dated(scenario.today(), petition)));
        }
        return new ScenarioResult(scenario, failures, findings, edges(scenario, evaluation));
    }

    /**
     * The warnings about windows that moved away from the scenario's day: for each rule the
     * scenario names that sets a window, when the day touched that window's edges under the base
     * rules and no longer does.
     */
    private List<String> edges(Scenario scenario, Evaluation evaluation) {
        if (base == null) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        Evaluation before = null;
        LocalDate petition = scenario.file().petitionDate();
        for (String rule : scenario.rules()) {
            ScheduleRow now = windowOf(evaluation, rule);
            if (now == null) {
                continue;
            }
            if (before == null) {
                try {
                    before = base.evaluate(scenario.file(), scenario.today(), scenario.options());
                } catch (EvaluationException e) {
                    return warnings;
                }
            }
            ScheduleRow then = windowOf(before, rule);
            if (then != null && (!then.from().equals(now.from()) || !then.to().equals(now.to()))
                    && touches(scenario.today(), then) && !touches(scenario.today(), now)) {
                warnings.add(t("scenario.edges", rule, dated(now.from(), petition) + ".." + dated(now.to(), petition),
                        dated(scenario.today(), petition)));
            }
        }
        return warnings;
    }

    private static ScheduleRow windowOf(Evaluation evaluation, String rule) {
        return evaluation.schedule().stream().filter(r -> rule.equals(r.ruleId()) && r.from() != null && r.to() != null)
                .findFirst().orElse(null);
    }

    private static boolean touches(LocalDate day, ScheduleRow window) {
        return day.equals(window.from().minusDays(1)) || day.equals(window.from()) || day.equals(window.to())
                || day.equals(window.to().plusDays(1));
    }

    private void checkRow(Evaluation evaluation, EventType milestone, MilestoneExpectation expected, List<String> failures,
                          LocalDate petition) {
        ScheduleRow row = evaluation.schedule().stream().filter(r -> r.milestone() == milestone).findFirst().orElse(null);
        if (row == null) {
            failures.add(t("scenario.noRow", milestone, expectation(expected, petition)));
            return;
        }
        boolean ok = (expected.status() == null || expected.status() == row.status())
                && (expected.from() == null || expected.from().equals(row.from()))
                && (expected.to() == null || expected.to().equals(row.to()));
        if (!ok) {
            MilestoneExpectation found = new MilestoneExpectation(row.status(), row.from(), row.to());
            failures.add(t("scenario.row", milestone, expectation(expected, petition), expectation(found, petition), row.ruleId()));
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
