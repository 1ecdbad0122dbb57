package be.sos.rules.internal;

import be.sos.rules.RuleSetInfo;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set that passed every check and compiled: its knowledge base, shared by all threads, its
 * messages and its parameters. Immutable.
 *
 * @param info where it came from and its fingerprint
 * @param files its files
 * @param kieBase the compiled rules
 * @param messages the wording of its findings
 * @param parameters its parameters: the procedure's lengths and every other policy number
 * @param sessions sessions to reuse: creating one per evaluation costs more than resetting one
 * @param tags the id and source of each rule, by rule name, read once rather than at every firing
 * @param byRule the same tags by the knowledge base's rule objects
 */
public record CompiledRuleSet(RuleSetInfo info, RuleFiles files, KieBase kieBase, Messages messages, RuleParameters parameters,
                              KieSessionsPool sessions, Map<String, RuleTag> tags, Map<Rule, RuleTag> byRule) {
    /** The rule set, with a pool of sessions that disposed sessions return to, reset. */
    CompiledRuleSet(RuleSetInfo info, RuleFiles files, KieBase kieBase, Messages messages, RuleParameters parameters) {
        this(info, files, kieBase, messages, parameters, kieBase.newKieSessionsPool(4), tags(kieBase));
    }

    private CompiledRuleSet(RuleSetInfo info, RuleFiles files, KieBase kieBase, Messages messages, RuleParameters parameters,
                            KieSessionsPool sessions, Map<String, RuleTag> tags) {
        this(info, files, kieBase, messages, parameters, sessions, tags, byRule(kieBase, tags));
    }

    /**
     * A rule's {@code @id} (its name when it has none) and {@code @source}, without the quotes the
     * executable model keeps around quoted values.
     *
     * @param id the rule's id
     * @param source the policy paragraph it encodes
     * @param index the rule's number in this rule set, from 0
     */
    record RuleTag(String id, String source, int index) {
    }

    /**
     * The tag of a rule of this rule set (rule names are unique: the gate checks it): found by the
     * rule object itself, which a firing passes, before its name (hashing and comparing long names
     * at every firing showed in the profile).
     */
    RuleTag tag(Rule rule) {
        RuleTag tag = byRule.get(rule);
        return tag != null ? tag : tags.get(rule.getName());
    }

    /** The tags by the knowledge base's own rule objects. Read only once built. */
    private static Map<Rule, RuleTag> byRule(KieBase kieBase, Map<String, RuleTag> tags) {
        Map<Rule, RuleTag> byRule = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                byRule.put(rule, tags.get(rule.getName()));
            }
        }
        return Collections.unmodifiableMap(byRule);
    }

    private static Map<String, RuleTag> tags(KieBase kieBase) {
        Map<String, RuleTag> tags = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                tags.put(rule.getName(), tagOf(rule, tags.size()));
            }
        }
        return Map.copyOf(tags);
    }

    private static RuleTag tagOf(Rule rule, int index) {
        Map<String, Object> meta = rule.getMetaData();
        return new RuleTag(Evaluator.unquoted(meta.getOrDefault("id", rule.getName())), Evaluator.unquoted(meta.getOrDefault("source", "")),
                index);
    }

    /** How many rules it has. */
    int size() {
        return tags.size();
    }

    /** The wording of a key of its message bundles in a language, or empty when that bundle has no such key. */
    public Optional<String> label(Locale locale, String key) {
        return messages.get(locale, key);
    }

    /** The ids of its rules ({@code @id}, or the rule's name when it has none), sorted. */
    public List<String> ruleIds() {
        return tags.values().stream().map(RuleTag::id).sorted().toList();
    }
}
