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

    @Mixin
    private Options.Corpus corpus;

    @Option(names = "--by", paramLabel = "role|office", defaultValue = "role", description = "group by role or office (default: ${DEFAULT-VALUE})")
    private String by;

    @Mixin
    private Options.Format format;

    @Mixin
    private Options.Out out;

    @Mixin
    private Options.Ics ics;

    @Mixin
    private RulesOption rules;

    @Override
    public Integer call() {
        Grouping grouping = switch (by.toLowerCase(Locale.ROOT)) {
            case "role" -> Grouping.ROLE;
            case "office" -> Grouping.OFFICE;
            default -> throw InputException.of("worklist.by");
        };
        String format = this.format.chosen("text", "json", "csv");
        Locale locale = day.locale();
        Words words = Words.of(locale);
        SosEngine engine = rules.engine();
        CaseCorpus read = CaseCorpus.read(corpus.input(), spec.commandLine().getErr(), words);
        String office = corpus.office();
        List<Case> cases = office == null ? read.cases() : read.cases().stream().filter(c -> c.office().equals(office)).toList();
        Worklist list = Worklist.of(cases, engine, day.today(), day.options());
        String text = switch (format) {
            case "json" -> list.json(grouping);
            case "csv" -> list.csv(grouping);
            default -> list.text(grouping);
        };
        // The files first: when one cannot be written, nothing else is printed but the error.
        Path page = out.path();
        if (page != null) {
            Inputs.write("--out", page, list.html(grouping));
        }
        Path calendar = ics.path();
        if (calendar != null) {
            Inputs.write("--ics", calendar, ScheduleIcs.write(list.evaluations(), WorklistCommand::open, engine, words,
                    list.today(), "worklist"));
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        boolean data = !format.equals("text");
        if (page != null) {
            Inputs.wrote(spec, data, words.get("wrote.page", page));
        }
        if (calendar != null) {
            Inputs.wrote(spec, data, words.get("wrote.icsAll", calendar));
        }
        return read.skipped() > 0 ? Sos.INPUT : 0;
    }

    /** A window still to be done: due, upcoming or overdue. */
    private static boolean open(be.sos.rules.ScheduleRow row) {
        return row.status() == MilestoneStatus.DUE || row.status() == MilestoneStatus.UPCOMING || row.status() == MilestoneStatus.OVERDUE;
    }
}
