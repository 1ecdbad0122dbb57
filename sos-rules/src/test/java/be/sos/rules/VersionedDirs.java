package be.sos.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Rule directories with versions, for tests: the bundled files at the root, and what each version changes. */
public final class VersionedDirs {
    private VersionedDirs() {}

    /** Writes the bundled rule files into {@code dir}, the index, and the given files (paths relative to {@code dir}). */
    public static Path write(Path dir, String index, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : Engines.bundled().ruleFiles().entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("versions.index"), index, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled procedure.properties with the first network meeting's window moved to day 13-16: the whole file. */
    public static String movedParameters() {
        return RuleEdits.moveFirstNetworkMeeting(Engines.bundled().ruleFiles().get("procedure.properties"));
    }

    /**
     * What a version's folder holds to move the first network meeting's window to day 13-16: a
     * procedure.properties with only the lines the edit changes, which the composer merges key by key.
     */
    public static String movedOverride() {
        return changedLines(Engines.bundled().ruleFiles().get("procedure.properties"), movedParameters());
    }

    /** The lines of {@code edited} that are not lines of {@code original}, in order, each ending in a line break. */
    public static String changedLines(String original, String edited) {
        java.util.Set<String> before = new java.util.HashSet<>(original.lines().toList());
        StringBuilder changed = new StringBuilder();
        edited.lines().filter(l -> !before.contains(l)).forEach(l -> changed.append(l).append('\n'));
        if (changed.isEmpty()) {
            throw new IllegalArgumentException("the edit changes no line");
        }
        return changed.toString();
    }

    /** The index of the worked example: the pilot's rules, then from 2019-07-01 the moved window. */
    public static final String TWO_VERSIONS = """
            # name     in force from   until   folder
            pilot      -               -       -
            2019-07    2019-07-01
            """;

    /** The worked example's directory: two versions, the second moves the first network meeting's window. */
    public static Path twoVersions(Path dir) {
        return write(dir, TWO_VERSIONS, Map.of("2019-07/procedure.properties", movedOverride()));
    }

    /** The JSON of an evaluation without its {@code rules.version}: what rules without versions write. */
    public static String withoutVersion(Evaluation e) {
        return EvaluationJson.write(new Evaluation(e.caseId(), e.today(), e.day(), new RuleSetInfo(e.rules().source(), e.rules().fingerprint()),
                e.calendar(), e.clocks(), e.eligibility(), e.schedule(), e.extension(), e.metrics(), e.findings()));
    }
}
