package be.sos.server;

import be.sos.rules.Evaluation;
import be.sos.rules.SosEngine;
import java.util.Locale;

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
     * @param engine the engine that made it, whose rule set names the milestones, statuses and roles
     * @param locale the language
     * @return the file's bytes
     */
    byte[] write(Evaluation evaluation, SosEngine engine, Locale locale);
}
