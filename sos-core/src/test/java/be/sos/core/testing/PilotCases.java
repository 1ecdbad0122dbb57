package be.sos.core.testing;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two pilot cases of the policy document (§4 Gent, §5 Dendermonde), read from
 * {@code shared/cases}: the fixtures every module's tests share through the test-jar.
 *
 * <p>The folder is found by walking up from the working directory to the first directory that
 * holds {@code shared/cases}, so it works from the repository root, from a module and from a CI
 * clone that keeps {@code shared/} beside the repository. The system property
 * {@value #SHARED_DIR_PROPERTY} names the {@code shared} folder directly and wins when set.
 */
public final class PilotCases {
    /** The system property that names the {@code shared} folder, overriding the search. */
    public static final String SHARED_DIR_PROPERTY = "sos.shared.dir";

    private PilotCases() {}

    /** The Gent case of §4 ({@code gent-2019-01}): one minor of 17, closed to a mandated facility. */
    public static Case gent() {
        return read("gent-2019-01.json");
    }

    /** The Dendermonde case of §5 ({@code dendermonde-2019-02}): two children, closed with a referral to OCJ. */
    public static Case dendermonde() {
        return read("dendermonde-2019-02.json");
    }

    /** The folder that holds the pilot case files. */
    public static Path casesDir() {
        String override = System.getProperty(SHARED_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path cases = Path.of(override).resolve("cases");
            if (!Files.isDirectory(cases)) {
                throw new IllegalStateException("system property " + SHARED_DIR_PROPERTY
                        + " names a folder without a 'cases' folder: " + cases.toAbsolutePath());
            }
            return cases;
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path cases = dir.resolve("shared").resolve("cases");
            if (Files.isDirectory(cases)) {
                return cases;
            }
        }
        throw new IllegalStateException("no 'shared/cases' folder in " + start + " or any folder above it;"
                + " put the shared folder beside the repository or set -D" + SHARED_DIR_PROPERTY + "=PATH");
    }

    private static Case read(String name) {
        Path file = casesDir().resolve(name);
        try {
            return CaseJson.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pilot case " + file, e);
        } catch (InvalidCaseException e) {
            throw new IllegalStateException("pilot case " + file + " is invalid: " + e.getMessage(), e);
        }
    }
}
