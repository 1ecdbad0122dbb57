package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/rules.md, "Adding a criterion", done as the guide says: it validates and its scenarios pass. */
class RulesGuideTest {
    private static final Pattern STEP = Pattern.compile("<!-- guide: (append|write) (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void the_new_criterion_of_the_guide_validates_and_its_scenarios_pass() throws Exception {
        String guide = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("rules.md"));
        Path dir = tmp.resolve("my-rules");
        assertThat(CliRun.of("rules", "export", dir.toString()).code()).isZero();

        Matcher step = STEP.matcher(guide);
        int steps = 0;
        while (step.find()) {
            Path file = dir.resolve(step.group(2));
            if (step.group(1).equals("append")) {
                Files.writeString(file, Files.readString(file) + "\n" + step.group(3));
            } else {
                Files.writeString(file, step.group(3));
            }
            steps++;
        }
        assertThat(steps).as("the guide's steps").isEqualTo(4);

        CliRun validate = CliRun.of("rules", "validate", "--lang", "en", dir.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).startsWith("ok: 7 rule files, 70 rules, ");

        CliRun test = CliRun.of("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString(), "--verbose");
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("gevaarboodschap.yaml:1: Zonder gevaarboodschap kan de zaak niet starten",
                "Met een gevaarboodschap blokkeert dit criterium niet");
        List<String> lines = test.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed");

        ObjectMapper json = new ObjectMapper();
        ObjectNode withoutStatement = (ObjectNode) json.readTree(dir.resolve("scenarios/cases/nieuwe-zaak.json").toFile());
        withoutStatement.remove("dangerStatement");
        Path file = Files.writeString(tmp.resolve("zonder.json"), withoutStatement.toString());
        CliRun evaluate = CliRun.of("evaluate", file.toString(), "--today", "2024-01-08", "--rules", dir.toString(), "--lang", "en");
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        JsonNode evaluation = json.readTree(evaluate.out());
        assertThat(evaluation.get("eligibility").get("blockers").toString()).isEqualTo("[\"SEL_NO_DANGER_STATEMENT\"]");
        assertThat(evaluation.get("findings").get(0).get("ruleId").asText()).isEqualTo("SEL-09");
        assertThat(evaluation.get("findings").get(0).get("message").asText())
                .isEqualTo("Selection: the concerns have not been put into a danger statement yet.");
    }
}
