package be.sos.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * How a scenario ran: what did not come out as expected, and what came out.
 *
 * @param scenario the scenario
 * @param failures each expectation not met, in words ("expected present: SEL_NO_JUDGE_FIAT");
 *     empty when the scenario passed
 * @param findings the findings of the evaluation, as {@code "CODE SUBJECT"} (or {@code "CODE"}),
 *     in the evaluation's order; empty when the rules failed on the case
 * @param warnings what to look at although the scenario passed or failed: a window it names that
 *     moved away from its day
 */
public record ScenarioResult(Scenario scenario, List<String> failures, List<String> findings, List<String> warnings) {
    /** Copies the lists. */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        failures = List.copyOf(failures);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** Whether every expectation was met. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
