/**
 * Scenarios: rule tests written by policy staff, in YAML, as policy statements ("Zonder fiat van
 * de jeugdrechter kan de zaak niet starten"). {@link be.sos.rules.scenario.Scenarios} finds and
 * reads scenario files, {@link be.sos.rules.scenario.ScenarioRunner} runs them against an
 * engine's rule set. The format is in {@link be.sos.rules.scenario.Scenarios} and
 * {@code docs/rules.md}; {@code sos rules test} runs them from the command line.
 */
package be.sos.rules.scenario;
