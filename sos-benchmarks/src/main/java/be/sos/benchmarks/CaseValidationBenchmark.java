package be.sos.benchmarks;

import be.sos.core.json.CaseJson;
import be.sos.core.json.Problem;
import be.sos.core.model.Case;
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
 * What {@code SosEngine.evaluate} adds per case by checking it ({@link CaseJson#validate(Case)}: ids
 * and references), on the generated cases of {@link EvaluationBenchmark}. Median time per case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CaseValidationBenchmark {
    private List<Case> generated;
    private int next;

    /** Makes the cases once per fork. */
    @Setup
    public void setUp() {
        generated = Fixtures.generated();
    }

    /** The checks on a generated case, in turn. */
    @Benchmark
    public List<Problem> generatedCase() {
        return CaseJson.validate(generated.get(next++ & (Fixtures.GENERATED - 1)));
    }
}
