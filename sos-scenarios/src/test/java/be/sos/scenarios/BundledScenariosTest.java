package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.SosEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios bundled with the rules hold for the bundled rules. */
class BundledScenariosTest {
    @TempDir
    Path folder;

    /** The bundled scenarios, written into {@code dir} as {@code sos rules export} does, and read from there. */
    static List<Scenario> bundled(Path dir) throws IOException, InvalidScenarioException {
        for (var file : Scenarios.bundled().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : Scenarios.files(dir)) {
            scenarios.addAll(Scenarios.read(file));
        }
        return scenarios;
    }

    @Test
    void every_bundled_scenario_passes_with_the_bundled_rules() throws Exception {
        List<String> failed = new ArrayList<>();
        for (ScenarioResult result : ScenarioRunner.of(SosEngine.bundled()).run(bundled(folder))) {
            if (!result.passed()) {
                failed.add(result.scenario().path().getFileName() + ":" + result.scenario().line() + " " + result.scenario().name()
                        + "\n    " + String.join("\n    ", result.failures()) + "\n    came out: " + result.findings());
            }
        }
        assertThat(failed).as(String.join("\n", failed)).isEmpty();
    }
}
