package be.sos.cli;

import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.EvaluationOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every evaluating command shares: the day, the calendar and the language. */
final class DayOptions {
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the day of the evaluation (default: the system date)")
    private LocalDate today;

    @Option(names = "--calendar", paramLabel = "NAME", defaultValue = "calendar", description = "calendar or be-working-days (default: ${DEFAULT-VALUE})")
    private String calendar;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE})")
    private String lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "with a rule directory with versions: judge by the version "
            + "in force on this date instead of on the case's petition date")
    private LocalDate asOf;

    /** The day of the evaluation: {@code --today}, or the system date. */
    LocalDate today() {
        return today == null ? LocalDate.now() : today;
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
            err.println("en".equals(locale().getLanguage())
                    ? "note: --today is " + before + " day(s) before the case's petition date; nothing of the case is known yet on that day"
                    : "let op: --today valt " + before + " dag(en) vóór de verzoekdatum van de zaak; op die dag is van de zaak nog niets gekend");
        }
        return day;
    }

    /** The language of the messages. */
    Locale locale() {
        return Inputs.locale(lang);
    }

    /** The calendar of the deadlines. */
    ProcedureCalendar calendar() {
        return Inputs.calendar(calendar);
    }

    /** Evaluation options with the language and calendar chosen. */
    EvaluationOptions options() {
        return EvaluationOptions.DEFAULT.withLocale(locale()).withCalendar(calendar()).withAsOf(asOf);
    }
}
