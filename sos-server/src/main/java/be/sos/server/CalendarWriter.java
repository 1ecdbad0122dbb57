package be.sos.server;

import be.sos.core.model.EventType;
import be.sos.rules.Evaluation;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes an evaluation's schedule as an iCalendar file (RFC 5545) for {@code POST /v1/schedule}
 * with {@code Accept: text/calendar}. The command line gives the one of {@code sos schedule --ics}.
 */
@FunctionalInterface
public interface CalendarWriter {
    /**
     * The iCalendar file, in UTF-8.
     *
     * @param evaluation the evaluation whose schedule it holds
     * @param label the words for a milestone, in the evaluation's language
     * @param locale the language
     * @return the file's bytes
     */
    byte[] write(Evaluation evaluation, Function<EventType, String> label, Locale locale);
}
