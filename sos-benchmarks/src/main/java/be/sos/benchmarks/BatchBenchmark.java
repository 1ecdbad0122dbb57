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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Throughput of one shared engine on two threads, as a nightly batch uses it: cases per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class BatchBenchmark {
    private SosEngine engine;
    private List<Case> generated;
    private LocalDate[] days;

    /** Builds the engine and the cases. */
    @Setup
    public void setUp() {
        engine = SosEngine.bundled();
        generated = Fixtures.generated();
        days = Fixtures.generatedDays(generated);
    }

    /** Each thread's own position in the cases. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** A generated case on a day of its procedure. */
    @Benchmark
    public Evaluation twoThreads(Cursor cursor) {
        int i = cursor.next++ & (Fixtures.GENERATED - 1);
        return engine.evaluate(generated.get(i), days[i]);
    }
}
