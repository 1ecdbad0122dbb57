package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos schedule}: the milestone agenda as a table, in either calendar, and its usage errors. */
class ScheduleCommandTest {
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String DENDERMONDE = PilotCases.casesDir().resolve("dendermonde-2019-02.json").toString();

    @TempDir
    Path tmp;

    /** One expected row: days on the clock, first and last day, whether the calendar moved the last day, the label. */
    record Row(String days, String from, String to, boolean moved, String label) {}

    /**
     * Gent, petition Monday 2019-01-14, judge's fiat 2019-01-15, on 2019-01-18 (day 5): the windows
     * of docs/policy.md §5 on calendar days, written out by hand.
     */
    private static final List<Row> GENT_ON_CALENDAR_DAYS = List.of(
            new Row("1-3", "2019-01-14", "2019-01-16", false, "Assessment whether crisis guidance fits"),
            new Row("1-4", "2019-01-14", "2019-01-17", false, "Judge's fiat"),
            new Row("1-4", "2019-01-14", "2019-01-17", false, "Dispatch to the module"),
            new Row("2-9", "2019-01-15", "2019-01-22", false, "First reflecting team"),
            new Row("3-4", "2019-01-16", "2019-01-17", false, "First hearing"),
            new Row("3-4", "2019-01-16", "2019-01-17", false, "Danger statement conversation"),
            new Row("1-5", "2019-01-14", "2019-01-18", false, "Reserving the evaluation dates"),
            new Row("5", "2019-01-18", "2019-01-18", false, "Explanation to the minor"),
            new Row("5", "2019-01-18", "2019-01-18", false, "First home visit"),
            new Row("6", "2019-01-19", "2019-01-19", false, "Decision on return home"),
            new Row("7", "2019-01-20", "2019-01-20", false, "Feedback to parents and minor"),
            new Row("14-15", "2019-01-27", "2019-01-28", false, "First network meeting"),
            new Row("14-15", "2019-01-27", "2019-01-28", false, "Safety plan to the judge"),
            new Row("28", "2019-02-10", "2019-02-10", false, "Interim evaluation"),
            new Row("40", "2019-02-22", "2019-02-22", false, "Second network meeting"),
            new Row("41-42", "2019-02-23", "2019-02-24", false, "Advice to the judge"),
            new Row("42", "2019-02-24", "2019-02-24", false, "Judge's decision"),
            new Row("", "", "", false, "Closing the extended guidance"),
            new Row("", "", "", false, "BMO"));

    /**
     * The same on Belgian working days: day 6 (Saturday 19 January), day 7 (Sunday 20 January),
     * day 28 (Sunday 10 February) and day 42 (Sunday 24 February) end on the Monday after. Day 15
     * is a Monday and stays.
     */
    private static final List<Row> GENT_ON_WORKING_DAYS = List.of(
            new Row("1-3", "2019-01-14", "2019-01-16", false, "Assessment whether crisis guidance fits"),
            new Row("1-4", "2019-01-14", "2019-01-17", false, "Judge's fiat"),
            new Row("1-4", "2019-01-14", "2019-01-17", false, "Dispatch to the module"),
            new Row("2-9", "2019-01-15", "2019-01-22", false, "First reflecting team"),
            new Row("3-4", "2019-01-16", "2019-01-17", false, "First hearing"),
            new Row("3-4", "2019-01-16", "2019-01-17", false, "Danger statement conversation"),
            new Row("1-5", "2019-01-14", "2019-01-18", false, "Reserving the evaluation dates"),
            new Row("5", "2019-01-18", "2019-01-18", false, "Explanation to the minor"),
            new Row("5", "2019-01-18", "2019-01-18", false, "First home visit"),
            new Row("6-8", "2019-01-19", "2019-01-21", true, "Decision on return home"),
            new Row("7-8", "2019-01-20", "2019-01-21", true, "Feedback to parents and minor"),
            new Row("14-15", "2019-01-27", "2019-01-28", false, "First network meeting"),
            new Row("14-15", "2019-01-27", "2019-01-28", false, "Safety plan to the judge"),
            new Row("28-29", "2019-02-10", "2019-02-11", true, "Interim evaluation"),
            new Row("40", "2019-02-22", "2019-02-22", false, "Second network meeting"),
            new Row("41-43", "2019-02-23", "2019-02-25", true, "Advice to the judge"),
            new Row("42-43", "2019-02-24", "2019-02-25", true, "Judge's decision"),
            new Row("", "", "", false, "Closing the extended guidance"),
            new Row("", "", "", false, "BMO"));

    /** The table's lines after the column names, up to the blank line that ends it. */
    private static List<String> tableRows(String out) {
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  day ") || l.startsWith("  dag ")).findFirst().orElseThrow());
        int end = lines.subList(header, lines.size()).indexOf("");
        return lines.subList(header + 1, end < 0 ? lines.size() : header + end);
    }

