/**
 * The engine of the safety planning module and what it returns: build a {@link be.sos.rules.SosEngine}
 * once, call {@code evaluate(case, today)} from any thread, read the {@link be.sos.rules.Evaluation}.
 * No Drools type appears here.
 */
package be.sos.rules;
