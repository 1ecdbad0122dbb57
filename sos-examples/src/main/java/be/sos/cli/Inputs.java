package be.sos.cli;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import be.sos.core.time.ProcedureCalendars;
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
            throw new InputException(file + ": is a directory, not a case file");
        }
        try {
            return CaseJson.read(file);
        } catch (InvalidCaseException e) {
            throw new InputException(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(file + ": cannot be read (no permission)");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The cases of a portfolio folder: every {@code .json} file in it, in name order. */
    static List<Case> readPortfolio(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a directory");
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                cases.add(readCase(file));
            }
        } catch (IOException e) {
            throw new InputException(dir + ": cannot be read (" + e.getClass().getSimpleName() + ")");
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
            throw new InputException(rules + ": no such directory");
        } catch (IOException e) {
            throw new InputException(rules + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static Locale locale(String lang) {
        return switch (lang) {
            case "nl", "en" -> Locale.forLanguageTag(lang);
            default -> throw new InputException("--lang: expected nl or en");
        };
    }

    static ProcedureCalendar calendar(String name) {
        return ProcedureCalendars.byName(name).orElseThrow(() ->
                new InputException("--calendar: unknown calendar; expected one of " + String.join(", ", ProcedureCalendars.names())));
    }
}
