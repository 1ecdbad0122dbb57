package be.sos.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The baseline does the same work as the engine: on generated cases and on the pilot case, day by
 * day, {@link HandWrittenChecks} gives the same schedule rows and the same findings (code and
 * subject) as the bundled rules without a portfolio.
 */
class HandWrittenChecksTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    /** How many generated cases, each evaluated on every day of {@link #DAYS}. */
    private static final int CASES = 600;
    private static final long SEED = 7_2026L;
    /** Days after the petition date: before, in and after the module, the extension, the HD end and the BMO. */
    private static final int[] DAYS = {0, 4, 10, 20, 35, 41, 50, 58, 70, 80};
    /** At most this many differences are listed in a failure message. */
    private static final int SHOWN = 10;

    @Test
    void generatedCasesGiveWhatTheEngineGives() {
        Comparison comparison = new Comparison();
        for (Case file : CaseGenerator.cases(SEED, CASES).toList()) {
            for (int offset : DAYS) {
                comparison.compare(file, file.petitionDate().plusDays(offset));
            }
        }
        comparison.assertSame();
        assertThat(comparison.evaluations).isEqualTo(CASES * DAYS.length);
        // every rule that works without a portfolio fired on some case and day: the checks were all exercised
        List<String> notFired = new ArrayList<>();
        for (String id : ENGINE.ruleIds()) {
            if (!id.startsWith("PROG-") && !comparison.fired.contains(id)) {
                notFired.add(id);
            }
        }
        assertThat(notFired).as("rules that never fired on the %d cases", CASES).isEmpty();
    }

    @Test
    void benchmarkCasesGiveWhatTheEngineGives() {
        List<Case> cases = Fixtures.generated();
        LocalDate[] days = Fixtures.generatedDays(cases);
        Comparison comparison = new Comparison();
        for (int i = 0; i < days.length; i++) {
            comparison.compare(cases.get(i), days[i]);
        }
        Case pilot = Fixtures.pilot();
        for (LocalDate day : Fixtures.pilotDays(pilot)) {
            comparison.compare(pilot, day);
        }
        for (int offset : DAYS) {
            comparison.compare(pilot, pilot.petitionDate().plusDays(offset));
        }
        comparison.assertSame();
    }

    /** Evaluates cases both ways and keeps the differences. */
    private static final class Comparison {
        private final List<String> differences = new ArrayList<>();
        private final Set<String> fired = new HashSet<>();
        private int evaluations;

        void compare(Case file, LocalDate day) {
            evaluations++;
            Evaluation evaluation = ENGINE.evaluate(file, day, EvaluationOptions.DEFAULT, fired::add);
            List<String> expected = new ArrayList<>(evaluation.schedule().size() + evaluation.findings().size());
            for (ScheduleRow row : evaluation.schedule()) {
                expected.add(row.milestone() + " " + row.status());
            }
            for (Finding finding : evaluation.findings()) {
                expected.add(finding.subject() == null ? finding.code() : finding.code() + " " + finding.subject());
            }
            List<String> actual = new ArrayList<>(HandWrittenChecks.evaluate(file, day));
            Collections.sort(expected);
            Collections.sort(actual);
            if (!expected.equals(actual)) {
                differences.add("case " + file.id() + " on " + day + " (day " + evaluation.day() + "): only the engine "
                        + minus(expected, actual) + ", only by hand " + minus(actual, expected));
            }
        }

        void assertSame() {
            assertThat(differences)
                    .withFailMessage(() -> differences.size() + " of " + evaluations + " evaluations differ (the baseline of the "
                            + "benchmarks must do what the bundled rules do: after a change to the rules, change HandWrittenChecks "
                            + "with it); the first:\n  "
                            + String.join("\n  ", differences.subList(0, Math.min(SHOWN, differences.size()))))
                    .isEmpty();
        }

        /** The strings of sorted {@code a} left after taking out those of {@code b}, one for one: still sorted. */
        private static List<String> minus(List<String> a, List<String> b) {
            List<String> left = new ArrayList<>(a);
            for (String s : b) {
                left.remove(s);
            }
            return left;
        }
    }
}
