package be.sos.cli;

import be.sos.core.model.EventType;
import be.sos.core.time.BelgianWorkingDays;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.Evaluation;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's milestones as a table for a terminal: the days on the procedure's clock, the window's
 * dates, status, the milestone in words and who is responsible, under a header that names the
 * calendar the last days were counted in. Control characters in what it prints are replaced
 * ({@link Printable}).
 */
final class ScheduleTable {
    /** The mark of a last day that the calendar moved off a weekend or holiday. */
    static final String MOVED = "*";

    private ScheduleTable() {}

    /**
     * The table.
     *
     * @param e the evaluation in the chosen calendar
     * @param onCalendarDays the same evaluation on calendar days, to mark the last days the chosen
     *     calendar moved; null when the chosen calendar is calendar days
     * @param engine the engine whose rule set names the milestones, statuses, actors and calendars
     * @param w the words of the chosen language
     */
    static String render(Evaluation e, Evaluation onCalendarDays, SosEngine engine, Words w) {
        StringBuilder out = new StringBuilder();
        out.append(w.get("schedule.title", Printable.of(e.caseId()), e.today(), e.day())).append('\n');
        out.append(w.get("text.calendar")).append(": ").append(Printable.of(w.calendar(engine, e.calendar())));
        String key = "calendarHelp." + e.calendar();
        if (ProcedureCalendar.CALENDAR_DAYS.name().equals(e.calendar()) || BelgianWorkingDays.NAME.equals(e.calendar())) {
            out.append(" (").append(w.get(key)).append(')');
        }
        if (e.rules().version() != null) {
            out.append('\n').append(w.get("text.rules")).append(": ").append(Printable.of(e.rules().version().describe(w.locale())))
                    .append(", ").append(e.rules().fingerprint(), 0, 12);
        }
        out.append("\n\n");
        Map<EventType, LocalDate> unmoved = new EnumMap<>(EventType.class);
        if (onCalendarDays != null) {
            onCalendarDays.schedule().stream().filter(r -> r.to() != null).forEach(r -> unmoved.put(r.milestone(), r.to()));
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(w.get("schedule.columns").split("\\|"));
        boolean anyMoved = false;
        for (ScheduleRow row : e.schedule()) {
            boolean moved = row.to() != null && unmoved.containsKey(row.milestone())
                    && !row.to().equals(unmoved.get(row.milestone()));
            anyMoved |= moved;
            rows.add(new String[] {
                days(e, row),
                text(row.from()),
                text(row.to()) + (moved ? MOVED : ""),
                w.status(engine, row.status()),
                text(row.doneOn()),
                w.milestone(engine, row.milestone()),
                row.who().stream().map(a -> w.actor(engine, a)).collect(Collectors.joining(", "))});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]);
                if (c < row.length - 1) {
                    line.append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (anyMoved) {
            out.append('\n').append(MOVED).append(' ').append(w.get("schedule.moved")).append('\n');
        }
        return out.toString();
    }

    /** The days of a row's window on the procedure's clock ({@code 14-15}, {@code 5}), or empty without a window. */
    static String days(Evaluation e, ScheduleRow row) {
        if (row.from() == null || row.to() == null) {
            return "";
        }
        long from = dayOf(e, row.from());
        long to = dayOf(e, row.to());
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    private static long dayOf(Evaluation e, LocalDate date) {
        return date.toEpochDay() - e.clocks().petition().toEpochDay() + 1;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
