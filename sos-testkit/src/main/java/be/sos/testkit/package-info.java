/**
 * The test kit: cases for tests, demos and load tests, not for production. A deterministic generator
 * of valid, varied cases ({@link be.sos.testkit.CaseGenerator}), the two pilot cases of the policy
 * document ({@link be.sos.testkit.PilotCases}) and variations of a case made in code
 * ({@link be.sos.testkit.Variations}).
 */
package be.sos.testkit;
