package be.sos.rules.internal;

import be.sos.core.time.ProcedureLengths;
import be.sos.rules.RuleSetInfo;
import org.kie.api.KieBase;

/**
 * A rule set that passed every check and compiled: its knowledge base, shared by all threads, its
 * messages and its procedure lengths. Immutable.
 *
 * @param info where it came from and its fingerprint
 * @param files its files
 * @param kieBase the compiled rules
 * @param messages the wording of its findings
 * @param lengths the procedure's lengths
 */
public record CompiledRuleSet(RuleSetInfo info, RuleFiles files, KieBase kieBase, Messages messages, ProcedureLengths lengths) {
}
