package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos evaluate} and its errors, as the README and docs/evaluation-format.md say. */
class EvaluateCommandTest {
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String DENDERMONDE = PilotCases.casesDir().resolve("dendermonde-2019-02.json").toString();

    @TempDir
    Path tmp;

    @Test
    void evaluate_prints_the_evaluation_json_of_contract_section_3() throws IOException {
        CliRun run = CliRun.of("evaluate", GENT, "--today", "2019-01-18");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("caseId").asText()).isEqualTo("gent-2019-01");
        assertThat(json.get("today").asText()).isEqualTo("2019-01-18");
        assertThat(json.get("day").asInt()).isEqualTo(5);
        assertThat(json.get("rules").get("source").asText()).isEqualTo("bundled");
        assertThat(json.get("rules").get("fingerprint").asText()).hasSize(64);
        assertThat(json.get("clocks").get("moduleEnd").asText()).isEqualTo("2019-02-26");
        assertThat(json.get("clocks").get("extendedEnd").isNull()).isTrue();
        assertThat(json.get("eligibility").get("eligible").isBoolean()).isTrue();
        assertThat(json.get("schedule")).hasSize(19);
        JsonNode hearing = json.get("schedule").get(4);
        assertThat(hearing.get("milestone").asText()).isEqualTo("FIRST_HEARING");
        assertThat(hearing.get("from").asText()).isEqualTo("2019-01-16");
        assertThat(hearing.get("status").asText()).isEqualTo("DONE");
        assertThat(hearing.get("doneOn").asText()).isEqualTo("2019-01-17");
        assertThat(hearing.get("who").get(0).asText()).isEqualTo("JUDGE");
        assertThat(hearing.get("source").asText()).isEqualTo("§8 dag 3/4");
        assertThat(json.get("extension").get("requested").asBoolean()).isFalse();
        assertThat(json.get("metrics").get("directContactMinutes").asInt()).isEqualTo(150 + 120 + 180 + 90);
        JsonNode due = json.get("findings").get(json.get("findings").size() - 1);
        assertThat(due.get("code").asText()).isEqualTo("DEADLINE_DUE");
        assertThat(due.get("subject").asText()).isEqualTo("REFLECTING_TEAM_FIRST_MEETING");
        assertThat(due.get("message").asText()).startsWith("Te doen");
    }

    @Test
    void a_day_before_the_petition_is_said_on_standard_error_in_the_chosen_language() {
        CliRun nl = CliRun.of("evaluate", GENT, "--today", "2018-12-31", "--format", "text");
        assertThat(nl.code()).isZero();
        assertThat(nl.err()).contains("14 dag(en) vóór de verzoekdatum");
        CliRun en = CliRun.of("schedule", GENT, "--today", "2019-01-13", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.err()).contains("1 day(s) before the case's petition date");
        CliRun onThePetition = CliRun.of("evaluate", GENT, "--today", "2019-01-14");
        assertThat(onThePetition.err()).isEmpty();
    }

    @Test
    void evaluate_as_text_in_english() {
        CliRun run = CliRun.of("evaluate", DENDERMONDE, "--today", "2019-10-06", "--format", "text", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Case dendermonde-2019-02 on 2019-10-06 (day 2)", "Schedule:", "Findings:",
                "Assessment whether crisis guidance fits", "To do: the assessment whether crisis guidance fits");
        assertThat(run.out()).doesNotContain("CRISIS_GUIDANCE_ASSESSMENT", "UPCOMING", "NOT_APPLICABLE");
    }

    @Test
    void an_invalid_case_gives_exit_2_and_one_line_naming_the_json_path() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(GENT)).replace("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"2019-02-30\""));
        CliRun run = CliRun.of("evaluate", bad.toString(), "--today", "2019-03-01");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.json", "$.petitionDate", "regel 5", "kolom");
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "2019-02-30");
    }

    @Test
    void a_syntax_error_names_line_and_column() throws IOException {
        Path bad = tmp.resolve("syntax.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\" \"office\": \"GENT\"\n}\n");
        CliRun run = CliRun.of("evaluate", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("regel 3, kolom");
        assertThat(CliRun.of("evaluate", bad.toString(), "--lang", "en").err()).contains("line 3, column");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void usage_errors_give_exit_2_with_one_line() {
        assertThat(CliRun.of("evaluate", tmp.resolve("nothing.json").toString()).err()).contains("het bestand bestaat niet");
        assertThat(CliRun.of("evaluate", tmp.resolve("nothing.json").toString(), "--lang", "en").err()).contains("no such file");
        for (String[] args : new String[][] {
                {"evaluate", tmp.resolve("nothing.json").toString()},
                {"evaluate", GENT, "--today", "2019-13-01"},
                {"evaluate", GENT, "--format", "xml"},
                {"evaluate", GENT, "--lang", "fr"},
                {"evaluate", GENT, "--calendar", "lunar"},
                {"evaluate"},
                {"nosuchcommand"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).doesNotContain("\tat ");
        }
    }

    @Test
    void broken_rule_files_give_exit_3_with_file_line_and_column() throws IOException {
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        for (var file : be.sos.rules.SosEngine.class.getClassLoader().resources("be/sos/rules/drl/rules.index").toList()) {
            assertThat(file).isNotNull();
        }
        Files.writeString(rules.resolve("broken.drl"), "package be.sos.rules.drl;\n\nrule \"x\"\nwhen\n  Procedure(\nthen\nend\n");
        Files.writeString(rules.resolve("messages_nl.properties"), "");
        Files.writeString(rules.resolve("messages_en.properties"), "");
        CliRun run = CliRun.of("evaluate", GENT, "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("broken\\.drl:\\d+:\\d+: ");
    }
}
