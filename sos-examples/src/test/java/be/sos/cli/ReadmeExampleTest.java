package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example compiles against the library and runs. */
class ReadmeExampleTest {
    @TempDir
    Path tmp;

    @Test
    void the_readme_embedding_example_compiles_and_runs() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("README.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a ```java block in README.md").isTrue();
        String source = block.group(1);
        assertThat(source.lines().filter(l -> !l.isBlank() && !l.startsWith("import")).count()).isLessThanOrEqualTo(12);

        Path file = tmp.resolve("EmbeddingExample.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, null, diagnostics, "-d", tmp.toString(), "-classpath", System.getProperty("java.class.path"), file.toString());
        assertThat(code).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {PilotCases.casesDir().resolve("gent-2019-01.json").toString(), "2019-01-18"});
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("INFO DEADLINE_DUE Te doen: het eerste reflectieteam, uiterlijk 2019-01-22 (termijn 2019-01-15 tot 2019-01-22).");
    }

    @Test
    void the_readme_generate_and_batch_example_runs_as_written_on_one_day() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("README.md"));
        Matcher block = Pattern.compile("```sh\n([^`]*generate --count[^`]*)```").matcher(readme);
        assertThat(block.find()).as("a ```sh block with generate in README.md").isTrue();
        List<String> commands = block.group(1).lines().filter(l -> l.startsWith("sos ") || l.contains("sos.jar")).toList();
        assertThat(commands).hasSize(2);

        // generate ... > cases.jsonl, then batch cases.jsonl ... > evaluations.jsonl, in a folder of their own
        CliRun generate = CliRun.of(arguments(commands.get(0)));
        assertThat(generate.code()).isZero();
        Files.writeString(tmp.resolve("cases.jsonl"), generate.out());
        CliRun batch = CliRun.of(arguments(commands.get(1)));
        assertThat(batch.code()).as(batch.err()).isZero();

        List<String> lines = batch.out().lines().toList();
        assertThat(lines).hasSize(generate.out().lines().toList().size());
        ObjectMapper json = new ObjectMapper();
        int midway = 0;
        for (String line : lines) {
            JsonNode evaluation = json.readTree(line);
            assertThat(evaluation.get("day").asInt()).as("no case is evaluated before its petition").isPositive();
            boolean stillToCome = false;
            for (JsonNode row : evaluation.get("schedule")) {
                stillToCome |= row.get("status").asText().equals("UPCOMING");
            }
            midway += stillToCome ? 1 : 0;
        }
        assertThat(midway).as("cases with milestones still to come on the day of the example").isGreaterThan(lines.size() / 5);
    }

    /** The tool's arguments in a README command line: after {@code sos} (or {@code sos.jar}), up to a redirection; files in the test's folder. */
    private String[] arguments(String command) {
        String tool = command.contains("sos.jar") ? "sos.jar" : "sos ";
        List<String> words = new ArrayList<>(Arrays.asList(command.substring(command.indexOf(tool) + tool.length()).trim().split("\\s+")));
        int redirect = words.indexOf(">");
        if (redirect >= 0) {
            words = words.subList(0, redirect);
        }
        return words.stream().map(w -> w.endsWith(".jsonl") || w.endsWith(".json") ? tmp.resolve(w).toString() : w).toArray(String[]::new);
    }
}
