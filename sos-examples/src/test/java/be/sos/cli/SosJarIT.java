package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar as built: one file with everything inside, run as a separate process. */
class SosJarIT {
    private static final Path JAR = Path.of("target", "sos.jar");

    record Run(int code, String out, String err) {}

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_jar_runs_the_demo() throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("built by mvn package").isTrue();
        Run run = java("demo");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("voorbeeld-gent", "voorbeeld-dendermonde", "voorbeeld-lopend", "§8");
    }

    @Test
    void the_jar_evaluates_a_pilot_case_and_rejects_bad_input_in_one_line() throws Exception {
        Run ok = java("evaluate", PilotCases.casesDir().resolve("dendermonde-2019-02.json").toString(), "--today", "2019-10-20");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("\"caseId\" : \"dendermonde-2019-02\"", "\"day\" : 16");

        Run bad = java("evaluate", "no-such-case.json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void the_jar_writes_the_schedule_as_icalendar_with_what_ical4j_needs_inside() throws Exception {
        Path ics = Files.createTempDirectory("sos-jar-it").resolve("gent.ics");
        // No --today: the system date goes through java.time's zone rules, which ical4j extends by a service.
        Run run = java("schedule", PilotCases.casesDir().resolve("gent-2019-01.json").toString(), "--calendar", "be-working-days",
                "--lang", "en", "--ics", ics.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Calendar: working days (Belgium)", "First network meeting", "wrote the iCalendar file: " + ics);

        byte[] bytes = Files.readAllBytes(ics);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nUID:gent-2019-01-FIRST_HEARING@sos\r\n", "\r\nDTSTART;VALUE=DATE:20190116\r\n");
        List<net.fortuna.ical4j.model.component.VEvent> events =
                new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.ByteArrayInputStream(bytes)).getComponents("VEVENT");
        assertThat(events).hasSizeGreaterThanOrEqualTo(17);

        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("META-INF/services/net.fortuna.ical4j.model.PropertyFactory")).as("merged services").isNotNull();
            assertThat(jar.getEntry("META-INF/services/java.time.zone.ZoneRulesProvider")).as("left out on purpose, see the pom").isNull();
        }
    }

    @Test
    void the_jar_exports_validates_and_tests_the_bundled_rules() throws Exception {
        Path dir = Files.createTempDirectory("sos-jar-it").resolve("my-rules");
        Run export = java("rules", "export", dir.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(dir.resolve("deadlines.drl")).isRegularFile();

        Run validate = java("rules", "validate", "--lang", "en", dir.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).startsWith("ok: 7 rule files, ").contains(" rules, fingerprint ");

        Run test = java("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString());
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        List<String> lines = test.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("[1-9]\\d* passed, 0 failed");
    }
}
