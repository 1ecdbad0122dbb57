package be.sos.cli;

import be.sos.views.Overview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    private Options.Corpus corpus;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "the first petition date counted")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last petition date counted")
    private LocalDate to;

    @Mixin
    private Options.Format format;

    @Mixin
    private Options.Out out;

    @Option(names = "--min-cell", paramLabel = "N", defaultValue = "0", description = "show counts below N as \"< N\" (default: ${DEFAULT-VALUE}, show all)")
    private int minCell;

    @Mixin
    private RulesOption rules;

    @Override
    public Integer call() {
        String format = this.format.chosen("json", "csv");
        if (minCell < 0) {
            throw InputException.of("overview.minCell");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InputException.of("overview.toBeforeFrom");
        }
        Words words = Words.of(day.locale());
        CaseCorpus read = CaseCorpus.read(corpus.input(), spec.commandLine().getErr(), words);
        Overview overview = Overview.of(read.cases(), rules.engine(), day.today(), day.options(), from, to, corpus.office());
        Path page = out.path();
        if (page != null) {
            Inputs.write("--out", page, overview.html(minCell));
        }
        // Without --format, an overview written as a page prints nothing else.
        boolean data = this.format.given() || page == null;
        if (data) {
            spec.commandLine().getOut().print(format.equals("csv") ? overview.csv(minCell) : overview.json(minCell));
            spec.commandLine().getOut().flush();
        }
        if (page != null) {
            Inputs.wrote(spec, data, words.get("wrote.page", page));
        }
        return read.skipped() > 0 ? Sos.INPUT : 0;
    }
}
