package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.report.CaseReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sos report CASE.json --out FILE.html}: the case as one self-contained HTML page. */
@Command(name = "report", description = "Writes a self-contained HTML page of the case: timeline, Signs of Safety map, network, scaling, findings.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case file")
    private Path file;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the day of the evaluation (default: the system date)")
    private LocalDate today;

    @Option(names = "--calendar", paramLabel = "NAME", defaultValue = "calendar", description = "calendar or be-working-days (default: ${DEFAULT-VALUE})")
    private String calendar;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE})")
    private String lang;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "where to write the page")
    private Path out;

    @Override
    public Integer call() {
        Locale locale = Inputs.locale(lang);
        EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(locale).withCalendar(Inputs.calendar(calendar));
        Case file = Inputs.readCase(this.file);
        Evaluation evaluation = Inputs.engine(null).evaluate(file, today == null ? LocalDate.now() : today, options);
        String html = CaseReport.html(file, evaluation, locale);
        try {
            Files.writeString(out, html, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(out + ": cannot be written (no such directory)");
        } catch (IOException e) {
            throw new InputException(out + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        return 0;
    }
}
