package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos schedule CASE.json}: the case's milestone agenda as a table, and with {@code --ics}
 * as an iCalendar file with one all-day event per milestone window.
 */
@Command(name = "schedule", description = "The milestone agenda of one case as a table; --ics also writes it as an iCalendar file.")
final class ScheduleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case file")
    private Path file;

    @Option(names = "--ics", paramLabel = "FILE", description = "also write the agenda as an iCalendar file (RFC 5545)")
    private Path ics;

    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    @Override
    public Integer call() {
        Locale locale = this.day.locale();
        ProcedureCalendar chosen = this.day.calendar();
        Case file = Inputs.readCase(this.file);
        SosEngine engine = Inputs.engine(rules);
        LocalDate day = this.day.todayFor(file, spec.commandLine().getErr());
        EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(locale).withAsOf(this.day.options().asOf());
        Evaluation evaluation = engine.evaluate(file, day, options.withCalendar(chosen));
        // The same case on calendar days shows which last days the chosen calendar moved.
        Evaluation onCalendarDays = chosen == ProcedureCalendar.CALENDAR_DAYS ? null : engine.evaluate(file, day, options);
        Function<EventType, String> label = m -> engine.label("subject." + m, locale).orElse(m.name());

        String table = ScheduleTable.render(evaluation, onCalendarDays, label, locale);
        if (ics != null) {
            write(ics, ScheduleIcs.write(evaluation, label, locale));
            long events = evaluation.schedule().stream().filter(r -> r.from() != null && r.to() != null).count();
            table += "\niCalendar: " + ics + " (" + events + ("en".equals(locale.getLanguage()) ? " windows" : " termijnen") + ")\n";
        }
        spec.commandLine().getOut().print(table);
        return 0;
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (NoSuchFileException e) {
            throw new InputException("--ics " + target + ": no such directory");
        } catch (IOException e) {
            throw new InputException("--ics " + target + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }
}
