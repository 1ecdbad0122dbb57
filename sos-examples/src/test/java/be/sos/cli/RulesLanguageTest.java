package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules validate} and {@code rules test} in the user's language (Dutch by default,
 * {@code --lang} in capitals or not), each scenario of a file counted on its own, and the warning
 * about a window that moved away from a scenario's day.
 */
class RulesLanguageTest {
    @TempDir
    Path tmp;

    private Path export() {
        Path dir = tmp.resolve("regels");
        CliRun run = CliRun.of("rules", "export", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return dir;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void validate_speaks_dutch_by_default_and_english_when_asked_in_any_case() {
        Path dir = export();
        assertThat(CliRun.of("rules", "validate", dir.toString()).out()).startsWith("ok: 7 regelbestanden, ").contains(" regels, vingerafdruk ");
        assertThat(CliRun.of("rules", "validate", "--lang", "EN", dir.toString()).out()).startsWith("ok: 7 rule files, ");
        CliRun wrong = CliRun.of("rules", "validate", "--lang", "fr", dir.toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--lang");
    }

    @Test
    void test_counts_each_scenario_of_a_file_on_its_own_and_says_so_in_dutch() throws IOException {
        Path dir = export();
        Path folder = Files.createDirectories(tmp.resolve("scenarios"));
        String good = """
                name: Een nieuwe zaak met een volledige intake kan starten
                rule: SEL-02
                case: %s
                day: 1
                expect: {absent: [SEL_NO_JUDGE_FIAT], eligible: true, fires: false}
                """.formatted(dir.resolve("scenarios/cases/nieuwe-zaak.json").toString().replace("\\", "/"));
        String failing = good.replace("name: Een nieuwe zaak", "name: Fout verwacht").replace("eligible: true", "eligible: false");
        String broken = "name: Kapot\nday 1\n";
        Files.writeString(folder.resolve("drie.yaml"), good + "---\n" + failing + "---\n" + broken + "---\n" + good);

        CliRun run = CliRun.of("rules", "test", dir.toString(), folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(lastLine(run.out())).as(run.out() + run.err()).isEqualTo("2 geslaagd, 2 mislukt");
        assertThat(run.out()).contains("FOUT " + folder.resolve("drie.yaml") + ":7: Fout verwacht", "       op 2024-01-08 (dag 1)",
                "verwacht in aanmerking: false; gevonden true", "kwam eruit: ",
                "FOUT " + folder.resolve("drie.yaml") + ":13: geen geldig scenario (zie hierboven)");
        assertThat(run.err()).contains(folder.resolve("drie.yaml") + ":14:4: 'day' is followed by no ':'");

        CliRun english = CliRun.of("rules", "test", "--lang", "en", dir.toString(), folder.toString());
        assertThat(lastLine(english.out())).isEqualTo("2 passed, 2 failed");
    }

    @Test
    void moving_a_window_warns_about_the_bundled_scenarios_that_no_longer_touch_its_edges() throws IOException {
        Path dir = export();
        Path parameters = dir.resolve("procedure.properties");
        // day 14-15 to day 13-16: the scenario on day 14, the first day, is now inside the window
        Files.writeString(parameters, Files.readString(parameters)
                .replace("window.first-network-meeting.first = 14 day-number", "window.first-network-meeting.first = 13 day-number")
                .replace("window.first-network-meeting.last = 15 day-number", "window.first-network-meeting.last = 16 day-number"));
        CliRun run = CliRun.of("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("WARN " + dir.resolve("scenarios/deadlines.yaml") + ":")
                .contains("names rule DL-12, whose window is now 2024-01-20 (day 13)..2024-01-23 (day 16); the scenario's day, "
                        + "2024-01-21 (day 14), no longer touches its edges");
        assertThat(run.out().lines().filter(l -> l.startsWith("WARN ")))
                .allSatisfy(l -> assertThat(l).contains("rule DL-12"));
    }
}
