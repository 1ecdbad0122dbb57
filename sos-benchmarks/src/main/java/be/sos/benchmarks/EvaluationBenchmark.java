package be.sos.benchmarks;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation with the full bundled rule set, single thread, against the hand-written baseline
 * of the same checks (every bundled rule that works without a portfolio). Median time per case
 * ({@code p0.50}) and, with the GC profiler, bytes allocated per case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EvaluationBenchmark {
    private SosEngine engine;
    private Case pilot;
    private LocalDate[] pilotDays;
    private List<Case> generated;
    private LocalDate[] generatedDays;
    private int next;

    /** Builds the engine and the cases once per fork. */
    @Setup
    public void setUp() {
        engine = SosEngine.bundled();
        pilot = Fixtures.pilot();
        pilotDays = Fixtures.pilotDays(pilot);
        generated = Fixtures.generated();
        generatedDays = Fixtures.generatedDays(generated);
    }

    /** Pilot case 1 on day 5, 15, 30 or 45, in turn. */
    @Benchmark
    public Evaluation pilotCase() {
        return engine.evaluate(pilot, pilotDays[next++ & 3]);
    }

    /** A generated case on a day of its procedure, in turn. */
    @Benchmark
    public Evaluation generatedCase() {
        int i = next++ & (Fixtures.GENERATED - 1);
        return engine.evaluate(generated.get(i), generatedDays[i]);
    }

    /** The baseline: pilot case 1, the same checks by hand. */
    @Benchmark
    public List<String> pilotCaseByHand() {
        return HandWrittenChecks.evaluate(pilot, pilotDays[next++ & 3]);
    }

    /** The baseline: a generated case, the same checks by hand. */
    @Benchmark
    public List<String> generatedCaseByHand() {
        int i = next++ & (Fixtures.GENERATED - 1);
        return HandWrittenChecks.evaluate(generated.get(i), generatedDays[i]);
    }
}
