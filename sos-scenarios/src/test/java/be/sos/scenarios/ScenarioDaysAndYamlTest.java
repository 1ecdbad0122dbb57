package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.EventType;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.SosEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios written in day numbers, each scenario of a file on its own, YAML mistakes in plain
 * words at their line, the runner's words in Dutch and English, and the warning about a window
 * that moved away from a scenario's day.
 */
class ScenarioDaysAndYamlTest {
    private static final String INLINE_CASE = ScenarioFiles.INLINE_CASE;

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return ScenarioFiles.write(tmp, name, text);
    }

    private String problem(String text) throws IOException {
        List<Scenarios.Read> reads = Scenarios.readEach(write("bad.yaml", text));
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).problem()).as("refused:\n" + text).isNotNull();
        InvalidScenarioException e = reads.get(0).problem();
        return e.line() + ":" + e.column() + ": " + e.problem();
    }

    // ---- day numbers ----

    @Test
    void the_day_of_the_evaluation_a_window_and_an_event_may_be_written_as_day_numbers() throws Exception {
        Path file = write("days.yaml", "name: Dagen\nrule: DL-12\nday: 15\n" + INLINE_CASE + """
                with: {events: [{type: JUDGE_FIAT, day: 2}, {type: FIRST_HEARING, date: 2024-01-10}]}
                expect:
                  schedule:
                    FIRST_NETWORK_MEETING: {status: DUE, from: 14, to: 15}
                    JUDGE_FIAT: {status: DONE, from: 2024-01-08, to: 4}
                """);
        Scenario scenario = Scenarios.read(file).get(0);
        assertThat(scenario.today()).isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(scenario.file().firstEvent(EventType.JUDGE_FIAT)).contains(LocalDate.of(2024, 1, 9));
        assertThat(scenario.file().firstEvent(EventType.FIRST_HEARING)).contains(LocalDate.of(2024, 1, 10));
        assertThat(scenario.expect().schedule().get(EventType.FIRST_NETWORK_MEETING))
                .isEqualTo(new MilestoneExpectation(MilestoneStatus.DUE, LocalDate.of(2024, 1, 21), LocalDate.of(2024, 1, 22)));
        assertThat(scenario.expect().schedule().get(EventType.JUDGE_FIAT).to()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(ScenarioRunner.of(SosEngine.bundled()).run(scenario).failures()).isEmpty();
    }

    @Test
    void today_and_day_together_or_a_day_that_is_no_number_are_refused_at_their_line() throws IOException {
        assertThat(problem("name: x\ntoday: 2024-01-08\nday: 1\n" + INLINE_CASE + "expect: {eligible: true}\n"))
                .isEqualTo("3:6: day: give the day of the evaluation once, as today: YYYY-MM-DD or as day: N");
        assertThat(problem("name: x\nday: vijftien\n" + INLINE_CASE + "expect: {eligible: true}\n"))
                .isEqualTo("2:6: day: expected a day number, such as 15 (day 1 is the date of the petition)");
    }

    @Test
    void a_failure_says_the_day_number_of_every_date_in_dutch_by_default() throws Exception {
        Path file = write("fails.yaml", "name: Fout\nday: 14\n" + INLINE_CASE
                + "expect:\n  schedule:\n    FIRST_NETWORK_MEETING: {status: DUE, from: 13, to: 15}\n");
        List<String> failures = ScenarioRunner.of(SosEngine.bundled()).run(Scenarios.read(file).get(0)).failures();
        assertThat(failures).containsExactly("op 2024-01-21 (dag 14)",
                "verwacht FIRST_NETWORK_MEETING: DUE 2024-01-20 (dag 13)..2024-01-22 (dag 15); "
                        + "gevonden DUE 2024-01-21 (dag 14)..2024-01-22 (dag 15) (regel DL-12)");
    }

    // ---- each scenario on its own ----

    @Test
    void a_broken_scenario_does_not_take_the_others_of_its_file_with_it() throws IOException {
        String good = "name: Goed\nday: 1\n" + INLINE_CASE + "expect: {eligible: false}\n";
        Path file = write("three.yaml", good + "---\nname: Kapot\nday: 1\n\texpect: {eligible: false}\n---\n" + good.replace("Goed", "Ook goed"));
        List<Scenarios.Read> reads = Scenarios.readEach(file);
        assertThat(reads).hasSize(3);
        assertThat(reads.get(0).scenario().name()).isEqualTo("Goed");
        assertThat(reads.get(1).scenario()).isNull();
        int brokenLine = (int) good.lines().count() + 4;
        assertThat(reads.get(1).problem().line()).isEqualTo(brokenLine);
        assertThat(reads.get(1).problem().problem()).startsWith("a tab at the start of the line");
        assertThat(reads.get(2).scenario().name()).isEqualTo("Ook goed");
        assertThat(reads.get(2).scenario().line()).isEqualTo(brokenLine + 2);
    }

    // ---- YAML mistakes in plain words ----

    @Test
    void a_tab_is_named_as_a_tab_at_its_line() throws IOException {
        assertThat(problem("name: x\nday: 1\n" + INLINE_CASE + "expect:\n\teligible: true\n"))
                .isEqualTo("10:1: a tab at the start of the line: YAML indents with spaces only; replace the tab by spaces");
    }

    @Test
    void one_space_too_many_is_named_at_its_own_line() throws IOException {
        assertThat(problem("name: x\nday: 1\n" + INLINE_CASE + "expect:\n  present: [SEL_NO_JUDGE_FIAT]\n   eligible: false\n"))
                .isEqualTo("11:4: this line is indented more than the line 10 before it (3 spaces instead of 2), which already has "
                        + "its value; indent keys of one map alike");
    }

    @Test
    void a_line_that_goes_back_to_no_level_above_is_named() throws IOException {
        assertThat(problem("name: x\nday: 1\n" + INLINE_CASE + "expect:\n    present: [SEL_NO_JUDGE_FIAT]\n  eligible: false\n"))
                .isEqualTo("11:3: this line is indented by 2 spaces, like no key above it (0 or more is expected); indent keys of one map alike");
    }

    @Test
    void a_missing_colon_is_named_with_its_key() throws IOException {
        assertThat(problem("name: x\ntoday 2024-01-08\n" + INLINE_CASE + "expect: {eligible: true}\n"))
                .isEqualTo("2:6: 'today' is followed by no ':'; write today: and then its value");
        assertThat(problem("name: x\nday: 1\n" + INLINE_CASE + "expect:\n  present [SEL_NO_JUDGE_FIAT]\n  eligible: false\n"))
                .startsWith("10:10: 'present' is followed by no ':'");
    }

    @Test
    void a_duplicate_key_is_named_at_its_second_line_with_the_first() throws IOException {
        assertThat(problem("name: x\nday: 1\n" + INLINE_CASE + "expect: {eligible: true}\nday: 2\n"))
                .isEqualTo("10:1: the key 'day' is written twice in the same map (first on line 2); keep one of them");
    }

    @Test
    void every_bundled_scenario_file_reads_without_a_mistake() {
        for (Map.Entry<String, String> file : Scenarios.bundled().entrySet()) {
            if (file.getKey().endsWith(".yaml")) {
                assertThat(YamlMistakes.first(file.getValue())).as(file.getKey()).isEmpty();
            }
        }
    }

    // ---- a window that moved away from a scenario's day ----

    @Test
    void after_a_window_moves_a_scenario_whose_day_no_longer_touches_its_edges_is_warned_about() throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        for (Map.Entry<String, String> f : SosEngine.bundled().ruleFiles().entrySet()) {
            Files.writeString(rules.resolve(f.getKey()), f.getValue());
        }
        Path parameters = rules.resolve("procedure.properties");
        // 14-15 to 14-16: day 15 was the last day; now it is inside the window
        Files.writeString(parameters, Files.readString(parameters)
                .replace("window.first-network-meeting.last = 15 day-number", "window.first-network-meeting.last = 16 day-number"));
        SosEngine edited = SosEngine.fromDirectory(rules);
        String scenario = "name: Op dag %d\nrule: DL-12\nday: %d\n" + INLINE_CASE + "expect: {fires: true}\n";
        ScenarioRunner runner = ScenarioRunner.of(edited, SosEngine.bundled(), Locale.ENGLISH);

        ScenarioResult day15 = runner.run(Scenarios.read(write("d15.yaml", scenario.formatted(15, 15))).get(0));
        assertThat(day15.passed()).isTrue();
        assertThat(day15.warnings()).containsExactly("names rule DL-12, whose window is now 2024-01-21 (day 14)..2024-01-23 (day 16); "
                + "the scenario's day, 2024-01-22 (day 15), no longer touches its edges (the day before, the first day, the last day "
                + "or the day after); check that it still tests the boundary");
        for (int day : new int[] {13, 14, 16}) {
            assertThat(runner.run(Scenarios.read(write("d" + day + ".yaml", scenario.formatted(day, day))).get(0)).warnings())
                    .as("day " + day).isEmpty();
        }
        // with the bundled rules themselves nothing moved
        assertThat(ScenarioRunner.of(SosEngine.bundled(), SosEngine.bundled(), Locale.ENGLISH)
                .run(Scenarios.read(write("d15b.yaml", scenario.formatted(15, 15))).get(0)).warnings()).isEmpty();
    }
}
