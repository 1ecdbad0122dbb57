package be.sos.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A planned absence of a professional, both days included.
 *
 * @param from the first day away
 * @param to the last day away, not before {@code from}
 */
public record Absence(LocalDate from, LocalDate to) {
    /** Checks the fields. */
    public Absence {
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "ends before it starts");
        }
    }

    /** How many days of {@code start..end} (both included) this absence covers. */
    public int daysWithin(LocalDate start, LocalDate end) {
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to.isBefore(end) ? to : end;
        return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
}
