package be.sos.benchmarks;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One candidate evaluated with the programme rules against a region's history ({@code --portfolio}):
 * a portfolio of 1,000 or 10,000 generated cases, the candidates taken from it in turn, each on
 * its petition date. The bound: well under 100 ms per candidate with 10,000 cases.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PortfolioBenchmark {
    @Param({"1000", "10000"})
    private int cases;

    private SosEngine engine;
    private List<Case> portfolio;
    private EvaluationOptions options;
    private int next;

    /** Generates the portfolio once per fork. */
    @Setup
    public void setUp() {
        engine = SosEngine.bundled();
        portfolio = CaseGenerator.cases(20_260_301L, cases).toList();
        options = EvaluationOptions.DEFAULT.withPortfolio(portfolio);
        // The first evaluations of a JVM run interpreted: with a large portfolio the first one can
        // take longer than the 2 s guard on a busy machine. Warm up with a small portfolio first.
        EvaluationOptions small = EvaluationOptions.DEFAULT.withPortfolio(portfolio.subList(0, 200));
        for (int i = 0; i < 400; i++) {
            Case candidate = portfolio.get(i % 200);
            engine.evaluate(candidate, candidate.petitionDate(), small);
        }
    }

    /** A candidate of the portfolio, on its petition date, against all the others. */
    @Benchmark
    public Evaluation candidate() {
        Case candidate = portfolio.get(next++ % portfolio.size());
        return engine.evaluate(candidate, candidate.petitionDate(), options);
    }
}
