package be.sos.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario files for tests: a small case written inline, and files written into a folder. */
final class ScenarioFiles {
    /** A scenario's {@code case:} written inline: one minor, petitioned on 2024-01-08. */
    static final String INLINE_CASE = """
            case:
              schemaVersion: 1
              id: klein
              office: GENT
              petitionDate: 2024-01-08
              minors: [{id: J, birthDate: 2012-05-01}]
            """;

    private ScenarioFiles() {}

    /** Writes a file at {@code name} under {@code dir}, making its folders. */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
