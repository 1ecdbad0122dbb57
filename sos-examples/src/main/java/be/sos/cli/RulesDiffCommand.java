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
 */
@Command(name = "diff", description = "Lists what changed from the rules in OLD (a directory, or 'bundled') to the rules in NEW: "
        + "rules added, removed and changed (by @id, with the changed lines), settings and messages changed.")
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "old", description = "the rule directory as it was, or 'bundled'")
    private String before;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "new", description = "the rule directory as it is now, or 'bundled'")
    private String after;

    @Mixin
    private Options.Format formatOption;

    @Mixin
    private Options.Lang lang;

    @Override
    public Integer call() {
        Locale locale = lang.locale();
        ImpactText text = ImpactText.of(locale);
        String format = formatOption.chosen("text", "json");
        RuleSetDiff diff = diff(before, after, text);
        spec.commandLine().getOut().print(format.equals("json") ? ImpactJson.write(diff) + "\n" : text(diff, text));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The diff between two rule sets named as on the command line: a directory, or {@code bundled}. */
    static RuleSetDiff diff(String before, String after, ImpactText text) {
        return RuleSetDiff.between(before, files(before, text), after, files(after, text));
    }

    private static Map<String, String> files(String name, ImpactText text) {
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
            return RuleSetDiff.files(dir);
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
