package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.model.ClosurePath;
import be.sos.core.model.EventType;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files, and what a scenario that fails says. */
class ScenariosTest {
    private static final String INLINE_CASE = ScenarioFiles.INLINE_CASE;

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return ScenarioFiles.write(tmp, name, text);
    }

    private InvalidScenarioException invalid(String text) throws IOException {
        Path file = write("bad.yaml", text);
        try {
            Scenarios.read(file);
        } catch (InvalidScenarioException e) {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ":" + e.column() + ": ").doesNotContain("\tat ");
            return e;
        }
        throw new AssertionError("expected the scenario file to be refused:\n" + text);
    }

    @Test
    void a_file_holds_one_scenario_or_several_separated_by_three_dashes() throws Exception {
        Path file = write("two.yaml", "name: Een\ntoday: 2024-01-08\n" + INLINE_CASE + "expect: {eligible: false}\n---\n"
                + "name: Twee\nrule: SEL-01\ntoday: 2024-01-09\nlang: en\ncalendar: be-working-days\n" + INLINE_CASE
                + "expect:\n  fires: true\n  schedule:\n    FIRST_HEARING: DUE\n    JUDGE_FIAT: {from: 2024-01-08, to: 2024-01-11}\n");
        List<Scenario> scenarios = Scenarios.read(file);
        assertThat(scenarios).extracting(Scenario::name).containsExactly("Een", "Twee");
        assertThat(scenarios.get(0).line()).isEqualTo(1);
        assertThat(scenarios.get(1).line()).isEqualTo(11);
        Scenario two = scenarios.get(1);
        assertThat(two.today()).isEqualTo(LocalDate.of(2024, 1, 9));
        assertThat(two.rules()).containsExactly("SEL-01");
        assertThat(two.expect().fires()).containsEntry("SEL-01", true);
        assertThat(two.options().locale().getLanguage()).isEqualTo("en");
        assertThat(two.options().calendar().name()).isEqualTo("be-working-days");
        assertThat(two.expect().schedule().get(EventType.FIRST_HEARING).status()).isEqualTo(MilestoneStatus.DUE);
        assertThat(two.expect().schedule().get(EventType.JUDGE_FIAT).to()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(two.toString()).contains("two.yaml:11", "Twee").doesNotContain("2012-05-01");
    }

    @Test
    void a_case_path_is_relative_to_the_scenario_file_and_with_changes_it() throws Exception {
        Files.copy(PilotCases.casesDir().resolve("gent-2019-01.json"), Files.createDirectories(tmp.resolve("cases")).resolve("gent.json"));
        Path file = write("sub/gent.yaml", """
                name: Gent zonder afsluiting en met een vader die bij het kind woont
                case: ../cases/gent.json
                with:
                  closure: null
                  parents: [{id: mama, availability: AVAILABLE, livesWithChild: true}, {id: papa, availability: DETAINED, livesWithChild: true}]
                today: 2019-02-01
                portfolio:
                  - ../cases/gent.json
                  - {schemaVersion: 1, id: ander, office: DENDERMONDE, petitionDate: 2018-06-01, minors: [{id: K, birthDate: 2010-01-01}]}
                expect: {present: ["SEL_PARENT_UNAVAILABLE papa"]}
                """);
        Scenario scenario = Scenarios.read(file).get(0);
        assertThat(scenario.file().id()).isEqualTo("gent-2019-01");
        assertThat(scenario.file().closure()).isNull();
        assertThat(scenario.file().parents()).hasSize(2);
        assertThat(scenario.options().portfolio()).hasSize(2);

        Scenario unchanged = Scenarios.read(write("sub/plain.yaml", "name: x\ncase: ../cases/gent.json\ntoday: 2019-02-01\nexpect: {eligible: true}\n")).get(0);
        assertThat(unchanged.file().closure().path()).isEqualTo(ClosurePath.MANDATED_FACILITY);
    }

    @Test
    void a_failing_scenario_says_what_was_expected_and_what_came_out() throws Exception {
        Path file = write("fails.yaml", "name: Alles fout\nrule: SEL-02\ntoday: 2024-01-20\n" + INLINE_CASE + """
                expect:
                  present: ["SEL_PARENT_UNAVAILABLE papa", "SEL_ROLE_MISSING"]
                  absent: ["SEL_ROLE_MISSING JUDGE", "SEL_NO_SUCH_CODE"]
                  eligible: true
                  fires: {SEL-02: false, SEL-03: true, XX-99: true}
                  schedule:
                    FIRST_HEARING: {status: DUE, from: 2024-01-09}
                """);
        ScenarioResult result = ScenarioRunner.of(SosEngine.bundled(), SosEngine.bundled(), java.util.Locale.ENGLISH)
                .run(Scenarios.read(file).get(0));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).containsExactlyInAnyOrder(
                "on 2024-01-20 (day 13)",
                "no rule with id XX-99 in the rule set",
                "unknown finding code SEL_NO_SUCH_CODE: the rule set has no message for it",
                "expected present: SEL_PARENT_UNAVAILABLE papa",
                "expected absent: SEL_ROLE_MISSING JUDGE; found SEL_ROLE_MISSING JUDGE (SEL-08c)",
                "expected eligible: true; found false (blockers: SEL_NETWORK_NOT_MOBILISABLE, SEL_NO_JUDGE_FIAT, SEL_PLAN_NOT_EXPECTED, "
                        + "SEL_RISK_INFO_NOT_SHARED, SEL_ROLE_MISSING)",
                "expected rule SEL-02 not to fire; it did",
                "expected rule SEL-03 to fire; it did not",
                "expected rule XX-99 to fire; it did not",
                "expected FIRST_HEARING: DUE 2024-01-09 (day 2)..?; found OVERDUE 2024-01-10 (day 3)..2024-01-11 (day 4) (rule DL-05)");
        assertThat(result.failures().get(0)).as("the day comes first").isEqualTo("on 2024-01-20 (day 13)");
        assertThat(result.findings()).contains("SEL_NO_JUDGE_FIAT", "SEL_ROLE_MISSING CONSULTANT", "DEADLINE_OVERDUE FIRST_HEARING");
    }

    @Test
    void a_passing_scenario_has_no_failures() throws Exception {
        Path file = write("passes.yaml", "name: Zonder intake kan de zaak niet starten\nrules: [SEL-01, SEL-02]\ntoday: 2024-01-08\n"
                + INLINE_CASE + "expect:\n  present: [SEL_NO_JUDGE_FIAT, SEL_PLAN_NOT_EXPECTED]\n  eligible: false\n  fires: true\n");
        ScenarioResult result = ScenarioRunner.of(SosEngine.bundled()).run(Scenarios.read(file).get(0));
        assertThat(result.failures()).isEmpty();
        assertThat(result.passed()).isTrue();
    }

    @Test
    void problems_name_the_line_and_column() throws IOException {
        InvalidScenarioException unknownKey = invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE + "expected: {eligible: true}\n");
        assertThat(unknownKey.line()).as(unknownKey.getMessage()).isEqualTo(9);
        assertThat(unknownKey.problem()).startsWith("expected: unknown key; expected one of calendar, case, day, expect,");

        InvalidScenarioException syntax = invalid("name: x\ntoday: [2024-01-08\nexpect: {eligible: true}\n");
        assertThat(syntax.line()).isGreaterThanOrEqualTo(2);
        assertThat(syntax.problem()).startsWith("not valid YAML: ");

        InvalidScenarioException badDate = invalid("name: x\ntoday: 2024-02-30\n" + INLINE_CASE + "expect: {eligible: true}\n");
        assertThat(badDate.line()).isEqualTo(2);
        assertThat(badDate.problem()).isEqualTo("today: expected a date as YYYY-MM-DD, or a day number");

        InvalidScenarioException badCase = invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE.replace("2012-05-01", "2012-13-01")
                + "expect: {eligible: true}\n");
        assertThat(badCase.line()).isEqualTo(8);
        assertThat(badCase.problem()).startsWith("case: $.minors[0].birthDate: ").doesNotContain("2012-13-01");

        InvalidScenarioException badChange = invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE + "with: {office: 7}\nexpect: {eligible: true}\n");
        assertThat(badChange.line()).isEqualTo(9);
        assertThat(badChange.problem()).startsWith("case: $.office: ");

        InvalidScenarioException noCaseFile = invalid("name: x\ntoday: 2024-01-08\ncase: nowhere.json\nexpect: {eligible: true}\n");
        assertThat(noCaseFile.line()).isEqualTo(3);
        assertThat(noCaseFile.problem()).startsWith("case: no such case file: ");

        assertThat(invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE + "expect: {fires: true}\n").problem())
                .startsWith("expect.fires: true or false needs the rule it is about");
        assertThat(invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE + "expect: {}\n").problem())
                .startsWith("expect: nothing is expected");
        assertThat(invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE + "expect: {present: [deadline_due]}\n").problem())
                .startsWith("expect.present: expected \"CODE\" or \"CODE SUBJECT\"");
        assertThat(invalid("name: x\ntoday: 2024-01-08\n" + INLINE_CASE + "expect: {schedule: {FIRST_HERRING: DUE}}\n").problem())
                .startsWith("expect.schedule: unknown value 'FIRST_HERRING'; expected one of ");
        assertThat(invalid("name: x\nname: y\ntoday: 2024-01-08\n" + INLINE_CASE + "expect: {eligible: true}\n").problem())
                .isEqualTo("the key 'name' is written twice in the same map (first on line 1); keep one of them");
        assertThat(invalid("today: 2024-01-08\n" + INLINE_CASE + "expect: {eligible: true}\n").problem())
                .startsWith("name: missing");
        assertThat(invalid("# nothing\n").problem()).isEqualTo("no scenario in the file");
        assertThat(invalid("- a\n- b\n").problem()).startsWith("a scenario is a map");
    }

    @Test
    void scenario_files_are_found_under_a_folder_sorted_and_recursively() throws IOException {
        write("b.yaml", "x");
        write("a/z.yml", "x");
        write("a/notes.txt", "x");
        write("c.json", "{}");
        assertThat(Scenarios.files(tmp)).containsExactly(tmp.resolve("a/z.yml"), tmp.resolve("b.yaml"));
        assertThat(Scenarios.files(tmp.resolve("b.yaml"))).containsExactly(tmp.resolve("b.yaml"));
        assertThatThrownBy(() -> Scenarios.files(tmp.resolve("none"))).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void a_merge_patch_merges_maps_removes_nulls_and_replaces_the_rest() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var target = json.readTree("{\"a\": {\"b\": 1, \"c\": 2}, \"d\": [1, 2], \"e\": 3}");
        var patch = json.readTree("{\"a\": {\"b\": null, \"x\": 9}, \"d\": [3], \"e\": null, \"f\": \"new\"}");
        assertThat(Scenarios.mergePatch(target, patch).toString()).isEqualTo("{\"a\":{\"c\":2,\"x\":9},\"d\":[3],\"f\":\"new\"}");
    }

    /** Found by ScenarioReaderFuzzer: a file that is not UTF-8 escaped as an IOException. */
    @Test
    void a_file_that_is_not_utf8_is_an_invalid_scenario_file(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> Scenarios.read(file)).isInstanceOf(InvalidScenarioException.class)
                .hasMessage(file + ":0:0: not UTF-8 text");
    }
}
