package be.sos.testkit;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two pilot cases of the policy document (§4 Gent, §5 Dendermonde): the fixtures every
 * module's tests share through the test kit.
 *
 * <p>The files are resources of the test kit ({@code be/sos/testkit/cases/}). Tests that
 * need them as files, such as the command line's, get a copy in a temporary folder made once per
 * test run, since inside the kit's jar they are no files of their own.
 */
public final class PilotCases {
    /** The file names of the pilot cases, as resources beside this class under {@code cases/}. */
    public static final List<String> FILES = List.of("gent-2019-01.json", "dendermonde-2019-02.json");

    private static Path dir;

    private PilotCases() {}

    /** The Gent case of §4 ({@code gent-2019-01}): one minor of 17, closed to a mandated facility. */
    public static Case gent() {
        return read("gent-2019-01.json");
    }

    /** The Dendermonde case of §5 ({@code dendermonde-2019-02}): two children, closed with a referral to OCJ. */
    public static Case dendermonde() {
        return read("dendermonde-2019-02.json");
    }

    /** A folder that holds the pilot case files, copied there from the resources once per run. */
    public static synchronized Path casesDir() {
        if (dir == null) {
            try {
                Path made = Files.createTempDirectory("sos-pilot-cases");
                made.toFile().deleteOnExit(); // registered first, so deleted after its files
                for (String name : FILES) {
                    try (InputStream in = open(name)) {
                        Files.copy(in, made.resolve(name));
                    }
                    made.resolve(name).toFile().deleteOnExit();
                }
                dir = made;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the pilot cases to a temporary folder", e);
            }
        }
        return dir;
    }

    private static InputStream open(String name) {
        InputStream in = PilotCases.class.getResourceAsStream("cases/" + name);
        if (in == null) {
            throw new IllegalStateException("pilot case " + name + " is not on the class path");
        }
        return in;
    }

    private static Case read(String name) {
        try (InputStream in = open(name)) {
            return CaseJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pilot case " + name, e);
        } catch (InvalidCaseException e) {
            throw new IllegalStateException("pilot case " + name + " is invalid: " + e.getMessage(), e);
        }
    }
}
