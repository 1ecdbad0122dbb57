package be.sos.core.model;

import java.time.LocalDate;

/**
 * Direct contact time with the family on one day.
 *
 * @param date the day
 * @param minutes how long, 1 to 1440
 */
public record Contact(LocalDate date, Integer minutes) {
    /** Checks the fields. */
    public Contact {
        Checks.required(date, "date");
        Checks.range(minutes, 1, 1440, "minutes");
    }
}
