package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.report.CaseReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sos report CASE.json --out FILE.html}: the case as one self-contained HTML page. */
@Command(name = "report", modelTransformer = Options.Out.Required.class, description = "Writes a self-contained HTML page of the case: timeline, Signs of Safety map, network, scaling, findings.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.json", descriptionKey = "case", description = "the case file")
    private Path file;

    @Mixin
    private DayOptions day;

    @Mixin
    private RulesOption rules;

    @Mixin
    private PortfolioOption portfolio;

    @Spec
    private CommandSpec spec;

    @Mixin
    private Options.Out outOption;

    @Override
    public Integer call() {
        Path out = outOption.path();
        Locale locale = day.locale();
        EvaluationOptions options = portfolio.apply(day.options());
        Case file = Inputs.readCase(this.file);
        Evaluation evaluation = rules.engine().evaluate(file, day.todayFor(file, spec.commandLine().getErr()), options);
        String html = CaseReport.html(file, evaluation, locale);
        Inputs.write("--out", out, html.getBytes(StandardCharsets.UTF_8));
        Inputs.wrote(spec, false, Words.of(locale).get("wrote.report", out));
        return 0;
    }
}
