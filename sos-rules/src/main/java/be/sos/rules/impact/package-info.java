/**
 * What an edit of the rules changes, before it goes live: {@link be.sos.rules.impact.RuleSetDiff}
 * lists the rules, settings and messages that differ between two rule directories, and
 * {@link be.sos.rules.impact.ImpactAnalysis} evaluates cases under both and counts what comes out
 * differently ({@link be.sos.rules.impact.Impact}).
 */
package be.sos.rules.impact;
