package be.sos.cli;

import be.sos.core.generate.CaseGenerator;
import be.sos.core.json.CaseJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sos generate --count N [--seed S]}: synthetic, valid, varied cases as JSON lines. */
@Command(name = "generate", description = "Writes N synthetic cases as JSON lines, dated around today; the same seed and day give the same cases.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many cases")
    private int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "date the cases around this day, as batch and evaluate will see them (default: the system date)")
    private LocalDate today;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new InputException("--count: must not be negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        CaseGenerator generator = CaseGenerator.withSeed(seed).around(today == null ? LocalDate.now() : today);
        for (int i = 0; i < count; i++) {
            out.println(CaseJson.write(generator.next()));
        }
        out.flush();
        return 0;
    }
}
