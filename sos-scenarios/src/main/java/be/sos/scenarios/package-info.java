/**
 * Scenarios: rule tests written by policy staff, in YAML, as policy statements ("Zonder fiat van
 * de jeugdrechter kan de zaak niet starten"). {@link be.sos.scenarios.Scenarios} finds and
 * reads scenario files, {@link be.sos.scenarios.ScenarioRunner} runs them against an
 * engine's rule set. The format is in {@link be.sos.scenarios.Scenarios} and
 * {@code docs/rules.md}; {@code sos rules test} runs them from the command line.
 */
package be.sos.scenarios;
