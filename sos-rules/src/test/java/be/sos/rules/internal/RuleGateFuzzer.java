package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the rule gate with validate-and-trial: a rule file made of fuzzed
 * conditions and consequence (or fuzzed whole), compiled as {@code rules validate} does. Whatever
 * the text, the outcome is a compiled rule set or a {@link RuleSetException} whose problems are
 * one line each; never another exception, an Error or a hang. A regression input for each crash
 * found goes under {@code src/test/resources/be/sos/rules/internal/RuleGateFuzzerInputs/}.
 */
class RuleGateFuzzer {
    @FuzzTest(maxDuration = "15s")
    void fuzzRuleSet(FuzzedDataProvider data) {
        String drl;
        if (data.consumeBoolean()) {
            drl = data.consumeRemainingAsString();
        } else {
            String when = data.consumeString(300);
            drl = RuleTexts.rule(when, data.consumeRemainingAsString());
        }
        try {
            CompiledRuleSet rules = RuleSetCompiler.compile(RuleTexts.alone("fuzz.drl", drl));
            assertThat(rules.ruleIds()).isNotNull();
        } catch (RuleSetException e) {
            assertThat(e.problems()).isNotEmpty();
            for (RuleProblem problem : e.problems()) {
                assertThat(problem.message()).doesNotContain("\n");
            }
        }
    }
}
