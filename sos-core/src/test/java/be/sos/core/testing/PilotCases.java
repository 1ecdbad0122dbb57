package be.sos.core.testing;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pilot's two cases (policy document §4 and §5), read from {@code shared/cases} beside the project. */
public final class PilotCases {
    private PilotCases() {}

    /** Case 1 (§4), Gent. */
    public static Case gent() {
        return read("gent-2019-01.json");
    }

    /** Case 2 (§5), Dendermonde. */
    public static Case dendermonde() {
        return read("dendermonde-2019-02.json");
    }

    /** The folder of the shared case files: {@code sos.shared.dir}, or {@code shared/cases} in a parent folder. */
    public static Path folder() {
        String override = System.getProperty("sos.shared.dir");
        if (override != null) {
            return Path.of(override, "cases");
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path cases = dir.resolve("shared").resolve("cases");
            if (Files.isDirectory(cases)) {
                return cases;
            }
        }
        throw new IllegalStateException("no shared/cases folder above " + System.getProperty("user.dir")
                + "; set -Dsos.shared.dir=PATH");
    }

    private static Case read(String name) {
        try {
            return CaseJson.read(folder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCaseException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }
}
