package be.sos.cli;

import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.RuleVersion;
import be.sos.rules.SosEngine;
import be.sos.rules.ToolText;
import be.sos.scenarios.Scenario;
import be.sos.scenarios.ScenarioResult;
import be.sos.scenarios.ScenarioRunner;
import be.sos.scenarios.ScenarioTrial;
import be.sos.scenarios.Scenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sos rules export|validate|test|diff|impact}: the workflow of policy staff who edit the rules (see
 * {@code docs/rules.md}).
 */
@Command(name = "rules", description = "Export, validate, test, compare a directory of rule files, and see what an edit changes.",
        subcommands = {RulesCommand.Export.class, RulesCommand.Validate.class, RulesCommand.Test.class,
            RulesDiffCommand.class, RulesImpactCommand.class})
final class RulesCommand implements Callable<Integer> {
    /** The folder of a rule directory that {@code export} writes the bundled scenarios into. */
    static final String SCENARIOS = "scenarios";
    /** The index of a rule directory with versions. */
    static final String VERSIONS_INDEX = "versions.index";
    /** The index {@code export --versioned} writes: the bundled rules as the only version, and how to add one. */
    static final String FIRST_INDEX = """
            # The versions of these rules, oldest first (docs/rules.md, "Versions and offices").
            # A case is judged by the version in force on its petition date.
            #
            # name        in force from   until   folder
            #   in force from: YYYY-MM-DD, or - for the first version (no start)
            #   until:         YYYY-MM-DD (the day before the next version starts), or - (left out: -)
            #   folder:        holds only the files the version changes; - for none (left out: the version's name)
            #                  office-NAME inside it (office-GENT) holds what changes for one office
            #
            # To add a version: add a line such as
            #   2026-09     2026-09-01
            # and put the files it changes in the folder 2026-09/.
            initial       -               -       -
            """;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Sos.INPUT;
    }

    /** {@code sos rules export DIR}: the bundled rule files, and their scenarios in {@code DIR/scenarios}. */
    @Command(name = "export", description = "Writes the bundled rule files into DIR, and their scenarios into DIR/scenarios, "
            + "as the starting point for editing.")
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "exportDir", description = "the directory to write (created if missing)")
        private Path dir;

        @Option(names = "--force", description = "overwrite files that exist and differ")
        private boolean force;

        @Mixin
        private Options.Lang lang;

        @Option(names = "--versioned", description = "also write versions.index, with the bundled rules as the first version, "
                + "to add dated versions and office variants to (docs/rules.md, 'Versions and offices')")
        private boolean versioned;

        @Override
        public Integer call() {
            Words words = Words.of(lang.locale());
            Map<Path, String> files = new LinkedHashMap<>();
            SosEngine.bundled().ruleFiles().forEach((name, text) -> files.put(dir.resolve(name), text));
            if (versioned) {
                files.put(dir.resolve(VERSIONS_INDEX), FIRST_INDEX);
            }
            Scenarios.bundled().forEach((name, text) -> files.put(dir.resolve(SCENARIOS).resolve(name), text));
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw InputException.of("input.notDirectory", dir);
            }
            List<Path> differ = new ArrayList<>();
            int unchanged = 0;
            try {
                for (Map.Entry<Path, String> file : files.entrySet()) {
                    Path target = file.getKey();
                    boolean linkedFolder = !target.getParent().equals(dir) && Files.isSymbolicLink(target.getParent());
                    if (Files.isSymbolicLink(target) || linkedFolder) {
                        throw InputException.of("export.link", Files.isSymbolicLink(target) ? target : target.getParent());
                    }
                    if (Files.isDirectory(target)) {
                        throw InputException.of("input.notFile", target);
                    }
                    if (Files.isRegularFile(target)) {
                        if (Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) {
                            unchanged++;
                        } else {
                            differ.add(target);
                        }
                    }
                }
            } catch (IOException e) {
                throw InputException.of("input.cannotRead", dir, e.getClass().getSimpleName());
            }
            if (!differ.isEmpty() && !force) {
                throw differ.size() == 1 ? InputException.of("export.differs", differ.get(0))
                        : InputException.of("export.differsMore", differ.get(0), differ.size() - 1);
            }
            int written = 0;
            try {
                for (Map.Entry<Path, String> file : files.entrySet()) {
                    Path target = file.getKey();
                    if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    // Never through a link, even one made since the check above.
                    Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                    written++;
                }
            } catch (IOException e) {
                throw InputException.of("input.cannotWrite", dir, e.getClass().getSimpleName());
            }
            long ruleFiles = SosEngine.bundled().ruleFiles().size() + (versioned ? 1 : 0);
            Inputs.wrote(spec, false, words.get("wrote.export", ruleFiles, dir, files.size() - ruleFiles, dir.resolve(SCENARIOS), written,
                    unchanged, differ.size()));
            return 0;
        }
    }

    /** {@code sos rules validate DIR}: compiles the rule files with every check of the engine. */
    @Command(name = "validate", description = "Compiles the rule files in DIR and checks them; prints every problem as "
            + "FILE:LINE:COL: message. Exit 0 when they are valid, 3 when not.")
    static final class Validate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "ruleDir", description = "the rule directory")
        private Path dir;

        @Mixin
        private Options.Lang lang;

        @Override
        public Integer call() {
            Locale locale = lang.locale();
            Words words = Words.of(locale);
            SosEngine engine = Inputs.engine(dir);
            Optional<RuleProblem> scenarios;
            try {
                // the policy staff's own scenarios under the same budgets (what they expect is for rules test)
                scenarios = ScenarioTrial.run(engine, dir.resolve(SCENARIOS));
            } catch (IOException e) {
                throw InputException.of("input.cannotRead", dir.resolve(SCENARIOS), e.getClass().getSimpleName());
            }
            if (scenarios.isPresent()) {
                throw new RulesException(List.of(scenarios.get()));
            }
            if (engine.ruleSet().version() != null) {
                for (RuleSetInfo info : engine.ruleSets()) {
                    RuleVersion v = info.version();
                    spec.commandLine().getOut().println(ToolText.get(locale, "validate.version", v.describe(locale), info.fingerprint(),
                            v.changes().isEmpty() ? "" : ToolText.get(locale, "validate.changes", String.join(" ", v.changes()))));
                }
            }
            long drl = engine.ruleFiles().keySet().stream().filter(name -> name.endsWith(".drl")).count();
            spec.commandLine().getOut().println(ToolText.get(locale, "validate.ok", drl, engine.ruleIds().size(),
                    engine.ruleSet().fingerprint()));
            return 0;
        }
    }

    /** {@code sos rules test DIR SCENARIOS}: runs scenario files against the rules in DIR. */
    @Command(name = "test", description = "Runs every scenario file (*.yaml, *.yml) under SCENARIOS against the rules in DIR; "
            + "ends with the line 'N passed, N failed'. Exit 0 when all pass, 1 when one fails, 2 when a scenario file "
            + "is not valid (it counts as failed; the others still run), 3 when the rules are not valid.")
    static final class Test implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "ruleDir", description = "the rule directory")
        private Path dir;

        @Parameters(index = "1", paramLabel = "SCENARIOS", descriptionKey = "scenarios", description = "a scenario file, or a folder of them (searched recursively)")
        private Path scenarios;

        @Option(names = "--verbose", description = "also list the scenarios that pass")
        private boolean verbose;

        @Mixin
        private Options.Lang lang;

        @Override
        public Integer call() {
            Locale locale = lang.locale();
            SosEngine engine = Inputs.engine(dir);
            List<Path> files;
            try {
                files = Scenarios.files(scenarios);
            } catch (NoSuchFileException e) {
                throw InputException.of("input.noSuchFileOrDirectory", scenarios);
            } catch (IOException e) {
                throw InputException.of("input.cannotRead", scenarios, e.getClass().getSimpleName());
            }
            if (files.isEmpty()) {
                throw InputException.of("test.noScenarios", scenarios);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ScenarioRunner runner = ScenarioRunner.of(engine, SosEngine.bundled(), locale);
            String fail = ToolText.get(locale, "test.fail");
            int passed = 0;
            int failed = 0;
            boolean invalid = false;
            for (Path file : files) {
                List<Scenarios.Read> read;
                try {
                    read = Scenarios.readEach(file);
                } catch (IOException e) {
                    err.println(file + ":0:0: " + ToolText.get(locale, "test.unreadable") + " (" + e.getClass().getSimpleName() + ")");
                    out.println(fail + " " + file + ": " + ToolText.get(locale, "test.unreadable"));
                    failed++;
                    invalid = true;
                    continue;
                }
                for (Scenarios.Read each : read) {
                    if (each.problem() != null) {
                        // each scenario of a file on its own: the others still run
                        err.println(each.problem().getMessage());
                        out.println(fail + " " + file + ":" + (each.line() > 0 ? each.line() : each.problem().line()) + ": "
                                + ToolText.get(locale, "test.invalidScenario"));
                        failed++;
                        invalid = true;
                        continue;
                    }
                    Scenario scenario = each.scenario();
                    ScenarioResult result = runner.run(scenario);
                    if (result.passed()) {
                        passed++;
                        if (verbose) {
                            out.println(ToolText.get(locale, "test.ok") + "   " + scenario.path() + ":" + scenario.line() + ": " + scenario.name());
                        }
                    } else {
                        failed++;
                        out.println(fail + " " + scenario.path() + ":" + scenario.line() + ": " + scenario.name());
                        result.failures().forEach(failure -> out.println("       " + failure));
                        out.println("       " + ToolText.get(locale, "test.cameOut", result.findings().isEmpty()
                                ? ToolText.get(locale, "test.noFindings") : String.join(", ", result.findings())));
                    }
                    for (String warning : result.warnings()) {
                        out.println(ToolText.get(locale, "test.warn") + " " + scenario.path() + ":" + scenario.line() + ": " + warning);
                    }
                }
            }
            out.println(ToolText.get(locale, "test.summary", passed, failed));
            return invalid ? Sos.INPUT : failed > 0 ? Sos.SCENARIO_FAILURES : 0;
        }
    }
}
