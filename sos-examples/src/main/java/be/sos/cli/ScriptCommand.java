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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sos script CASE.json --out FILE.docx|FILE.html}: the draft closing script of a case ({@link ClosingScript}). */
@Command(name = "script", description = "Writes a draft of the closing script of a case, with its facts in place: a Word document (.docx) or an HTML page.")
final class ScriptCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case file")
    private Path file;

    @Mixin
    private DayOptions day;

    @Option(names = "--out", paramLabel = "FILE.docx|FILE.html", required = true, description = "where to write the script; its extension chooses the format")
    private Path out;

    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    @Override
    public Integer call() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean docx = name.endsWith(".docx");
        if (!docx && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new InputException("--out: expected a .docx or .html file");
        }
        Locale locale = day.locale();
        Case file = Inputs.readCase(this.file);
        SosEngine engine = Inputs.engine(rules);
        Evaluation evaluation = engine.evaluate(file, day.today(), day.options());
        ClosingScript script = ClosingScript.of(file, evaluation, engine, locale);
        if (docx) {
            ViewOutput.write("--out", out, script.docx());
        } else {
            ViewOutput.write("--out", out, script.html());
        }
        return 0;
    }
}
