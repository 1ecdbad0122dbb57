package be.sos.scenarios;

import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.RuleVersion;
import be.sos.rules.SosEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The trial of a rule set over the scenarios of its own rule directory ({@code DIR/scenarios}), as
 * {@code sos rules validate} runs it after the engine's own trial: every scenario's case is evaluated
 * on its day under the evaluation budgets, within {@value #MAX_MILLIS} ms in all. What a scenario
 * expects is not judged here ({@code sos rules test} does that); a scenario file that does not read
 * is left to {@code sos rules test} as well.
 */
public final class ScenarioTrial {
    /** The longest the whole trial over the scenarios may take, in milliseconds (as the engine's own trial). */
    public static final long MAX_MILLIS = 10_000;

    private ScenarioTrial() {}

    /**
     * Runs the scenarios under {@code folder} (searched recursively; nothing when there is no such
     * folder) against the engine.
     *
     * @return the first scenario on which the rule set breaks a budget or fails, as a problem at
     *     the scenario's file and line that names the rule; empty when the rule set passes
     * @throws IOException when the folder cannot be listed
     */
    public static Optional<RuleProblem> run(SosEngine engine, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
        for (Path file : Scenarios.files(folder)) {
            List<Scenarios.Read> each;
            try {
                each = Scenarios.readEach(file);
            } catch (IOException e) {
                continue; // rules test says so
            }
            for (Scenarios.Read read : each) {
                Scenario scenario = read.scenario();
                if (scenario == null) {
                    continue;
                }
                Optional<EvaluationOptions> options = options(engine, scenario);
                if (options.isEmpty()) {
                    continue;
                }
                try {
                    engine.evaluate(scenario.file(), scenario.today(), options.get());
                } catch (EvaluationException e) {
                    long day = ChronoUnit.DAYS.between(scenario.file().petitionDate(), scenario.today()) + 1;
                    return Optional.of(new RuleProblem(scenario.path().toString(), scenario.line(), 0, "on this scenario's case, day "
                            + day + " of its procedure: " + e.getMessage() + "; the rule set is refused"));
                }
                if (System.nanoTime() > deadline) {
                    return Optional.of(new RuleProblem(scenario.path().toString(), scenario.line(), 0, "the trial over the scenarios took longer than "
                            + MAX_MILLIS / 1000 + " s; the rules are too slow"));
                }
            }
        }
        return Optional.empty();
    }

    /** The scenario's options, with the date of the version it names; empty when the engine has no such version. */
    private static Optional<EvaluationOptions> options(SosEngine engine, Scenario scenario) {
        if (scenario.version() == null) {
            return Optional.of(scenario.options());
        }
        List<RuleVersion> named = engine.ruleSets().stream().map(RuleSetInfo::version)
                .filter(v -> v != null && v.office() == null && v.name().equals(scenario.version())).toList();
        if (named.isEmpty()) {
            return Optional.empty(); // rules test says so
        }
        LocalDate from = named.get(0).inForceFrom();
        return Optional.of(scenario.options().withAsOf(from == null ? LocalDate.MIN : from));
    }
}
