package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleSetException;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The budgets of one evaluation, beyond the firing count of {@link RunawayGuardTest}: matches,
 * time spent inside conditions, and a rule's failure named. The rule sets here are compiled
 * without the trial (which would refuse them), to test what the evaluation itself does.
 */
class EvaluationBudgetsTest {
    private static final Case GENT = PilotCases.gent();
    private static final LocalDate TODAY = GENT.petitionDate().plusDays(20);
    private static final String HEADER = """
            package be.sos.rules.drl;

            import be.sos.core.model.Event;
            import be.sos.core.model.Minor;
            import be.sos.core.model.NetworkMember;
            import be.sos.core.model.Parent;
            import be.sos.rules.facts.Procedure;

            global be.sos.rules.facts.Outcomes out;

            """;

    private static CompiledRuleSet untried(String when, String then) throws RuleSetException {
        return RuleSetCompiler.compile(RuleTexts.alone("budget.drl", HEADER + """
                rule "BUDGET-01 Een dure regel" @id(BUDGET-01) @source("test")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then)), false);
    }

    /** Four lists joined with from, then parts of the case; the last pattern has this condition. */
    private static String join(String parts, String last) {
        return "$p : Procedure()\n" + IntStream.rangeClosed(1, 4).mapToObj(i -> "    $e" + i + " : Event() from $p.events()")
                .collect(Collectors.joining("\n")) + "\n" + parts + "\n    Minor(" + last + ")";
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_cross_join_is_stopped_by_the_matches_budget_and_named() throws RuleSetException {
        CompiledRuleSet rules = untried(join("NetworkMember() Parent()", ""), "out.warning(\"X\");");

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(rules, GENT, TODAY, EvaluationOptions.DEFAULT));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("rule BUDGET-01 made more than " + Evaluator.MAX_MATCHES
                + " matches (its conditions join too many facts) and was stopped");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_join_that_never_matches_is_stopped_inside_its_conditions_and_the_other_evaluations_go_on() throws Exception {
        // Four lists and five parts of the case joined, then a last part whose condition never holds: no match, no
        // firing, and millions of partial joins, so that even a fast machine cannot finish them within the 20 ms.
        CompiledRuleSet rules = untried(join("NetworkMember() NetworkMember() NetworkMember() NetworkMember() Parent()", "$e1 == null"),
                "out.warning(\"X\");");
        Evaluator.Limits limits = new Evaluator.Limits(Evaluator.MAX_FIRINGS, Duration.ofMillis(20));
        SosEngine bundled = SosEngine.bundled();
        Evaluation expected = bundled.evaluate(GENT, TODAY);

        CompletableFuture<EvaluationException> hostile = CompletableFuture.supplyAsync(() -> catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(rules, GENT, TODAY, EvaluationOptions.DEFAULT, limits)));
        List<Evaluation> others = IntStream.range(0, 50).mapToObj(i -> bundled.evaluate(GENT, TODAY)).toList();
        EvaluationException e = hostile.get(30, TimeUnit.SECONDS);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("the rules took longer than 20 ms inside their conditions and were stopped; ");
        assertThat(others).allSatisfy(other -> assertThat(other).isEqualTo(expected));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void an_exception_in_a_condition_names_its_rule() throws RuleSetException {
        CompiledRuleSet rules = untried("$p : Procedure( file.minors.get(99) != null )", "out.warning(\"X\");");

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(rules, GENT, TODAY, EvaluationOptions.DEFAULT));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("rule BUDGET-01 failed: IndexOutOfBoundsException");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_rule_that_fails_in_its_consequence_is_named() throws RuleSetException {
        CompiledRuleSet rules = untried("$p : Procedure()", "out.warning(\"X\", $p.file().minors().get(99));");

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(rules, GENT, TODAY, EvaluationOptions.DEFAULT));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("rule BUDGET-01 failed: IndexOutOfBoundsException");
    }
}
