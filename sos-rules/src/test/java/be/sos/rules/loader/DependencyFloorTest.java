package be.sos.rules.loader;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.Engines;
import be.sos.rules.EvaluationJson;
import be.sos.testkit.PilotCases;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The oldest Jackson and SLF4J a host may force on the engine (docs/embedding.md): this module's
 * class path with those two swapped for the floor versions that the build copies to
 * {@code target/floor}, in a JVM of its own, reads, evaluates and writes as on the versions the
 * library is built with.
 */
class DependencyFloorTest {
    private static final Path FLOOR = Path.of("target/floor");

    @Test
    void the_engine_and_the_json_run_on_the_floor_versions_of_jackson_and_slf4j() throws Exception {
        List<String> floorJars;
        try (Stream<Path> jars = Files.list(FLOOR)) {
            floorJars = jars.map(p -> p.toAbsolutePath().toString()).sorted().toList();
        }
        assertThat(floorJars).anyMatch(j -> j.endsWith("jackson-databind-2.16.0.jar")).anyMatch(j -> j.endsWith("slf4j-api-1.7.36.jar"));
        List<String> classPath = new ArrayList<>(floorJars);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (!path.contains("/com/fasterxml/jackson/") && !path.contains("/org/slf4j/")) {
                classPath.add(entry);
            }
        }
        Path file = PilotCases.casesDir().resolve("gent-2019-01.json");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), FloorProbe.class.getName(), file.toString(), "2019-02-01")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("jackson: 2.16.0\n", "slf4j: slf4j-api-1.7.36.jar\n", "limit: $.office: too large: ")
                .contains("evaluation: " + EvaluationJson.write(Engines.bundled().evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 1))) + "\n");
    }
}
