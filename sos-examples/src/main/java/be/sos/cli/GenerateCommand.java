package be.sos.cli;

import be.sos.testkit.CaseGenerator;
import be.sos.core.json.CaseJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sos generate --count N [--seed S]}: synthetic, valid, varied cases as JSON lines. */
@Command(name = "generate", description = "Writes N synthetic cases as JSON lines, dated around today; the same seed and day give the same cases.")
final class GenerateCommand implements Callable<Integer> {
    /** The first day generated cases may be dated around: their dates stay after 1900. */
    static final LocalDate FIRST_DAY = LocalDate.of(1930, 1, 1);
    /** The last day generated cases may be dated around: their dates stay before 2201. */
    static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    @Spec
    private CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many cases")
    private int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Mixin
    private Options.Today today;

    @Mixin
    private Options.Lang lang;

    @Override
    public Integer call() {
        lang.locale();
        if (count < 0) {
            throw InputException.of("input.count");
        }
        LocalDate day = today.today();
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            // the cases reach some 27 years before the day and a year after it: their dates must stay readable
            throw InputException.of("generate.today", FIRST_DAY, LAST_DAY);
        }
        PrintWriter out = spec.commandLine().getOut();
        CaseGenerator generator = CaseGenerator.withSeed(seed).around(day);
        for (int i = 0; i < count; i++) {
            out.println(CaseJson.write(generator.next()));
        }
        out.flush();
        return 0;
    }
}
