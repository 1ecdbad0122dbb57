package be.sos.core.model;

import java.time.LocalDate;

/**
 * The closure of the case.
 *
 * @param path where the case went
 * @param date when it closed
 */
public record Closure(ClosurePath path, LocalDate date) {
    /** Checks the fields. */
    public Closure {
        Checks.required(path, "path");
        Checks.required(date, "date");
    }
}
