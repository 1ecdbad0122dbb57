package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sos.core.model.Case;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleSetException;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set that loops passes the gate (it says nothing forbidden) but never comes to an end:
 * the evaluation is stopped by the firing cap or the time limit, with an
 * {@link EvaluationException} that names the rules, instead of holding the thread.
 */
class RunawayGuardTest {
    private static final Case GENT = PilotCases.gent();
    private static final LocalDate TODAY = GENT.petitionDate().plusDays(10);

    /** A rule that inserts a new window for every window: each insert matches it again. */
    static final String SELF_FEEDING = """
            package be.sos.rules.drl;

            import be.sos.core.model.EventType;
            import be.sos.rules.facts.Procedure;
            import be.sos.rules.facts.Window;

            global be.sos.rules.facts.Outcomes out;

            rule "LOOP-00 Een eerste venster" @id(LOOP-00) @source("test")
            when
                $p : Procedure()
            then
                insert(out.window(EventType.BMO, $p.day(1), $p.day(2)));
            end

            rule "LOOP-01 Elk venster vraagt een nieuw venster" @id(LOOP-01) @source("test")
            when
                $w : Window()
            then
                insert(out.window(EventType.BMO, $w.from(), $w.to()));
            end
            """;

    /** Two rules that feed each other. */
    static final String PING_PONG = """
            package be.sos.rules.drl;

            import be.sos.core.model.EventType;
            import be.sos.rules.facts.Procedure;
            import be.sos.rules.facts.Window;

            global be.sos.rules.facts.Outcomes out;

            rule "PING-00 Een eerste venster" @id(PING-00) @source("test")
            when
                $p : Procedure()
            then
                insert(out.window(EventType.BMO, $p.day(1), $p.day(2)));
            end

            rule "PING-01 Een BMO vraagt een beslissing" @id(PING-01) @source("test")
            when
                $w : Window( milestone == EventType.BMO )
            then
                insert(out.window(EventType.JUDGE_DECISION, $w.from(), $w.to()));
            end

            rule "PING-02 Een beslissing vraagt een BMO" @id(PING-02) @source("test")
            when
                $w : Window( milestone == EventType.JUDGE_DECISION )
            then
                insert(out.window(EventType.BMO, $w.from(), $w.to()));
            end
            """;

    private static CompiledRuleSet selfFeeding;
    private static CompiledRuleSet pingPong;

    @BeforeAll
    static void compile() throws RuleSetException {
        assertThat(RuleSetCompiler.check(RuleTexts.alone("loop.drl", SELF_FEEDING))).as("the loop says nothing forbidden").isEmpty();
        // Without the trial, which refuses both: the evaluation's own guards are tested here.
        selfFeeding = RuleSetCompiler.compile(RuleTexts.alone("loop.drl", SELF_FEEDING), false);
        pingPong = RuleSetCompiler.compile(RuleTexts.alone("pingpong.drl", PING_PONG), false);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_rule_that_feeds_itself_is_stopped_by_the_firing_cap_and_named() {
        Evaluator.Limits limits = new Evaluator.Limits(1_000, Duration.ofMinutes(1));

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(selfFeeding, GENT, TODAY, EvaluationOptions.DEFAULT, limits));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("did not come to an end after 1000 firings").contains("fired most: LOOP-01 (1000 times)");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void two_rules_that_feed_each_other_are_both_named() {
        Evaluator.Limits limits = new Evaluator.Limits(1_000, Duration.ofMinutes(1));

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(pingPong, GENT, TODAY, EvaluationOptions.DEFAULT, limits));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("did not come to an end after 1000 firings").containsPattern(
                "fired most: PING-0[12] \\((?:49|50)\\d times\\), PING-0[12] \\((?:49|50)\\d times\\)");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_rule_set_that_runs_out_of_time_is_stopped_and_named() {
        // Short enough to stop the loop before it records its 10,000th window (a budget of its own).
        Evaluator.Limits limits = new Evaluator.Limits(Integer.MAX_VALUE, Duration.ofMillis(5));
        long start = System.nanoTime();

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> Evaluator.evaluate(selfFeeding, GENT, TODAY, EvaluationOptions.DEFAULT, limits));

        assertThat(e).isNotNull();
        // On a loaded machine the time may run out before the loop's own rule fired (either rule of it is named),
        // or before the worker got back to the guard between firings (then the rule is named by its matches).
        assertThat(e.getMessage()).contains("took longer than 5 ms")
                .containsPattern("(fired most|the rule with the most matches): LOOP-0[01] \\(\\d+ (times?|match(es)?)\\)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped soon after the limit").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_loop_is_refused_before_activation_by_the_trial_and_the_running_rules_stay(@TempDir Path dir)
            throws IOException, RuleSetException {
        for (Map.Entry<String, String> file : RuleTexts.alone("loop.drl", SELF_FEEDING).files().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        SosEngine engine = SosEngine.bundled();

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> engine.reload(dir));

        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).startsWith("loop.drl:16:").contains("on example case 1 of the trial")
                .contains("LOOP-01").contains("the rule set is refused");
        assertThat(engine.ruleSet().source()).as("the running rule set stays").isEqualTo("bundled");
        assertThat(engine.evaluate(GENT, TODAY).findings()).isNotNull();
        assertThat(catchThrowableOfType(RuleSetException.class, () -> SosEngine.fromDirectory(dir))).hasMessage(e.getMessage());
    }
}
