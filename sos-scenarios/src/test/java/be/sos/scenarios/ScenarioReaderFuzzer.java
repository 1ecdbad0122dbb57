package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the scenario reader: any text as a scenario file gives scenarios or
 * an {@link InvalidScenarioException} with a one-line message; never another exception, an Error
 * or a hang. A regression input for each crash found goes under
 * {@code src/test/resources/be/sos/scenarios/ScenarioReaderFuzzerInputs/}.
 */
class ScenarioReaderFuzzer {
    private static final Path DIR = folder();

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("sos-scenario-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "15s")
    void fuzzScenarioFile(FuzzedDataProvider data) throws IOException {
        Path file = DIR.resolve("fuzz.yaml");
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            List<Scenario> scenarios = Scenarios.read(file);
            assertThat(scenarios).isNotEmpty();
        } catch (InvalidScenarioException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
