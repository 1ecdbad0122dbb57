package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.testkit.PilotCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule directory written from the bundled rule files is the bundled rule set: same fingerprint, same evaluations. */
class RuleDirectoryTest {
    @TempDir
    static Path dir;

    private static SosEngine fromFiles;

    @BeforeAll
    static void export() throws Exception {
        for (Map.Entry<String, String> file : Engines.bundled().ruleFiles().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/notes.yaml"), "not a rule file");
        Files.writeString(dir.resolve("README.txt"), "neither");
        fromFiles = SosEngine.fromDirectory(dir);
    }

    @Test
    void the_bundled_rule_files_are_every_file_of_the_index() {
        assertThat(Engines.bundled().ruleFiles().keySet()).containsExactlyInAnyOrder("closure.drl", "deadlines.drl", "extension.drl",
                "monitoring.drl", "plan.drl", "programme.drl", "selection.drl", "procedure.properties",
                "messages_nl.properties", "messages_en.properties");
    }

    @Test
    void the_same_files_have_the_same_fingerprint_wherever_they_come_from() {
        assertThat(fromFiles.ruleSet().source()).isEqualTo(dir.toString());
        assertThat(fromFiles.ruleSet().fingerprint()).isEqualTo(Engines.bundled().ruleSet().fingerprint());
        assertThat(fromFiles.ruleIds()).isEqualTo(Engines.bundled().ruleIds());
    }

    @Test
    void the_same_files_give_byte_identical_evaluations_but_for_the_source() throws Exception {
        for (Case c : java.util.List.of(PilotCases.gent(), PilotCases.dendermonde())) {
            for (int day = 1; day <= 80; day += 7) {
                LocalDate today = c.petitionDate().plusDays(day - 1L);
                String bundled = EvaluationJson.write(Engines.bundled().evaluate(c, today));
                String loaded = EvaluationJson.write(fromFiles.evaluate(c, today));
                assertThat(loaded.replace("\"source\":" + quoted(dir.toString()), "\"source\":\"bundled\"")).isEqualTo(bundled);
            }
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\") + "\"";
    }
}
