package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos report}: the HTML page written where asked, and its errors, as the README, "Command line" says. */
class ReportCommandTest {
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String DENDERMONDE = PilotCases.casesDir().resolve("dendermonde-2019-02.json").toString();

    @TempDir
    Path tmp;

    @Test
    void report_writes_the_page_of_the_case_on_the_day_in_dutch_by_default() throws IOException {
        Path out = tmp.resolve("gent.html");
        CliRun run = CliRun.of("report", GENT, "--today", "2019-02-26", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("rapport geschreven: " + out + "\n");
        Document doc = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(doc.select("html").attr("lang")).isEqualTo("nl");
        assertThat(doc.select("h1").text()).isEqualTo("Casusrapport gent-2019-01");
        assertThat(doc.select(".as-of").text()).isEqualTo("Stand op 2019-02-26, dag 44 van de procedure");
        assertThat(doc.select("main > section").eachAttr("id"))
                .containsExactly("summary", "timeline", "sos-map", "network", "scaling", "findings", "selection");
        assertThat(doc.select("table.schedule tbody tr")).hasSize(19);
    }

    @Test
    void report_in_english_with_the_working_day_calendar() throws IOException {
        Path out = tmp.resolve("dendermonde.html");
        CliRun run = CliRun.of("report", DENDERMONDE, "--today", "2019-10-20", "--lang", "en", "--calendar", "be-working-days",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Document doc = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h2").first().text()).isEqualTo("Summary");
        assertThat(doc.select("footer").text()).contains("Calendar: working days (Belgium)").doesNotContain("be-working-days");
        assertThat(doc.select(".as-of").text()).isEqualTo("As of 2019-10-20, day 16 of the procedure");
        assertThat(run.out()).isEqualTo("wrote the report: " + out + "\n");
    }

    @Test
    void an_unwritable_out_gives_exit_2_and_one_line() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        for (Path out : new Path[] {tmp.resolve("no-such-dir").resolve("r.html"), tmp, file.resolve("r.html")}) {
            CliRun run = CliRun.of("report", GENT, "--today", "2019-02-26", "--out", out.toString());
            assertThat(run.code()).as(out.toString()).isEqualTo(2);
            assertThat(run.err().lines()).as(out.toString()).hasSize(1);
            assertThat(run.err()).startsWith("sos: --out " + out + ": kan niet geschreven worden").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void usage_errors_give_exit_2_with_one_line_and_write_nothing() {
        Path out = tmp.resolve("never.html");
        for (String[] args : new String[][] {
                {"report", GENT, "--today", "2019-02-26"},
                {"report", tmp.resolve("nothing.json").toString(), "--out", out.toString()},
                {"report", GENT, "--lang", "fr", "--out", out.toString()},
                {"report", GENT, "--calendar", "lunar", "--out", out.toString()},
                {"report", GENT, "--today", "2019-02-30", "--out", out.toString()},
                {"report", "--out", out.toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).doesNotContain("\tat ");
        }
        assertThat(out).doesNotExist();
    }
}
