package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code batch} in the runnable jar, as a separate process, with a pipe for its standard input. */
class BatchJarIT {
    private static final Path JAR = Path.of("target", "sos.jar");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    private static Process start(String... args) throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("built by mvn package").isTrue();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).start();
    }

    /** The next line of the process's output, waiting at most a minute for it. */
    private static String next(BufferedReader out) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
    }

    @Test
    void a_host_keeps_one_process_open_and_talks_to_it_line_by_line() throws Exception {
        List<Case> cases = CaseGenerator.cases(21, 3).toList();
        SosEngine engine = SosEngine.bundled();
        Process sos = start("-jar", JAR.toString(), "batch", "-", "--today", TODAY.toString());
        OutputStream in = sos.getOutputStream();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(sos.getInputStream(), StandardCharsets.UTF_8))) {
            for (Case c : cases) {
                in.write((CaseJson.write(c) + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                // the answer comes while the pipe stays open: the next line is only written after it
                assertThat(next(out)).isEqualTo(EvaluationJson.write(engine.evaluate(c, TODAY)));
                assertThat(sos.isAlive()).isTrue();
            }
            in.write("not json\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertThat(next(out)).startsWith("{\"line\":4,\"error\":\"$: ongeldige JSON");
            in.close();
            assertThat(next(out)).isNull();
        }
        assertThat(sos.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(sos.exitValue()).isEqualTo(2);
        // standard error holds only the closing summary
        assertThat(new String(sos.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("sos batch: ").doesNotContain("Exception");
    }

    @Test
    void a_line_of_600_million_characters_passes_through_64_mb_of_heap_and_the_batch_goes_on() throws Exception {
        List<Case> cases = CaseGenerator.cases(22, 2).toList();
        Process sos = start("-Xmx64m", "-jar", JAR.toString(), "batch", "-", "--today", TODAY.toString());
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return sos.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (OutputStream in = sos.getOutputStream()) {
            in.write((CaseJson.write(cases.get(0)) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            in.write("{\"dangerStatement\": \"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 600; i++) {
                in.write(chunk, 0, 1_000_000);
            }
            in.write(("\"}\n" + CaseJson.write(cases.get(1)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(sos.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(sos.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).as("only the closing summary").startsWith("sos batch: ").contains("1 slechte regels").doesNotContain("Exception");
        assertThat(sos.exitValue()).isEqualTo(2);
        List<String> lines = new String(output.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"caseId\":\"gen-22-1\"");
        assertThat(lines.get(1)).isEqualTo("{\"line\":2,\"error\":\"te groot: een regel van meer dan 2000000 tekens\"}");
        assertThat(lines.get(2)).startsWith("{\"caseId\":\"gen-22-2\"");
    }

    @Test
    void input_errors_end_in_exit_2_with_one_line_and_no_stack_trace() throws Exception {
        Path dir = Files.createTempDirectory("sos-batch-it");
        for (String[] args : List.of(
                new String[] {"batch", dir.toString()},
                new String[] {"batch", "-", "--today", "+999999999-12-31"},
                new String[] {"evaluate", dir.toString(), "--today", "2024-03-01"})) {
            List<String> command = new ArrayList<>(List.of("-Xmx512m", "-jar", JAR.toString()));
            command.addAll(Arrays.asList(args));
            Process sos = start(command.toArray(String[]::new));
            sos.getOutputStream().close();
            byte[] out = sos.getInputStream().readAllBytes();
            String err = new String(sos.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sos.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(sos.exitValue()).as(String.join(" ", args) + ": " + err).isEqualTo(2);
            assertThat(out).isEmpty();
            assertThat(err.lines().toList()).as(err).hasSize(1);
            assertThat(err).startsWith("sos: ").doesNotContain("Exception", "\tat ");
        }
    }
}
