package be.sos.cli;

import be.sos.views.Overview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos overview CASES.jsonl|DIR}: the steering group's figures over the cases petitioned in a
 * period, overall and per office ({@link Overview}).
 */
@Command(name = "overview", description = "The steering group's figures over the cases of a period, per office and overall: JSON, CSV or an HTML page.")
final class OverviewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @Parameters(index = "0", paramLabel = "CASES.jsonl|DIR", description = "one case per line (- for standard input), or a directory of case files")
    private String input;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "the first petition date counted")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last petition date counted")
    private LocalDate to;

    @Option(names = "--office", paramLabel = "O", description = "only the cases of this office")
    private String office;

    @Option(names = "--format", paramLabel = "json|csv", description = "the figures on standard output (default: json, unless --out is given)")
    private String format;

    @Option(names = "--out", paramLabel = "FILE.html", description = "write the overview as an HTML page")
    private Path out;

    @Option(names = "--min-cell", paramLabel = "N", defaultValue = "0", description = "show counts below N as \"< N\" (default: ${DEFAULT-VALUE}, show all)")
    private int minCell;

    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    @Override
    public Integer call() {
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new InputException("--format: expected json or csv");
        }
        if (minCell < 0) {
            throw new InputException("--min-cell: expected 0 or more");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InputException("--to: before --from");
        }
        CaseCorpus corpus = CaseCorpus.read(input, spec.commandLine().getErr());
        Overview overview = Overview.of(corpus.cases(), Inputs.engine(rules), day.today(), day.options(), from, to, office);
        if (out != null) {
            ViewOutput.write("--out", out, overview.html(minCell));
        }
        if (format != null || out == null) {
            spec.commandLine().getOut().print("csv".equals(format) ? overview.csv(minCell) : overview.json(minCell));
            spec.commandLine().getOut().flush();
        }
        return corpus.skipped() > 0 ? Sos.INPUT : 0;
    }
}
