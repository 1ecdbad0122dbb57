package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits a rule file's text keeps before any parser reads it, and where their problems are placed. */
class RuleTextLimitsTest {
    private static List<RuleProblem> check(String text) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleTextLimits.check("t.drl", text, problems);
        return problems;
    }

    @Test
    void the_bundled_rule_files_keep_every_limit() {
        RuleFiles.bundled().drl().forEach((name, text) -> assertThat(check(text)).as(name).isEmpty());
    }

    @Test
    void brackets_in_comments_and_texts_do_not_count() {
        String text = RuleTexts.rule("Procedure( day > 0 ) // ((((((((((", "out.warning(\"((((((((((\"); /* [[[[[[[[[[ */");

        assertThat(check(text)).isEmpty();
    }

    @Test
    void nesting_is_refused_at_the_bracket_that_passes_the_limit() {
        String when = "Procedure( ((((((day > 0)))))) )";

        assertThat(check(RuleTexts.rule(when, "out.warning(\"X\");"))).extracting(RuleProblem::toString).containsExactly(
                "t.drl:" + RuleTexts.WHEN_LINE + ":21: brackets are nested more than 6 deep here; "
                        + "split the condition or the rule into simpler ones");
    }

    @Test
    void a_long_chain_of_and_is_refused_with_its_rule() {
        String when = "Procedure( " + String.join(" && ", java.util.Collections.nCopies(42, "day > 0")) + " )";

        List<RuleProblem> problems = check(RuleTexts.rule(when, "out.warning(\"X\");"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(RuleTexts.WHEN_LINE);
        assertThat(problems.get(0).message()).startsWith("a rule may join at most 40 conditions with && or ||");
    }

    @Test
    void a_text_block_in_a_consequence_is_refused_on_its_line() throws Exception {
        String then = "out.warning(\"\"\"\n        X\"\"\");";

        RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> RuleSetCompiler.compile(RuleTexts.alone("closure.drl", RuleTexts.rule("Procedure()", then))));

        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly("closure.drl:" + RuleTexts.thenLine("Procedure()")
                + ":17: text blocks (\"\"\"...\"\"\") are not available in rule files: write the text in quotes on one line");
    }

    /** Found by RuleGateFuzzer: the parser quoted a text that ran over several lines. */
    @Test
    void a_problem_is_one_line_even_when_the_parser_quotes_several() {
        String drl = "package be.sos.rules.drl;\nimport be.sos.rules.facts.Procedure;\nrule \"F-0'x\" @id(F-01)\n@source(\"t\")\n"
                + "when\n Procedure( 'a\nb\nc' )\nthen\nend\n";

        RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> RuleSetCompiler.compile(RuleTexts.alone("f.drl", drl)));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).doesNotContain("\n").hasSizeLessThan(410));
    }
}
