package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationJson;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos schedule CASE.json}: the case's milestone agenda as a table (or as JSON), and with
 * {@code --ics} as an iCalendar file with one all-day event per milestone window.
 */
@Command(name = "schedule", description = "The milestone agenda of one case as a table; --ics also writes it as an iCalendar file.")
final class ScheduleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @Mixin
    private RulesOption rules;

    @Mixin
    private PortfolioOption portfolio;

    @Parameters(index = "0", paramLabel = "CASE.json", descriptionKey = "case", description = "the case file")
    private Path file;

    @Mixin
    private Options.Ics icsOption;

    @Mixin
    private Options.Format formatOption;

    @Override
    public Integer call() {
        String format = formatOption.chosen("text", "json");
        Path ics = icsOption.path();
        Words words = Words.of(this.day.locale());
        ProcedureCalendar chosen = this.day.calendar();
        Case file = Inputs.readCase(this.file);
        SosEngine engine = rules.engine();
        LocalDate day = this.day.todayFor(file, spec.commandLine().getErr());
        EvaluationOptions options = portfolio.apply(EvaluationOptions.DEFAULT.withLocale(words.locale()).withAsOf(this.day.options().asOf()));
        Evaluation evaluation = engine.evaluate(file, day, options.withCalendar(chosen));
        // The file first: when it cannot be written, nothing else is printed but the error.
        if (ics != null) {
            Inputs.write("--ics", ics, ScheduleIcs.write(evaluation, engine, words));
        }
        if (format.equals("json")) {
            spec.commandLine().getOut().print(json(evaluation));
        } else {
            // The same case on calendar days shows which last days the chosen calendar moved.
            Evaluation onCalendarDays = chosen == ProcedureCalendar.CALENDAR_DAYS ? null : engine.evaluate(file, day, options);
            spec.commandLine().getOut().print(ScheduleTable.render(evaluation, onCalendarDays, engine, words));
        }
        if (ics != null) {
            long events = evaluation.schedule().stream().filter(r -> r.from() != null && r.to() != null).count();
            if (!format.equals("json")) {
                spec.commandLine().getOut().println();
            }
            Inputs.wrote(spec, format.equals("json"), words.get("wrote.ics", ics, events));
        }
        return 0;
    }

    private static String json(Evaluation evaluation) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode all = (ObjectNode) mapper.readTree(EvaluationJson.writeBytes(evaluation));
            ObjectNode out = mapper.createObjectNode();
            for (String field : new String[] {"caseId", "today", "day", "calendar", "schedule"}) {
                out.set(field, all.get(field));
            }
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
