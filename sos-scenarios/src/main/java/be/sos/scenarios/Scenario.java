package be.sos.scenarios;

import be.sos.core.model.Case;
import be.sos.rules.EvaluationOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One scenario of a scenario file: a case on a day, and what the rules must make of it. Read by
 * {@link Scenarios#read(Path)}, run by {@link ScenarioRunner}. Immutable.
 *
 * @param path the scenario file it comes from
 * @param line the line of that file where it starts
 * @param name what it says, as a policy statement ("Zonder fiat van de jeugdrechter kan de zaak niet starten")
 * @param rules the ids of the rules it is about ({@code rule:}, {@code rules:} and the keys of
 *     {@code expect.fires}), in the order written
 * @param file the case
 * @param today the day of the evaluation
 * @param options the language, the calendar and the programme's other cases
 * @param expect what the evaluation must show
 * @param version the version of a rule directory with versions to judge the case by ({@code version:}),
 *     or null for the version its petition date selects
 */
public record Scenario(Path path, int line, String name, List<String> rules, Case file, LocalDate today,
                       EvaluationOptions options, Expectations expect, String version) {
    /** Checks the values and copies the list. */
    public Scenario {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(expect, "expect");
    }

    /** A scenario judged by the version its case's petition date selects. */
    public Scenario(Path path, int line, String name, List<String> rules, Case file, LocalDate today,
                    EvaluationOptions options, Expectations expect) {
        this(path, line, name, rules, file, today, options, expect, null);
    }

    /** Where it is and its name; never anything of the case. */
    @Override
    public String toString() {
        return path + ":" + line + ": " + name;
    }
}
