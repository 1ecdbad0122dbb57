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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sos report CASE.json --out FILE.html}: the case as one self-contained HTML page. */
@Command(name = "report", description = "Writes a self-contained HTML page of the case: timeline, Signs of Safety map, network, scaling, findings.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case file")
    private Path file;

    @Mixin
    private DayOptions day;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "where to write the page")
    private Path out;

    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    @Override
    public Integer call() {
        Locale locale = day.locale();
        EvaluationOptions options = day.options();
        Case file = Inputs.readCase(this.file);
        Evaluation evaluation = Inputs.engine(rules).evaluate(file, day.todayFor(file, spec.commandLine().getErr()), options);
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
