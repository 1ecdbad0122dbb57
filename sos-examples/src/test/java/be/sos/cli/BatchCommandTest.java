package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos batch} and {@code sos generate}. */
class BatchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void batch_writes_one_evaluation_per_line_in_input_order_exactly_as_single_evaluations() throws IOException {
        List<Case> cases = CaseGenerator.cases(11, 300).toList();
        Path input = tmp.resolve("cases.jsonl");
        Files.writeString(input, cases.stream().map(CaseJson::write).collect(Collectors.joining("\n", "", "\n")));

        CliRun run = CliRun.of("batch", input.toString(), "--today", "2024-03-01", "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(300);
        SosEngine engine = SosEngine.bundled();
        for (int i = 0; i < cases.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(EvaluationJson.write(engine.evaluate(cases.get(i), LocalDate.of(2024, 3, 1))));
        }
    }

    @Test
    void a_bad_line_gives_an_error_line_and_the_batch_goes_on_with_exit_2_at_the_end() throws IOException {
        List<String> input = new ArrayList<>();
        CaseGenerator.cases(3, 4).map(CaseJson::write).forEach(input::add);
        input.add(1, "{\"schemaVersion\": 1, \"id\": \"x\"}");
        input.add(3, "not json at all");
        Path file = tmp.resolve("mixed.jsonl");
        Files.write(file, input);

        CliRun run = CliRun.of("batch", file.toString(), "--today", "2024-03-01");
        assertThat(run.code()).isEqualTo(2);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(6);
        ObjectMapper json = new ObjectMapper();
        JsonNode missing = json.readTree(lines.get(1));
        assertThat(missing.get("line").asInt()).isEqualTo(2);
        assertThat(missing.get("error").asText()).contains("$.office");
        JsonNode syntax = json.readTree(lines.get(3));
        assertThat(syntax.get("line").asInt()).isEqualTo(4);
        assertThat(syntax.get("error").asText()).contains("ongeldige JSON");
        assertThat(json.readTree(lines.get(5)).get("caseId").asText()).isEqualTo("gen-3-4");
    }

    @Test
    void a_missing_input_file_is_an_input_error() {
        CliRun run = CliRun.of("batch", tmp.resolve("none.jsonl").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void generate_gives_the_same_valid_cases_for_the_same_seed() throws Exception {
        CliRun first = CliRun.of("generate", "--count", "25", "--seed", "42", "--today", "2026-11-30");
        CliRun again = CliRun.of("generate", "--count", "25", "--seed", "42", "--today", "2026-11-30");
        CliRun other = CliRun.of("generate", "--count", "25", "--seed", "43", "--today", "2026-11-30");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(again.out()).isNotEqualTo(other.out());
        List<String> lines = first.out().lines().toList();
        assertThat(lines).hasSize(25);
        for (String line : lines) {
            assertThat(CaseJson.read(line).id()).startsWith("gen-42-");
        }
    }
}
