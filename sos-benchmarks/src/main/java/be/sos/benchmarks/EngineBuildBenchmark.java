package be.sos.benchmarks;

import be.sos.rules.internal.CompiledRuleSet;
import be.sos.rules.internal.RuleFiles;
import be.sos.rules.internal.RuleSetCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * What loading a rule set costs: the bundled rules (compiled at build time) and an exported,
 * edited rule directory compiled at load time (a policy reload). One shot per iteration; the first
 * iterations include the JVM's own warm-up, as a real start-up or reload does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(2)
public class EngineBuildBenchmark {
    private Path exported;

    /** Writes the bundled rule files into a directory, as {@code sos rules export} does. */
    @Setup
    public void export() throws IOException {
        exported = Files.createTempDirectory("sos-rules");
        for (Map.Entry<String, String> file : RuleFiles.bundled().files().entrySet()) {
            Files.writeString(exported.resolve(file.getKey()), file.getValue());
        }
    }

    /** The bundled rules, from the classes compiled at build time. */
    @Benchmark
    public CompiledRuleSet bundled() throws Exception {
        return RuleSetCompiler.bundled();
    }

    /** An exported rule directory, checked and compiled at load time. */
    @Benchmark
    public CompiledRuleSet directory() throws Exception {
        return RuleSetCompiler.compile(RuleFiles.directory(exported));
    }
}
