package be.sos.cli;

import be.sos.rules.impact.ImpactJson;
import be.sos.rules.RuleSetException;
import be.sos.rules.impact.RuleSetDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sos rules diff OLD NEW}: what changed between two rule directories, as a changelog: rules
 * added, removed and changed (with the changed lines), settings, messages.
 * {@code sos rules diff DIR --from-version A --to-version B}: the same between two versions of one
 * directory with versions.
 */
@Command(name = "diff", description = "Lists what changed from the rules in OLD (a directory, or 'bundled') to the rules in NEW: "
        + "rules added, removed and changed (by @id, with the changed lines), settings and messages changed. "
        + "With --from-version and --to-version, compares two versions of one directory (OLD alone) or of OLD and NEW.")
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "old", description = "the rule directory as it was, or 'bundled'")
    private String before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", descriptionKey = "new",
            description = "the rule directory as it is now, or 'bundled' (default: OLD, when two versions are named)")
    private String after;

    @Mixin
    private Options.Versions versions;

    @Mixin
    private Options.Format formatOption;

    @Mixin
    private Options.Lang lang;

    @Override
    public Integer call() {
        Locale locale = lang.locale();
        ImpactText text = ImpactText.of(locale);
        String format = formatOption.chosen("text", "json");
        String fromVersion = versions.from();
        String toVersion = versions.to();
        if (after == null && (fromVersion == null || toVersion == null)) {
            throw new InputException(text.get("error.diffOneDirectory"));
        }
        String newer = after == null ? before : after;
        requireVersion(before, fromVersion, "--from-version", text);
        requireVersion(newer, toVersion, "--to-version", text);
        RuleSetDiff diff = diff(before, fromVersion, newer, toVersion, text);
        spec.commandLine().getOut().print(format.equals("json") ? ImpactJson.write(diff) + "\n" : text(diff, text));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The diff between two rule sets named as on the command line: a directory, or {@code bundled};
     * each a version of a directory with versions when one is named (not null).
     */
    static RuleSetDiff diff(String before, String beforeVersion, String after, String afterVersion, ImpactText text) {
        return RuleSetDiff.between(label(before, beforeVersion, text), files(before, beforeVersion, text),
                label(after, afterVersion, text), files(after, afterVersion, text));
    }

    /** A rule set as the output names it: its directory, and the version named on the command line. */
    static String label(String name, String version, ImpactText text) {
        return version == null ? name : text.get("version.label", name, version);
    }

    /**
     * Checks that the rule directory {@code name} has the version an option names: a usage error of
     * one line (exit 2) for {@code bundled}, a directory without versions and a name not in its
     * index, with the names that are.
     */
    static void requireVersion(String name, String version, String option, ImpactText text) {
        if (version == null) {
            return;
        }
        List<String> versions = List.of();
        if (!name.equals("bundled")) {
            Path dir = Path.of(name);
            if (!Files.isDirectory(dir)) {
                throw new InputException(text.get("error.notDirectory", name));
            }
            try {
                versions = RuleSetDiff.versions(dir);
            } catch (RuleSetException e) {
                throw new RulesException(e.problems());
            } catch (IOException e) {
                throw new InputException(text.get("error.cannotRead", name, e.getClass().getSimpleName()));
            }
        }
        if (versions.isEmpty()) {
            throw new InputException(text.get("error.noVersions", name, option));
        }
        if (!versions.contains(version)) {
            throw new InputException(text.get("error.unknownVersion", name, version, String.join(", ", versions)));
        }
    }

    private static Map<String, String> files(String name, String version, ImpactText text) {
        if (name.equals("bundled")) {
            try {
                return RuleSetDiff.files(null);
            } catch (IOException | RuleSetException e) {
                throw new IllegalStateException("the bundled rules cannot be read", e);
            }
        }
        Path dir = Path.of(name);
        if (!Files.isDirectory(dir)) {
            throw new InputException(text.get("error.notDirectory", name));
        }
        try {
            return version == null ? RuleSetDiff.files(dir) : RuleSetDiff.files(dir, version);
        } catch (RuleSetException e) {
            throw new RulesException(e.problems());
        } catch (IOException e) {
            throw new InputException(text.get("error.cannotRead", name, e.getMessage()));
        }
    }

    /** The diff as text for the terminal, one change a line, the changed lines of a rule indented below it. */
    static String text(RuleSetDiff diff, ImpactText text) {
        StringBuilder out = new StringBuilder();
        out.append(text.get("diff.title", diff.base(), diff.edited())).append('\n');
        if (diff.isEmpty()) {
            out.append(text.get("diff.none")).append('\n');
            return out.toString();
        }
        for (String file : diff.filesAdded()) {
            out.append(text.get("diff.fileAdded", file)).append('\n');
        }
        for (String file : diff.filesRemoved()) {
            out.append(text.get("diff.fileRemoved", file)).append('\n');
        }
        int[] kinds = new int[3];
        for (RuleSetDiff.RuleChange rule : diff.rules()) {
            kinds[rule.kind().ordinal()]++;
            out.append(text.get("diff.rule." + rule.kind(), rule.id(), rule.name(), rule.file())).append('\n');
            for (String line : rule.kind() == RuleSetDiff.Kind.CHANGED ? rule.lines() : List.<String>of()) {
                out.append("    ").append(line).append('\n');
            }
        }
        for (RuleSetDiff.KeyChange setting : diff.settings()) {
            out.append(text.get("diff.setting." + setting.kind(), setting.file(), setting.key(), setting.before(), setting.after(),
                    setting.note().isEmpty() ? "" : " (" + setting.note() + ")")).append('\n');
        }
        for (RuleSetDiff.KeyChange message : diff.messages()) {
            out.append(text.get("diff.message." + message.kind(), message.file(), message.key(), message.before(), message.after())).append('\n');
        }
        for (RuleSetDiff.FileLines other : diff.otherLines()) {
            out.append(text.get("diff.other", other.file())).append('\n');
            other.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        }
        List<Object> counts = new ArrayList<>(List.of(kinds[RuleSetDiff.Kind.CHANGED.ordinal()], kinds[RuleSetDiff.Kind.ADDED.ordinal()],
                kinds[RuleSetDiff.Kind.REMOVED.ordinal()], diff.settings().size(), diff.messages().size()));
        out.append(text.get("diff.summary", counts.toArray())).append('\n');
        return out.toString();
    }
}