    private static void assertTable(String out, List<Row> expected) {
        List<String> rows = tableRows(out);
        assertThat(rows).hasSize(19);
        for (int i = 0; i < expected.size(); i++) {
            Row row = expected.get(i);
            String dated = row.days().isEmpty()
                    ? " +n/a"
                    : Pattern.quote(row.days()) + " +" + row.from() + " +" + row.to() + (row.moved() ? "\\*" : "") + " +(on time|late|due|overdue|upcoming)( +\\d{4}-\\d{2}-\\d{2})?";
            assertThat(rows.get(i)).as(row.label()).matches("^ +" + dated + " +" + Pattern.quote(row.label()) + " +[a-z, ]+$");
        }
    }

    @Test
    void the_table_shows_all_19_milestones_with_their_windows_on_calendar_days() {
        CliRun run = CliRun.of("schedule", GENT, "--today", "2019-01-18", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Schedule of case gent-2019-01 on 2019-01-18 (day 5)\n"
                + "Calendar: calendar days (as the table of §8 counts them)\n");
        assertTable(run.out(), GENT_ON_CALENDAR_DAYS);
        assertThat(run.out()).doesNotContain("*");
        assertThat(tableRows(run.out()).get(4)).contains("on time", "2019-01-17", "judge, minor, parents, consultant, crisis counsellor");
        assertThat(tableRows(run.out()).get(11)).contains("upcoming");
    }

    @Test
    void on_belgian_working_days_a_last_day_on_a_weekend_moves_to_the_monday_and_is_marked() {
        CliRun run = CliRun.of("schedule", GENT, "--today", "2019-01-18", "--lang", "en", "--calendar", "be-working-days");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("Calendar: working days (Belgium) (a last day on a Saturday, Sunday or legal public holiday moves to the next working day");
        assertTable(run.out(), GENT_ON_WORKING_DAYS);
        assertThat(run.out()).contains("\n* the last day by the table falls on a weekend or public holiday and moves to the next working day\n");
    }

    @Test
    void on_belgian_working_days_a_last_day_on_all_saints_moves_past_the_holiday_and_the_weekend() {
        // Dendermonde: petition Saturday 2019-10-05; day 28 is Friday 1 November, All Saints.
        CliRun run = CliRun.of("schedule", DENDERMONDE, "--today", "2019-10-20", "--lang", "en", "--calendar", "be-working-days");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> rows = tableRows(run.out());
        assertThat(rows).hasSize(19);
        assertThat(rows.get(13)).matches("^ +28-31 +2019-11-01 +2019-11-04\\* +upcoming +Interim evaluation +.*");
        assertThat(rows.get(11)).matches("^ +14-17 +2019-10-18 +2019-10-21\\* +on time +2019-10-18 +First network meeting +.*");
        assertThat(rows.get(14)).matches("^ +40 +2019-11-13 +2019-11-13 +upcoming +Second network meeting +.*");

        CliRun calendarDays = CliRun.of("schedule", DENDERMONDE, "--today", "2019-10-20", "--lang", "en");
        assertThat(tableRows(calendarDays.out()).get(13)).matches("^ +28 +2019-11-01 +2019-11-01 +upcoming +Interim evaluation +.*");
    }

    @Test
    void the_table_is_in_dutch_by_default() {
        CliRun run = CliRun.of("schedule", GENT, "--today", "2019-01-18");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Stappenplan van dossier gent-2019-01 op 2019-01-18 (dag 5)\nKalender: kalenderdagen (zoals");
        assertThat(run.out()).contains("  dag ", " gedaan op ", " mijlpaal ", "Eerste netwerkoverleg", "Voorleiding");
    }

    @Test
    void the_ics_option_writes_the_file_and_says_so_after_the_table() throws IOException {
        Path ics = tmp.resolve("gent.ics");
        CliRun run = CliRun.of("schedule", GENT, "--today", "2019-01-18", "--lang", "en", "--ics", ics.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("\nwrote the iCalendar file: " + ics + " (17 windows)\n");
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void usage_errors_give_exit_2_with_one_line_and_no_table() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("a-directory"));
        for (String[] args : new String[][] {
                {"schedule", GENT, "--calendar", "lunar"},
                {"schedule", GENT, "--lang", "fr"},
                {"schedule", GENT, "--today", "2019-02-30"},
                {"schedule", tmp.resolve("nothing.json").toString()},
                {"schedule", GENT, "--today", "2019-01-18", "--ics", tmp.resolve("no-such-dir").resolve("x.ics").toString()},
                {"schedule", GENT, "--today", "2019-01-18", "--ics", directory.toString()},
                {"schedule"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).as(String.join(" ", args)).doesNotContain("\tat ", "Exception:");
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(CliRun.of("schedule", GENT, "--calendar", "lunar").err()).contains("--calendar", "calendar, be-working-days");
        assertThat(CliRun.of("schedule", GENT, "--ics", tmp.resolve("no-such-dir").resolve("x.ics").toString()).err())
                .contains("--ics", "de map bestaat niet");
        assertThat(tmp.resolve("no-such-dir")).doesNotExist();
    }
}
