package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules DIR} on {@code schedule} and {@code report}: an edited window shows in the agenda, the iCalendar file and the page. */
class EditedRulesEverywhereTest {
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();

    @TempDir
    Path tmp;

    /** The bundled rules with the first network meeting moved from day 14-15 to day 14-16, in one line of the parameters. */
    private Path edited() throws IOException {
        Path dir = tmp.resolve("rules");
        assertThat(CliRun.of("rules", "export", dir.toString()).code()).isZero();
        Path parameters = dir.resolve("procedure.properties");
        String text = Files.readString(parameters);
        String line = "window.first-network-meeting.last = 15 day-number";
        assertThat(text).contains(line);
        Files.writeString(parameters, text.replace(line, "window.first-network-meeting.last = 16 day-number"));
        return dir;
    }

    private static String row(String table, String label) {
        return table.lines().filter(l -> l.endsWith(label) || l.contains(label + " ")).findFirst().orElseThrow();
    }

    @Test
    void schedule_shows_the_edited_window_in_the_table_and_the_icalendar_file() throws IOException {
        Path rules = edited();
        Path ics = tmp.resolve("agenda.ics");
        CliRun bundled = CliRun.of("schedule", GENT, "--today", "2019-01-18", "--lang", "en");
        CliRun run = CliRun.of("schedule", GENT, "--today", "2019-01-18", "--lang", "en", "--rules", rules.toString(), "--ics", ics.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(row(bundled.out(), "First network meeting")).contains("14-15").contains("2019-01-28");
        assertThat(row(run.out(), "First network meeting")).contains("14-16").contains("2019-01-29");
        assertThat(row(run.out(), "Safety plan to the judge")).contains("14-15");
        String calendar = Files.readString(ics, StandardCharsets.UTF_8);
        // an all-day event ends the day after its last day
        int uid = calendar.indexOf("UID:gent-2019-01-FIRST_NETWORK_MEETING@sos");
        assertThat(uid).isPositive();
        String event = calendar.substring(calendar.lastIndexOf("BEGIN:VEVENT", uid), calendar.indexOf("END:VEVENT", uid));
        assertThat(event).contains("DTEND;VALUE=DATE:20190130");
    }

    @Test
    void report_is_made_with_the_edited_rules_and_names_them() throws IOException {
        Path rules = edited();
        Path page = tmp.resolve("report.html");
        CliRun run = CliRun.of("report", GENT, "--today", "2019-01-29", "--rules", rules.toString(), "--out", page.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains(rules.toString());
        Path bundledPage = tmp.resolve("bundled.html");
        assertThat(CliRun.of("report", GENT, "--today", "2019-01-29", "--out", bundledPage.toString()).code()).isZero();
        assertThat(Files.readString(bundledPage, StandardCharsets.UTF_8)).doesNotContain(rules.toString()).isNotEqualTo(html);
    }

    @Test
    void schedule_and_report_refuse_invalid_rules_with_exit_3_and_write_nothing() throws IOException {
        Path rules = edited();
        Files.delete(rules.resolve("procedure.properties"));
        Path page = tmp.resolve("report.html");

        CliRun schedule = CliRun.of("schedule", GENT, "--today", "2019-01-18", "--rules", rules.toString());
        CliRun report = CliRun.of("report", GENT, "--today", "2019-01-18", "--rules", rules.toString(), "--out", page.toString());

        for (CliRun run : new CliRun[] {schedule, report}) {
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("procedure.properties:0:0: ontbreekt: elke regelset heeft haar parameters in procedure.properties");
        }
        assertThat(page).doesNotExist();
    }
}
