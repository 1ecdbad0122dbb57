package be.sos.rules.loader;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Run by {@link DependencyFloorTest} in a JVM of its own, on the oldest Jackson and SLF4J the
 * library allows: reads a case file, evaluates it with the bundled rules and reads the
 * evaluation back. Prints the versions it ran on, then the evaluation JSON.
 */
public final class FloorProbe {
    private FloorProbe() {}

    /** {@code args}: the case file and the day. */
    public static void main(String[] args) throws Exception {
        Case c = CaseJson.read(Path.of(args[0]));
        Evaluation evaluation = SosEngine.bundled().evaluate(c, LocalDate.parse(args[1]));
        String json = EvaluationJson.write(evaluation);
        if (!EvaluationJson.write(EvaluationJson.read(json)).equals(json)) {
            throw new AssertionError("the evaluation does not read back the same");
        }
        if (!CaseJson.write(CaseJson.read(CaseJson.write(c))).equals(CaseJson.write(c))) {
            throw new AssertionError("the case does not read back the same");
        }
        // the limits against hostile input still hold on the floor
        String tooLong = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"office\"\\s*:\\s*\"[A-Z]+\"", "\"office\":\"" + "A".repeat(CaseJson.MAX_STRING_CHARS + 1) + "\"");
        try {
            CaseJson.read(tooLong);
            throw new AssertionError("a string over the limit was read");
        } catch (InvalidCaseException e) {
            System.out.println("limit: " + e.getMessage());
        }
        System.out.println("jackson: " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        System.out.println("slf4j: " + Path.of(org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getFileName());
        System.out.println("evaluation: " + json);
    }
}
