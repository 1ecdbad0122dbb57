package be.sos.cli;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.json.Problem;
import be.sos.core.model.Case;
import be.sos.rules.RuleSetException;
import be.sos.rules.SosEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reading what the commands are given, with errors that say which file and where. */
final class Inputs {
    private Inputs() {}

    static Case readCase(Path file) {
        if (Files.isDirectory(file)) {
            throw InputException.of("input.isDirectory", file);
        }
        try {
            return CaseJson.read(file);
        } catch (InvalidCaseException e) {
            List<Problem> problems = e.problems();
            throw InputException.lines("invalid case", words -> problems(file + ": ", problems, words));
        } catch (NoSuchFileException e) {
            throw InputException.of("input.noSuchFile", file);
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", file, e.getClass().getSimpleName());
        }
    }

    /**
     * A case file's problems, one a line, each after {@code prefix}: at most
     * {@value ProblemWords#MAX_LISTED}, then a line with how many more there are.
     */
    static List<String> problems(String prefix, List<Problem> problems, Words words) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : problems.subList(0, Math.min(problems.size(), ProblemWords.MAX_LISTED))) {
            lines.add(prefix + ProblemWords.line(problem, words));
        }
        if (problems.size() > ProblemWords.MAX_LISTED) {
            lines.add(prefix + words.get("input.more", problems.size() - ProblemWords.MAX_LISTED));
        }
        return lines;
    }

    /** A case's problems on one line, as a batch line or a view's bad line gives them. */
    static String problemsOnOneLine(List<Problem> problems, Words words) {
        return String.join("; ", problems("", problems, words));
    }

    /** The cases of a portfolio folder: every {@code .json} file in it, in name order. */
    static List<Case> readPortfolio(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw InputException.of("input.notDirectory", dir);
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                cases.add(readCase(file));
            }
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", dir, e.getClass().getSimpleName());
        }
        return cases;
    }

    static SosEngine engine(Path rules) {
        if (rules == null) {
            return SosEngine.bundled();
        }
        try {
            return SosEngine.fromDirectory(rules);
        } catch (RuleSetException e) {
            throw new RulesException(e.problems());
        } catch (NoSuchFileException e) {
            throw InputException.of("input.noSuchDirectory", rules);
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", rules, e.getMessage());
        }
    }

    /** A {@code --format} value, in any case, that must be one of {@code allowed}. */
    static String format(String value, String... allowed) {
        String format = value.toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(format)) {
            throw InputException.of("input.format", String.join(", ", allowed));
        }
        return format;
    }

    /** Writes a file a command makes; an error names the option that asked for it and the file. */
    static void write(String option, Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (NoSuchFileException e) {
            throw InputException.lines("cannot write", words ->
                    List.of(words.get("input.cannotWrite", option + " " + target, words.get("input.noDirectory"))));
        } catch (IOException e) {
            throw InputException.of("input.cannotWrite", option + " " + target, e.getClass().getSimpleName());
        }
    }

    /** Writes a text file a command makes, in UTF-8. */
    static void write(String option, Path target, String text) {
        write(option, target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Says where a command wrote a file: on standard output after what the command printed for a
     * person, on standard error (after {@code sos: }) when standard output is data for a program,
     * so that the data stays pure.
     */
    static void wrote(picocli.CommandLine.Model.CommandSpec spec, boolean outputIsData, String message) {
        if (outputIsData) {
            spec.commandLine().getErr().println("sos: " + message);
        } else {
            spec.commandLine().getOut().println(message);
        }
        spec.commandLine().getOut().flush();
    }

}
