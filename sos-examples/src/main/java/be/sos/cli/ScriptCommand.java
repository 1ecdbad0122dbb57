package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.SosEngine;
import be.sos.views.ClosingScript;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sos script CASE.json --out FILE.docx|FILE.html}: the draft closing script of a case ({@link ClosingScript}). */
@Command(name = "script", modelTransformer = Options.Out.Required.class, description = "Writes a draft of the closing script of a case, with its facts in place: a Word document (.docx) or an HTML page.")
final class ScriptCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.json", descriptionKey = "case", description = "the case file")
    private Path file;

    @Mixin
    private DayOptions day;

    @Mixin
    private Options.Out outOption;

    @Mixin
    private RulesOption rules;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path out = outOption.path();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean docx = name.endsWith(".docx");
        if (!docx && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw InputException.of("script.out");
        }
        Locale locale = day.locale();
        Case file = Inputs.readCase(this.file);
        SosEngine engine = rules.engine();
        Evaluation evaluation = engine.evaluate(file, day.today(), day.options());
        ClosingScript script = ClosingScript.of(file, evaluation, engine, locale);
        if (docx) {
            Inputs.write("--out", out, script.docx());
        } else {
            Inputs.write("--out", out, script.html());
        }
        Inputs.wrote(spec, false, Words.of(locale).get("wrote.script", out));
        return 0;
    }
}
