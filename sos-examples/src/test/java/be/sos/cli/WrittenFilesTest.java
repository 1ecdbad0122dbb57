package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import be.sos.rules.SosEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file says where, in the chosen language: on standard output when that
 * is text for a person, on standard error when standard output is data (JSON, CSV) that must stay
 * pure. Each file is checked to be there.
 */
class WrittenFilesTest {
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String[] LANGUAGES = {"nl", "en"};

    @TempDir
    static Path tmp;

    private static Path cases;

    @BeforeAll
    static void cases() throws Exception {
        cases = Files.write(tmp.resolve("cases.jsonl"), List.of(Files.readString(Path.of(GENT)).replaceAll("\\s*\\n\\s*", " ")));
    }

    private static Words words(String language) {
        return Words.of(Locale.forLanguageTag(language));
    }

    private static CliRun run(String language, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--lang", language));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.code()).as(String.join(" ", all) + "\n" + run.err()).isZero();
        return run;
    }

    private static Path file(String language, String name) {
        return tmp.resolve(language + "-" + name);
    }

    @Test
    void report_and_closing_script_as_word_and_as_html() {
        for (String language : LANGUAGES) {
            for (String[] made : new String[][] {{"report", "report.html", "wrote.report"}, {"script", "script.docx", "wrote.script"},
                {"script", "script.html", "wrote.script"}}) {
                Path out = file(language, made[1]);
                CliRun run = run(language, made[0], GENT, "--today", "2019-03-30", "--out", out.toString());
                assertThat(out).isNotEmptyFile();
                assertThat(run.out()).isEqualTo(words(language).get(made[2], out) + "\n");
            }
        }
    }

    @Test
    void schedule_says_where_on_standard_output_as_a_table_and_on_standard_error_as_json() {
        for (String language : LANGUAGES) {
            Path ics = file(language, "agenda.ics");
            CliRun table = run(language, "schedule", GENT, "--today", "2019-02-10", "--ics", ics.toString());
            assertThat(ics).isNotEmptyFile();
            String said = words(language).get("wrote.ics", ics, "").replaceAll("\\(.*$", "");
            assertThat(table.out()).contains(said);
            assertThat(table.err()).isEmpty();
            CliRun json = run(language, "schedule", GENT, "--today", "2019-02-10", "--ics", ics.toString(), "--format", "json");
            assertThat(json.out()).doesNotContain(said).startsWith("{");
            assertThat(json.err()).startsWith("sos: " + said);
        }
    }

    @Test
    void worklist_page_and_icalendar() {
        Path page = file("nl", "worklist.html");
        Path ics = file("nl", "worklist.ics");
        for (String language : LANGUAGES) {
            Words words = words(language);
            CliRun text = run(language, "worklist", cases.toString(), "--today", "2019-02-10", "--out", page.toString(), "--ics", ics.toString());
            assertThat(page).isNotEmptyFile();
            assertThat(ics).isNotEmptyFile();
            assertThat(text.out()).endsWith(words.get("wrote.page", page) + "\n" + words.get("wrote.icsAll", ics) + "\n");
            CliRun csv = run(language, "worklist", cases.toString(), "--today", "2019-02-10", "--out", page.toString(), "--ics", ics.toString(),
                    "--format", "csv");
            assertThat(csv.out()).doesNotContain(page.toString());
            assertThat(csv.err()).isEqualTo("sos: " + words.get("wrote.page", page) + "\nsos: " + words.get("wrote.icsAll", ics) + "\n");
        }
    }

    /**
     * Run as it is, the command names the file last on standard output; run with {@code --format
     * json}, on standard error only.
     */
    private static void saysWhere(String language, String said, Path file, String... args) {
        CliRun text = run(language, args);
        assertThat(file).isNotEmptyFile();
        assertThat(text.out()).endsWith(said + "\n");
        List<String> json = new ArrayList<>(List.of(args));
        json.addAll(List.of("--format", "json"));
        CliRun data = run(language, json.toArray(String[]::new));
        assertThat(data.out()).startsWith("{").doesNotContain(said);
        assertThat(data.err()).isEqualTo("sos: " + said + "\n");
    }

    @Test
    void overview_page() {
        for (String language : LANGUAGES) {
            Path page = file(language, "overview.html");
            String said = words(language).get("wrote.page", page);
            saysWhere(language, said, page, "overview", cases.toString(), "--today", "2019-02-10", "--out", page.toString());
            // the page alone: nothing else on standard output
            assertThat(run(language, "overview", cases.toString(), "--out", page.toString()).out()).isEqualTo(said + "\n");
        }
    }

    @Test
    void rules_export() {
        for (String language : LANGUAGES) {
            Path dir = file(language, "rules");
            CliRun run = run(language, "rules", "export", dir.toString());
            int ruleFiles = SosEngine.bundled().ruleFiles().size();
            assertThat(dir.resolve("deadlines.drl")).isNotEmptyFile();
            String said = words(language).get("wrote.export", ruleFiles, dir, "N", dir.resolve("scenarios"), "W", 0, 0);
            assertThat(run.out()).startsWith(said.substring(0, said.indexOf(" N ")));
        }
    }

    @Test
    void rules_impact_page() throws Exception {
        Path edited = file("nl", "impact-rules");
        CliRun.of("rules", "export", edited.toString());
        for (String language : LANGUAGES) {
            Path page = file(language, "impact.html");
            saysWhere(language, ImpactText.of(Locale.forLanguageTag(language)).get("impact.wrote", page), page,
                    "rules", "impact", cases.toString(), "--rules", edited.toString(), "--today", "2019-02-10", "--out", page.toString());
        }
    }

    @Test
    void batch_summary() {
        for (String language : LANGUAGES) {
            Path summary = file(language, "summary.json");
            CliRun run = run(language, "batch", cases.toString(), "--today", "2019-02-10", "--summary", summary.toString());
            assertThat(summary).isNotEmptyFile();
            assertThat(run.err()).contains("sos: " + words(language).get("wrote.summary", summary));
            assertThat(run.out()).doesNotContain(summary.toString());
        }
    }
}
