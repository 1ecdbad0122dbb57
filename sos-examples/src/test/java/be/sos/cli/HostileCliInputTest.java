package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.sos.core.json.CaseJson;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input on the command line, kind by kind: what was tried, and what must happen. Every row
 * ends in exit code 2 with one line on standard error that names the file, path or option and
 * holds no stack trace and no value of the file. Add a row for every new kind found.
 */
class HostileCliInputTest {
    @TempDir
    static Path tmp;

    private static final String PILOT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();

    /** A case file in the temporary folder: the pilot case, on one line, with one text replaced. */
    private static String pilotWith(String name, String find, String replacement) {
        try {
            String text = CaseJson.write(PilotCases.gent());
            assertThat(text).contains(find);
            Path file = tmp.resolve(name);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replacement)));
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Arguments row(String tried, Function<Path, String[]> args, String named) {
        return Arguments.of(tried, args, named);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                row("evaluate a directory", dir -> new String[] {"evaluate", dir.toString()}, "is een map"),
                row("batch a directory", dir -> new String[] {"batch", dir.toString()}, "is een map"),
                row("batch a file that fails while it is read", dir -> new String[] {"batch", "/proc/self/mem"}, "/proc/self/mem: kan niet tot het einde gelezen worden"),
                row("evaluate on a day of year 999999999", dir -> new String[] {"evaluate", PILOT, "--today", "+999999999-12-31"}, "--today"),
                row("batch on a day of year 999999999", dir -> new String[] {"batch", PILOT, "--today", "+999999999-12-31"}, "--today"),
                row("schedule on a day of year 999999999", dir -> new String[] {"schedule", PILOT, "--today", "+999999999-12-31"}, "--today"),
                row("report on a day before 1900", dir -> new String[] {"report", PILOT, "--today", "1899-12-31", "--out",
                        dir.resolve("r.html").toString()}, "--today"),
                row("evaluate on a day after 2200", dir -> new String[] {"evaluate", PILOT, "--today", "2201-01-01"}, "--today"),
                row("evaluate on a day of a negative year", dir -> new String[] {"evaluate", PILOT, "--today", "-0001-01-01"}, "--today"),
                row("generate around a day whose cases would be dated before 1900",
                        dir -> new String[] {"generate", "--count", "1", "--today", "1905-01-01"}, "--today"),
                row("evaluate a case id with a bare CR",
                        dir -> new String[] {"evaluate", pilotWith("cr.json", "\"id\":\"gent-2019-01\"", "\"id\":\"gent\\rURL:http://evil.example/\"")}, "$.id"),
                row("schedule a case id with ESC", dir -> new String[] {"schedule", pilotWith("esc.json", "\"id\":\"gent-2019-01\"", "\"id\":\"gent\\u001b[2J\""),
                        "--ics", dir.resolve("x.ics").toString()}, "$.id"),
                row("evaluate a petition in year 1850",
                        dir -> new String[] {"evaluate", pilotWith("old.json", "\"petitionDate\":\"2019-01-14\"", "\"petitionDate\":\"1850-01-14\"")},
                        "$.petitionDate"),
                row("evaluate a dispatch before the petition", dir -> new String[] {"evaluate", pilotWith("dispatch.json",
                        "{\"type\":\"DISPATCH_TO_MODULE\",\"date\":\"2019-01-16\"}", "{\"type\":\"DISPATCH_TO_MODULE\",\"date\":\"2019-01-10\"}")},
                        "].date: a dispatch to the module before the petition date"),
                row("evaluate a closure before the petition", dir -> new String[] {"evaluate", pilotWith("closure.json",
                        "\"closure\":{\"path\":\"MANDATED_FACILITY\",\"date\":\"2019-02-26\"}",
                        "\"closure\":{\"path\":\"MANDATED_FACILITY\",\"date\":\"2019-01-01\"}")}, "$.closure.date"),
                row("evaluate a name typed as availability", dir -> new String[] {"evaluate",
                        pilotWith("name.json", "\"availability\":\"AVAILABLE\"", "\"availability\":\"Jan_Janssens\"")}, "availability"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void is_refused_with_exit_2_and_one_line(String tried, Function<Path, String[]> args, String named) throws IOException {
        if (tried.contains("fails while it is read")) {
            assumeTrue(Files.exists(Path.of("/proc/self/mem")), "a file that cannot be read to its end");
        }
        Path dir = Files.createTempDirectory(tmp, "run");
        CliRun run = CliRun.of(args.apply(dir));
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(named).doesNotContain("Exception:", "\tat ", "Janssens", "evil.example");
    }

    @Test
    void a_file_without_permission_to_read_is_an_input_error() throws IOException {
        Path file = tmp.resolve("secret.jsonl");
        Files.writeString(file, CaseJson.write(PilotCases.gent()) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "not when run with the right to read every file");
        for (String command : List.of("batch", "evaluate")) {
            CliRun run = CliRun.of(command, file.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("sos: " + file + ": cannot be read (no permission)\n");
        }
    }

    @Test
    void a_byte_order_mark_is_read_by_evaluate_and_by_batch_alike() throws IOException {
        String json = CaseJson.write(PilotCases.gent());
        Path single = tmp.resolve("bom.json");
        Files.write(single, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
        Path lines = tmp.resolve("bom.jsonl");
        Files.write(lines, ("\uFEFF" + json + "\n" + json + "\n").getBytes(StandardCharsets.UTF_8));

        CliRun evaluate = CliRun.of("evaluate", single.toString(), "--today", "2019-02-01");
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        CliRun batch = CliRun.of("batch", lines.toString(), "--today", "2019-02-01");
        assertThat(batch.code()).as(batch.out()).isZero();
        List<String> out = batch.out().lines().toList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isEqualTo(out.get(1)).contains("\"caseId\":\"gent-2019-01\"");
    }

    @Test
    void a_line_longer_than_the_limit_is_skipped_and_the_batch_goes_on() throws IOException {
        List<String> cases = CaseGenerator.cases(9, 2).map(CaseJson::write).toList();
        Path file = tmp.resolve("long.jsonl");
        String longLine = "{\"dangerStatement\": \"" + "x".repeat(CaseJson.MAX_DOCUMENT_CHARS) + "\"}";
        String atLimit = " ".repeat(CaseJson.MAX_DOCUMENT_CHARS - cases.get(1).length()) + cases.get(1);
        Files.writeString(file, cases.get(0) + "\n" + longLine + "\n" + atLimit + "\r\n");

        CliRun run = CliRun.of("batch", file.toString(), "--today", "2024-03-01");
        assertThat(run.code()).isEqualTo(2);
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).startsWith("{\"caseId\":\"gen-9-1\"");
        assertThat(out.get(1)).isEqualTo("{\"line\":2,\"error\":\"te groot: een regel van meer dan 2000000 tekens\"}");
        assertThat(out.get(2)).as("a line of exactly the limit is read").startsWith("{\"caseId\":\"gen-9-2\"");
        assertThat(run.err()).as("only the summary").startsWith("sos batch: 3 dossiers").contains("1 slechte regels")
                .doesNotContain("Exception");
    }

    @Test
    void bounded_lines_skip_a_line_longer_than_the_limit_to_its_end() throws IOException {
        // a line of 50 million characters, made as it is read: only the limit's worth is ever kept
        long length = 50_000_000L;
        Reader endless = new Reader() {
            private long given;
            private final StringReader tail = new StringReader("\n{}\r\nlast");

            @Override
            public int read(char[] buffer, int off, int len) {
                if (given < length) {
                    int n = (int) Math.min(len, length - given);
                    java.util.Arrays.fill(buffer, off, off + n, 'a');
                    given += n;
                    return n;
                }
                try {
                    return tail.read(buffer, off, len);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
        try (BoundedLines lines = new BoundedLines(endless, 1000)) {
            BoundedLines.Line first = lines.next();
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.tooLong()).isTrue();
            assertThat(lines.next()).isEqualTo(new BoundedLines.Line(2, "{}"));
            assertThat(lines.next()).isEqualTo(new BoundedLines.Line(3, "last"));
            assertThat(lines.next()).isNull();
        }
    }
}
