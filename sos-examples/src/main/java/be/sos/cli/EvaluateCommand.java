package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationJson;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sos evaluate CASE.json}: one case's evaluation, as JSON or text. */
@Command(name = "evaluate", description = "Evaluates one case: clocks, schedule, findings, metrics.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @Parameters(index = "0", paramLabel = "CASE.json", descriptionKey = "case", description = "the case file")
    private Path file;

    @Mixin
    private RulesOption rules;

    @Mixin
    private PortfolioOption portfolio;

    @Mixin
    private Options.Format format;

    @Override
    public Integer call() {
        String format = this.format.chosen("json", "text");
        EvaluationOptions options = day.options();
        Case file = Inputs.readCase(this.file);
        options = portfolio.apply(options);
        SosEngine engine = rules.engine();
        Evaluation evaluation = engine.evaluate(file, day.todayFor(file, spec.commandLine().getErr()), options);
        spec.commandLine().getOut().print(format.equals("json")
                ? EvaluationJson.writePretty(evaluation) + "\n"
                : TextReport.render(evaluation, engine, Words.of(options.locale())));
        return 0;
    }
}
