package be.sos.rules.loader;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a host does with the engine, run by {@link ContextClassLoaderTest} inside a class loader of
 * its own while the thread's context class loader is another one: every step's evaluation JSON.
 */
public final class ForeignLoaderProbe {
    private ForeignLoaderProbe() {}

    /** Loads the bundled rules, a rule directory and a reload, and evaluates the case with each. */
    public static List<String> run(String caseJson, String today, String workDir) throws Exception {
        Case c = CaseJson.read(caseJson);
        LocalDate day = LocalDate.parse(today);
        List<String> results = new ArrayList<>();
        SosEngine bundled = SosEngine.bundled();
        results.add(EvaluationJson.write(bundled.evaluate(c, day)));

        Path rules = Files.createDirectories(Path.of(workDir, "rules"));
        for (Map.Entry<String, String> file : bundled.ruleFiles().entrySet()) {
            Path target = rules.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        SosEngine fromDirectory = SosEngine.fromDirectory(rules);
        results.add(EvaluationJson.write(fromDirectory.evaluate(c, day)));
        fromDirectory.reload(rules);
        results.add(EvaluationJson.write(fromDirectory.evaluate(c, day)));
        results.add(EvaluationJson.read(results.get(0)).caseId());
        return results;
    }
}
