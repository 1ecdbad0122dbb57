package be.sos.rules.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own {@code docs/} folder, found from the module's folder that the tests run in. */
final class RepositoryDocs {
    private RepositoryDocs() {}

    /** A file of {@code docs/}, such as {@code policy.md}. */
    static Path file(String name) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs").resolve(name);
            if (Files.isRegularFile(file) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return file;
            }
        }
        throw new IllegalStateException("no docs/" + name + " in the repository above " + start);
    }
}
