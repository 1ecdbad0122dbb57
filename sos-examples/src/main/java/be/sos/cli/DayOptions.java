package be.sos.cli;

import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.EvaluationOptions;
import java.time.LocalDate;
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

    /** The day of the evaluation: {@code --today}, or the system date. */
    LocalDate today() {
        return today == null ? LocalDate.now() : today;
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
        return EvaluationOptions.DEFAULT.withLocale(locale()).withCalendar(calendar());
    }
}
