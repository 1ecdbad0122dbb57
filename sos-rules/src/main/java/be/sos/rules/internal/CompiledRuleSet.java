package be.sos.rules.internal;

import be.sos.core.time.ProcedureLengths;
import be.sos.rules.RuleSetInfo;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set that passed every check and compiled: its knowledge base, shared by all threads, its
 * messages and its procedure lengths. Immutable.
 *
 * @param info where it came from and its fingerprint
 * @param files its files
 * @param kieBase the compiled rules
 * @param messages the wording of its findings
 * @param lengths the procedure's lengths
 * @param sessions sessions to reuse: creating one per evaluation costs more than resetting one
 */
public record CompiledRuleSet(RuleSetInfo info, RuleFiles files, KieBase kieBase, Messages messages, ProcedureLengths lengths,
                              KieSessionsPool sessions) {
    /** The rule set, with a pool of sessions that disposed sessions return to, reset. */
    public CompiledRuleSet(RuleSetInfo info, RuleFiles files, KieBase kieBase, Messages messages, ProcedureLengths lengths) {
        this(info, files, kieBase, messages, lengths, kieBase.newKieSessionsPool(4));
    }
}
