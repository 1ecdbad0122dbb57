package be.sos.cli;

import be.sos.rules.SosEngine;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option {@code --rules DIR} of a command that evaluates: an edited rule directory instead of the bundled rules. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    /** The rule directory given, or null for the bundled rules. */
    Path path() {
        return rules;
    }

    /** The engine of the rules chosen: the directory's, after every check, or the bundled one. */
    SosEngine engine() {
        return Inputs.engine(rules);
    }
}
