/**
 * The vocabulary of the rule files: the facts rules match ({@link be.sos.rules.facts.Procedure},
 * {@link be.sos.rules.facts.Window}, {@link be.sos.rules.facts.ExtensionAllowed}), the parts of
 * a case that {@code Procedure} works out for them ({@link be.sos.rules.facts.NumberedRequest},
 * {@link be.sos.rules.facts.ScalingRound}, {@link be.sos.rules.facts.ScoreChange}), and the one
 * thing a consequence may do, record an outcome on the global {@code out}
 * ({@link be.sos.rules.facts.Outcomes}, an interface: the engine supplies its implementation, and
 * the rule gate allows on {@code out} exactly its methods).
 */
package be.sos.rules.facts;
