package be.sos.core.time;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendars a deadline can be counted in, by the name the command line gives them
 * ({@code --calendar NAME}).
 */
public final class ProcedureCalendars {
    private static final List<ProcedureCalendar> ALL =
            List.of(ProcedureCalendar.CALENDAR_DAYS, BelgianWorkingDays.standard());

    private ProcedureCalendars() {}

    /**
     * The calendar with the given name: {@code calendar} for calendar days,
     * {@code be-working-days} for the standard Belgian working-day calendar.
     *
     * @param name the name, matched exactly
     * @return the calendar, or empty when no calendar has that name
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<ProcedureCalendar> byName(String name) {
        Objects.requireNonNull(name, "calendar name must not be null");
        for (ProcedureCalendar calendar : ALL) {
            if (calendar.name().equals(name)) {
                return Optional.of(calendar);
            }
        }
        return Optional.empty();
    }

    /** The names {@link #byName(String)} knows, the default ({@code calendar}) first. */
    public static List<String> names() {
        return ALL.stream().map(ProcedureCalendar::name).toList();
    }
}
