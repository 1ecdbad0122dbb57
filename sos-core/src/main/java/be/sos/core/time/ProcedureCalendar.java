package be.sos.core.time;

import java.time.LocalDate;

/**
 * How a deadline's last day falls: on calendar days as the policy's table counts, or moved onto a
 * working day.
 */
public interface ProcedureCalendar {
    /** Calendar days: a window ends on the day the table says. */
    ProcedureCalendar CALENDAR_DAYS = new ProcedureCalendar() {
        @Override
        public String name() {
            return "calendar";
        }

        @Override
        public LocalDate lastDay(LocalDate day) {
            return day;
        }
    };

    /** The calendar's name, as on the command line ({@code calendar}, {@code be-working-days}). */
    String name();

    /** The last day of a window that ends on {@code day} by the table: {@code day} itself or a later one. */
    LocalDate lastDay(LocalDate day);
}
