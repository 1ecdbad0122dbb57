package be.sos.rules;

import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to evaluate: the language of the messages, the calendar deadlines are counted in, and the
 * other cases of the programme, if its rules should run. Immutable; the "with" methods return new
 * options.
 *
 * @param locale the language of the messages ({@code nl} or {@code en})
 * @param calendar the calendar of the deadlines
 * @param portfolio the programme's other cases, or null to leave the programme rules out
 * @param asOf the date that chooses the version of a rule directory with versions, or null for the
 *             case's petition date (docs/rules.md, "Versions and offices"); no effect without versions
 */
public record EvaluationOptions(Locale locale, ProcedureCalendar calendar, List<Case> portfolio, LocalDate asOf) {
    /** Dutch messages, calendar days, no programme rules. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(Locale.forLanguageTag("nl"), ProcedureCalendar.CALENDAR_DAYS, null);

    /** Checks the options and copies the portfolio. */
    public EvaluationOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(calendar, "calendar");
        portfolio = portfolio == null ? null : List.copyOf(portfolio);
    }

    /** Options that choose the version by the case's petition date. */
    public EvaluationOptions(Locale locale, ProcedureCalendar calendar, List<Case> portfolio) {
        this(locale, calendar, portfolio, null);
    }

    /** These options with messages in another language. */
    public EvaluationOptions withLocale(Locale value) {
        return new EvaluationOptions(value, calendar, portfolio, asOf);
    }

    /** These options with another calendar. */
    public EvaluationOptions withCalendar(ProcedureCalendar value) {
        return new EvaluationOptions(locale, value, portfolio, asOf);
    }

    /** These options with the programme rules, judged against these other cases. */
    public EvaluationOptions withPortfolio(List<Case> value) {
        return new EvaluationOptions(locale, calendar, Objects.requireNonNull(value, "portfolio"), asOf);
    }

    /**
     * These options judging the case by the version of the rules in force on {@code value} instead of
     * on its petition date (null: the petition date again).
     */
    public EvaluationOptions withAsOf(LocalDate value) {
        return new EvaluationOptions(locale, calendar, portfolio, value);
    }
}
