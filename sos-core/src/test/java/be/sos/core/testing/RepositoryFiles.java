package be.sos.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the repository that tests read, such as the docs: found from the module's folder
 * upwards, never past the folders of the Maven build (each holds a pom.xml), so a test never reads
 * anything outside the repository.
 */
public final class RepositoryFiles {
    private RepositoryFiles() {}

    /** The file at this path relative to the repository's root, such as {@code docs/evaluation-format.md}. */
    public static Path file(String relative) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null && Files.isRegularFile(dir.resolve("pom.xml")); dir = dir.getParent()) {
            Path file = dir.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new AssertionError("no " + relative + " in the folders of the build from " + start + " up");
    }
}
