package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.rules.Evaluation;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process example of docs/embedding.md compiles against the library and prints what the engine finds. */
class EmbeddingGuideTest {
    static final Path GUIDE = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("embedding.md");

    @TempDir
    Path tmp;

    @Test
    void the_guides_java_example_compiles_and_runs() throws Exception {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        assertThat(block.find()).as("a ```java block in docs/embedding.md").isTrue();
        Path file = tmp.resolve("HostExample.java");
        Files.writeString(file, block.group(1));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, null, diagnostics, "-d", tmp.toString(), "-classpath", System.getProperty("java.class.path"), file.toString());
        assertThat(code).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path gent = PilotCases.casesDir().resolve("gent-2019-01.json");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("HostExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {gent.toString(), "2019-01-18"});
        } finally {
            System.setOut(stdout);
        }

        Evaluation expected = SosEngine.bundled().evaluate(CaseJson.read(gent), LocalDate.of(2019, 1, 18));
        List<String> lines = new ArrayList<>();
        lines.add(expected.caseId() + " day " + expected.day() + ", eligible " + expected.eligibility().eligible());
        expected.findings().forEach(f -> lines.add(f.severity() + " " + f.code()));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(lines).contains("INFO DEADLINE_DUE");
    }
}
