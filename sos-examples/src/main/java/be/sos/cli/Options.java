package be.sos.cli;

import be.sos.core.time.ProcedureCalendar;
import be.sos.core.time.ProcedureCalendars;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options several commands share, each declared once as a picocli mixin so that it has the
 * same name, value and meaning on every command that takes it. Where a command gives an option its
 * own words (which formats, what file), they are in the help bundles under the command's name
 * ({@code sos.worklist.format}); the checks and errors stay the same.
 */
final class Options {
    private Options() {}

    /** {@code --lang nl|en}, in any case: the language of everything the command prints. */
    static final class Lang {
        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE})")
        private String lang;

        /** The language chosen, in any case; an unknown one is a usage error. */
        Locale locale() {
            String language = lang.toLowerCase(Locale.ROOT);
            if (!language.equals("nl") && !language.equals("en")) {
                throw InputException.of("input.lang");
            }
            return Locale.forLanguageTag(language);
        }
    }

    /** {@code --from-version NAME --to-version NAME}: the versions of rule directories with versions that are compared. */
    static final class Versions {
        @Option(names = "--from-version", paramLabel = "NAME",
                description = "the version of the rules compared from (OLD, or the base rules), as versions.index names it")
        private String from;

        @Option(names = "--to-version", paramLabel = "NAME",
                description = "the version of the rules compared to (NEW, or the edited rules), as versions.index names it")
        private String to;

        /** The version named with --from-version, or null. */
        String from() {
            return from;
        }

        /** The version named with --to-version, or null. */
        String to() {
            return to;
        }
    }

    /** {@code --today YYYY-MM-DD}: the day the command looks from. */
    static final class Today {
        @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the day of the evaluation (default: the system date)")
        private LocalDate today;

        /** The day given, or the system date. */
        LocalDate today() {
            return today == null ? LocalDate.now() : today;
        }

        /** Whether the day was given. */
        boolean given() {
            return today != null;
        }
    }

    /** {@code --calendar NAME}: how the last days of the deadlines are counted. */
    static final class Calendar {
        @Option(names = "--calendar", paramLabel = "NAME", defaultValue = "calendar",
                description = "calendar or be-working-days (default: ${DEFAULT-VALUE})")
        private String calendar;

        /** The calendar chosen; an unknown one is a usage error. */
        ProcedureCalendar calendar() {
            return ProcedureCalendars.byName(calendar).orElseThrow(() ->
                    InputException.of("input.calendar", String.join(", ", ProcedureCalendars.names())));
        }
    }

    /**
     * {@code --format FORMAT}: the format of what the command prints on standard output. Which
     * formats a command offers, and its default, are its own; the value is taken in any case.
     */
    static final class Format {
        @Option(names = "--format", paramLabel = "FORMAT", description = "the format on standard output")
        private String format;

        /** The format chosen, one of {@code offered}; the first is the default. */
        String chosen(String... offered) {
            return format == null ? offered[0] : Inputs.format(format, offered);
        }

        /** Whether a format was given. */
        boolean given() {
            return format != null;
        }
    }

    /** {@code --out FILE}: the file the command writes; what kind of file is the command's own. */
    static final class Out {
        @Option(names = "--out", paramLabel = "FILE", description = "the file to write")
        private Path out;

        /** The file, or null when none was asked for. */
        Path path() {
            return out;
        }

        /**
         * Makes {@code --out} required on a command that cannot do without it
         * ({@code @Command(modelTransformer = Options.Out.Required.class)}): the option stays the shared
         * one, and picocli checks it, names it in the synopsis and reports it missing like any other.
         */
        static final class Required implements CommandLine.IModelTransformer {
            @Override
            public CommandSpec transform(CommandSpec command) {
                OptionSpec out = command.findOption("--out");
                command.remove(out);
                command.addOption(out.toBuilder().required(true).build());
                return command;
            }
        }
    }

    /** {@code --ics FILE}: also write the windows still to come as an iCalendar file. */
    static final class Ics {
        @Option(names = "--ics", paramLabel = "FILE", description = "also write the windows as an iCalendar file (RFC 5545)")
        private Path ics;

        /** The file, or null when none was asked for. */
        Path path() {
            return ics;
        }
    }

    /** {@code --threads N}: how many worker threads evaluate. */
    static final class Threads {
        @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
        private Integer threads;

        /** The number of workers: as given, at least 1, or the number of cores. */
        int workers() {
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (workers < 1) {
                throw InputException.of("input.threads");
            }
            return workers;
        }
    }

    /** The cases a view reads ({@link CaseCorpus}), and {@code --office O} to keep one office's. */
    static final class Corpus {
        @Parameters(index = "0", paramLabel = "CASES.jsonl|DIR", descriptionKey = "corpus",
                description = "one case per line (- for standard input), or a directory of case files")
        private String input;

        @Option(names = "--office", paramLabel = "O", description = "only the cases of this office")
        private String office;

        /** The input as given: a file, {@code -} or a directory. */
        String input() {
            return input;
        }

        /** The office asked for, or null for all. */
        String office() {
            return office;
        }
    }
}
