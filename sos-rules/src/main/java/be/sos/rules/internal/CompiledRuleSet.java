package be.sos.rules.internal;

import be.sos.core.time.ProcedureLengths;
import be.sos.rules.RuleSetInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
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

    /** The ids of its rules ({@code @id}, or the rule's name when it has none), sorted. */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ids.add(Evaluator.unquoted(rule.getMetaData().getOrDefault("id", rule.getName())));
            }
        }
        Collections.sort(ids);
        return List.copyOf(ids);
    }
}
