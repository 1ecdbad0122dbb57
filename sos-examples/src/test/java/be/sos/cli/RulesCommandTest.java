package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos rules export|validate|test}, and {@code evaluate} and {@code batch} with an edited rule directory. */
class RulesCommandTest {
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String BUNDLED_FINGERPRINT = SosEngine.bundled().ruleSet().fingerprint();

    @TempDir
    Path tmp;

    private Path export() {
        return CliRun.exportRules(tmp.resolve("my-rules"));
    }

    private static JsonNode row(JsonNode evaluation, String milestone) {
        for (JsonNode row : evaluation.get("schedule")) {
            if (row.get("milestone").asText().equals(milestone)) {
                return row;
            }
        }
        throw new AssertionError("no row " + milestone);
    }

    @Test
    void export_writes_every_bundled_rule_file_and_the_scenarios() throws IOException {
        Path dir = tmp.resolve("new/my-rules");
        CliRun run = CliRun.of("rules", "export", dir.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("exported 10 rule files to " + dir + " and ").contains(" scenario files to " + dir.resolve("scenarios"));
        for (String name : List.of("deadlines.drl", "selection.drl", "programme.drl", "extension.drl", "plan.drl", "monitoring.drl",
                "closure.drl", "procedure.properties", "messages_nl.properties", "messages_en.properties")) {
            assertThat(dir.resolve(name)).isRegularFile();
            assertThat(Files.readString(dir.resolve(name))).isEqualTo(SosEngine.bundled().ruleFiles().get(name));
        }
        assertThat(dir.resolve("scenarios/deadlines.yaml")).isRegularFile();
        assertThat(dir.resolve("scenarios/cases/standaard.json")).isRegularFile();
    }

    @Test
    void an_exported_directory_evaluates_exactly_as_the_bundled_rules_with_the_same_fingerprint() throws IOException {
        Path dir = export();
        CliRun bundled = CliRun.of("evaluate", GENT, "--today", "2019-02-01");
        CliRun loaded = CliRun.of("evaluate", GENT, "--today", "2019-02-01", "--rules", dir.toString());
        assertThat(loaded.code()).as(loaded.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(loaded.out());
        assertThat(json.get("rules").get("source").asText()).isEqualTo(dir.toString());
        assertThat(json.get("rules").get("fingerprint").asText()).isEqualTo(BUNDLED_FINGERPRINT);
        String source = new ObjectMapper().writeValueAsString(dir.toString());
        assertThat(loaded.out().replace("\"source\" : " + source, "\"source\" : \"bundled\"")).isEqualTo(bundled.out());
    }

    @Test
    void export_again_changes_nothing_and_refuses_to_overwrite_an_edited_file_unless_forced() throws IOException {
        Path dir = export();
        CliRun again = CliRun.of("rules", "export", dir.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("(0 geschreven, ");

        Path deadlines = dir.resolve("deadlines.drl");
        Files.writeString(deadlines, Files.readString(deadlines) + "\n// edited\n");
        CliRun refused = CliRun.of("rules", "export", dir.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err()).contains("deadlines.drl: bestaat al en verschilt", "--force");
        assertThat(Files.readString(deadlines)).endsWith("// edited\n");

        CliRun forced = CliRun.of("rules", "export", dir.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("(1 geschreven, ", "1 overschreven)");
        assertThat(Files.readString(deadlines)).isEqualTo(SosEngine.bundled().ruleFiles().get("deadlines.drl"));
    }

    @Test
    void export_to_a_place_that_cannot_be_written_gives_exit_2_and_one_line() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        for (Path dir : List.of(file, file.resolve("sub"))) {
            CliRun run = CliRun.of("rules", "export", dir.toString());
            assertThat(run.code()).as(dir.toString()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("sos: " + dir).doesNotContain("\tat ");
        }
    }

    @Test
    void export_force_never_writes_through_a_symbolic_link() throws IOException {
        Path dir = export();
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "niet overschrijven\n");
        Files.delete(dir.resolve("closure.drl"));
        Files.createSymbolicLink(dir.resolve("closure.drl"), outside);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path scenarios = dir.resolve(RulesCommand.SCENARIOS);
        try (var files = Files.list(scenarios)) {
            for (Path f : files.toList()) {
                Files.move(f, elsewhere.resolve(f.getFileName()));
            }
        }
        Files.delete(scenarios);
        Files.createSymbolicLink(scenarios, elsewhere);

        CliRun run = CliRun.of("rules", "export", dir.toString(), "--force");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("is een symbolische koppeling").doesNotContain("\tat ");
        assertThat(Files.readString(outside)).isEqualTo("niet overschrijven\n");
    }

    @Test
    void validate_refuses_a_rule_file_that_is_a_symbolic_link_with_exit_3() throws IOException {
        Path dir = export();
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "geheim\n");
        Files.createSymbolicLink(dir.resolve("extra.drl"), outside);

        CliRun run = CliRun.of("rules", "validate", dir.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("extra.drl:0:0: is a symbolic link; rule files are read only when they are plain files "
                + "in the rule directory");
        assertThat(CliRun.of("rules", "validate", dir.toString()).err().strip()).isEqualTo("extra.drl:0:0: is een symbolische link; "
                + "regelbestanden worden alleen gelezen als het gewone bestanden in de regelmap zijn");
    }

    @Test
    void validate_says_ok_with_the_counts_and_the_fingerprint() {
        Path dir = export();
        CliRun run = CliRun.of("rules", "validate", "--lang", "en", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ok: 7 rule files, " + SosEngine.bundled().ruleIds().size() + " rules, fingerprint "
                + BUNDLED_FINGERPRINT + "\n");
    }

    @Test
    void validate_prints_every_problem_as_file_line_column_and_exits_3() throws IOException {
        Path dir = export();
        Path selection = dir.resolve("selection.drl");
        Files.writeString(selection, Files.readString(selection).replace("Procedure( intake.workablePlanExpected != true )",
                "Procedure( intake.workablePlanExpected != true"));
        Path parameters = dir.resolve("procedure.properties");
        Files.writeString(parameters, Files.readString(parameters) + "weeks = 6\n");
        long last = Files.readString(parameters).lines().count();
        CliRun run = CliRun.of("rules", "validate", "--lang", "en", dir.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).allMatch(line -> line.matches("[\\w.]+:\\d+:\\d+: .+"));
        assertThat(run.err()).contains("procedure.properties:" + last + ":9: weeks: write VALUE UNIT | §SOURCE | NOTE");
        assertThat(run.err()).contains("selection.drl:");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void validate_of_a_missing_directory_gives_exit_2() {
        CliRun run = CliRun.of("rules", "validate", tmp.resolve("none").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void the_bundled_scenarios_pass_on_the_exported_rules() {
        Path dir = export();
        CliRun run = CliRun.of("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(CliRun.lastLine(run.out())).matches("1\\d\\d passed, 0 failed");
        assertThat(run.out().lines()).hasSize(1);

        CliRun verbose = CliRun.of("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios/closure.yaml").toString(), "--verbose");
        assertThat(verbose.out()).contains("ok   " + dir.resolve("scenarios/closure.yaml") + ":")
                .endsWith("6 passed, 0 failed\n");
    }

    @Test
    void a_changed_window_shows_in_evaluate_and_batch_and_the_scenarios_catch_it() throws IOException {
        Path dir = export();
        Path parameters = dir.resolve("procedure.properties");
        String text = Files.readString(parameters);
        assertThat(text).contains("window.first-network-meeting.first = 14 day-number", "window.first-network-meeting.last = 15 day-number");
        Files.writeString(parameters, text.replace("window.first-network-meeting.first = 14 day-number", "window.first-network-meeting.first = 13 day-number")
                .replace("window.first-network-meeting.last = 15 day-number", "window.first-network-meeting.last = 16 day-number"));

        CliRun evaluate = CliRun.of("evaluate", GENT, "--today", "2019-01-26", "--rules", dir.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(evaluate.out());
        assertThat(row(json, "FIRST_NETWORK_MEETING").get("from").asText()).isEqualTo("2019-01-26");   // day 13
        assertThat(row(json, "FIRST_NETWORK_MEETING").get("to").asText()).isEqualTo("2019-01-29");     // day 16
        assertThat(json.get("rules").get("fingerprint").asText()).hasSize(64).isNotEqualTo(BUNDLED_FINGERPRINT);

        Path cases = Files.writeString(tmp.resolve("cases.jsonl"), new ObjectMapper().readTree(Path.of(GENT).toFile()).toString() + "\n");
        CliRun batch = CliRun.of("batch", cases.toString(), "--today", "2019-01-26", "--rules", dir.toString());
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(row(new ObjectMapper().readTree(batch.out()), "FIRST_NETWORK_MEETING").get("from").asText()).isEqualTo("2019-01-26");

        CliRun test = CliRun.of("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString());
        assertThat(test.code()).isEqualTo(1);
        assertThat(test.out()).contains("FAIL " + dir.resolve("scenarios/deadlines.yaml") + ":",
                "expected FIRST_NETWORK_MEETING: DUE 2024-01-21 (day 14)..2024-01-22 (day 15); "
                        + "found DUE 2024-01-20 (day 13)..2024-01-23 (day 16) (rule DL-12)",
                "came out: ");
        assertThat(CliRun.lastLine(test.out())).matches("\\d+ passed, [1-9]\\d* failed");
    }

    @Test
    void broken_rules_stop_evaluate_batch_and_test_with_exit_3_before_anything_is_evaluated() throws IOException {
        Path dir = export();
        Path plan = dir.resolve("plan.drl");
        Files.writeString(plan, Files.readString(plan).replace("not SafetyGoal( bottomLines contains $line )", "not SafetyGoal( bottomLines contains $line"));
        Path cases = Files.writeString(tmp.resolve("cases.jsonl"), new ObjectMapper().readTree(Path.of(GENT).toFile()).toString() + "\n");
        for (String[] args : new String[][] {
                {"evaluate", GENT, "--rules", dir.toString()},
                {"batch", cases.toString(), "--rules", dir.toString()},
                {"rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).containsPattern("plan\\.drl:\\d+:\\d+: ");
        }
    }

    @Test
    void a_failing_scenario_says_which_what_was_expected_and_what_came_out_and_exits_1() throws IOException {
        Path dir = export();
        Path scenario = Files.writeString(tmp.resolve("fiat.yaml"), """
                name: Zonder fiat kan de zaak niet starten
                rule: SEL-02
                case: %s
                today: 2019-01-14
                expect:
                  present: [SEL_NO_JUDGE_FIAT]
                  eligible: false
                  fires: true
                """.formatted(new ObjectMapper().writeValueAsString(GENT)));
        CliRun run = CliRun.of("rules", "test", "--lang", "en", dir.toString(), scenario.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + scenario + ":1: Zonder fiat kan de zaak niet starten",
                "expected present: SEL_NO_JUDGE_FIAT", "expected eligible: false; found true",
                "expected rule SEL-02 to fire; it did not", "came out: DEADLINE_DUE ");
        assertThat(CliRun.lastLine(run.out())).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void an_invalid_scenario_file_is_named_with_its_line_counts_as_failed_and_the_others_still_run() throws IOException {
        Path dir = export();
        Path folder = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(dir.resolve("scenarios/closure.yaml"), folder.resolve("closure.yaml"));
        Files.createDirectories(folder.resolve("cases"));
        Files.copy(dir.resolve("scenarios/cases/standaard.json"), folder.resolve("cases/standaard.json"));
        Files.copy(dir.resolve("scenarios/cases/nieuwe-zaak.json"), folder.resolve("cases/nieuwe-zaak.json"));
        Files.writeString(folder.resolve("bad.yml"), "name: Kapot\ntoday: 2024-01-08\ncase: cases/standaard.json\nexpect:\n  presnt: [EXT_ALLOWED]\n");
        CliRun run = CliRun.of("rules", "test", "--lang", "en", dir.toString(), folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(folder.resolve("bad.yml") + ":5:11: expect.presnt: unknown key; "
                + "expected one of absent, eligible, fires, present, schedule");
        assertThat(run.out()).contains("FAIL " + folder.resolve("bad.yml") + ":1: not a valid scenario (see above)");
        assertThat(CliRun.lastLine(run.out())).isEqualTo("6 passed, 1 failed");
    }

    @Test
    void rules_and_its_commands_explain_themselves() {
        for (String[] args : new String[][] {{"rules", "--help"}, {"rules", "export", "--help"}, {"rules", "test", "-h"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).startsWith("GEBRUIK\n  sos rules");
        }
    }

    @Test
    void usage_errors_of_rules_give_exit_2() {
        for (String[] args : new String[][] {
                {"rules"},
                {"rules", "export"},
                {"rules", "test", tmp.toString()},
                {"rules", "test", export().toString(), tmp.resolve("none").toString()},
                {"rules", "nosuch"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).doesNotContain("\tat ");
        }
        Path empty = tmp.resolve("empty");
        assertThat(CliRun.of("rules", "test", "--lang", "en", tmp.resolve("my-rules").toString(), empty.toFile().mkdir() ? empty.toString() : "").err())
                .contains("no scenario files");
    }
}
