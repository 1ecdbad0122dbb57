/**
 * The vocabulary of the rule files: the facts rules match ({@link be.sos.rules.facts.Procedure},
 * {@link be.sos.rules.facts.Window}) and the one thing a consequence may do, record an outcome on
 * the global {@code out} ({@link be.sos.rules.facts.Outcomes}).
 */
package be.sos.rules.facts;
