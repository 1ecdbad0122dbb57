package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.SosEngine;
import be.sos.views.Grouping;
import be.sos.views.Worklist;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos worklist CASES.jsonl|DIR}: across all open cases, what is overdue, due, blocking or
 * warning on the day and in the seven days after it ({@link Worklist}).
 */
@Command(name = "worklist", description = "Across all open cases: what is overdue, due, blocking or warning today and in the next 7 days.")
final class WorklistCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @Parameters(index = "0", paramLabel = "CASES.jsonl|DIR", description = "one case per line (- for standard input), or a directory of case files")
    private String input;

    @Option(names = "--office", paramLabel = "O", description = "only the cases of this office")
    private String office;

    @Option(names = "--by", paramLabel = "role|office", defaultValue = "role", description = "group by role or office (default: ${DEFAULT-VALUE})")
    private String by;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", description = "the format on standard output (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--out", paramLabel = "FILE.html", description = "also write the list as an HTML page")
    private Path out;

    @Option(names = "--ics", paramLabel = "FILE", description = "also write every open window of every open case as one iCalendar file")
    private Path ics;

    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    @Override
    public Integer call() {
        Grouping grouping = switch (by) {
            case "role" -> Grouping.ROLE;
            case "office" -> Grouping.OFFICE;
            default -> throw new InputException("--by: expected role or office");
        };
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new InputException("--format: expected text, json or csv");
        }
        Locale locale = day.locale();
        SosEngine engine = Inputs.engine(rules);
        CaseCorpus corpus = CaseCorpus.read(input, spec.commandLine().getErr());
        List<Case> cases = office == null ? corpus.cases() : corpus.cases().stream().filter(c -> c.office().equals(office)).toList();
        Worklist list = Worklist.of(cases, engine, day.today(), day.options());
        String text = switch (format) {
            case "json" -> list.json(grouping);
            case "csv" -> list.csv(grouping);
            default -> list.text(grouping);
        };
        if (out != null) {
            ViewOutput.write("--out", out, list.html(grouping));
        }
        if (ics != null) {
            ViewOutput.write("--ics", ics, ScheduleIcs.write(list.evaluations(), WorklistCommand::open, engine, Words.of(locale),
                    list.today(), "worklist"));
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return corpus.skipped() > 0 ? Sos.INPUT : 0;
    }

    /** A window still to be done: due, upcoming or overdue. */
    private static boolean open(be.sos.rules.ScheduleRow row) {
        return row.status() == MilestoneStatus.DUE || row.status() == MilestoneStatus.UPCOMING || row.status() == MilestoneStatus.OVERDUE;
    }
}
