package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.EvaluationOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every evaluating command shares: the day, the calendar and the language. */
final class DayOptions {
    @Mixin
    private Options.Today today;

    @Mixin
    private Options.Calendar calendar;

    @Mixin
    private Options.Lang lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "with a rule directory with versions: judge by the version "
            + "in force on this date instead of on the case's petition date")
    private LocalDate asOf;

    /** The day of the evaluation: {@code --today}, or the system date. */
    LocalDate today() {
        return today.today();
    }

    /**
     * The day of the evaluation of one case. A day before the case's petition is allowed (nothing of
     * the case is known yet then, and every milestone is still to come), but it is most likely a
     * mistyped {@code --today}, so it is said on standard error.
     */
    LocalDate todayFor(Case file, PrintWriter err) {
        LocalDate day = today();
        long before = ChronoUnit.DAYS.between(day, file.petitionDate());
        if (before > 0) {
            err.println("sos: " + Words.of(locale()).get("note.beforePetition", before));
        }
        return day;
    }

    /** The language of the messages. */
    Locale locale() {
        return lang.locale();
    }

    /** The calendar of the deadlines. */
    ProcedureCalendar calendar() {
        return calendar.calendar();
    }

    /** Evaluation options with the language and calendar chosen. */
    EvaluationOptions options() {
        return EvaluationOptions.DEFAULT.withLocale(locale()).withCalendar(calendar()).withAsOf(asOf);
    }
}
