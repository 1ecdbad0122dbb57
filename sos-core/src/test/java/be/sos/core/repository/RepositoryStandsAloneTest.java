package be.sos.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the repository reads or names a folder beside it: a fresh clone in an empty folder has
 * only what it holds. The patterns are written in pieces so that this file does not name them itself.
 */
class RepositoryStandsAloneTest {
    private static final List<String> OUTSIDE = List.of(
            "../" + "shared", "shared/" + "cases", "shared/" + "DOMAIN", "shared/" + "CONTRACT",
            "DOMAIN" + ".md", "CONTRACT" + ".md");

    @Test
    void no_file_of_the_repository_points_outside_it() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("the repository's root holds the parent pom").isRegularFile();
        assertThat(Files.readString(root.resolve("pom.xml"))).contains("<module>sos-core</module>");

        List<String> found = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).filter(f -> !ignored(root.relativize(f)))::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                if (isBinary(bytes)) {
                    continue;
                }
                read++;
                String text = new String(bytes, StandardCharsets.UTF_8);
                for (String pattern : OUTSIDE) {
                    if (text.contains(pattern)) {
                        found.add(root.relativize(file) + " names " + pattern);
                    }
                }
            }
        }
        assertThat(read).as("files read").isGreaterThan(100);
        assertThat(found).isEmpty();
    }

    /** Build output, version control and editors' folders are not the repository's content. */
    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals(".git") || name.equals(".idea") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
