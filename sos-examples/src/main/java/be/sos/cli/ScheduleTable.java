package be.sos.cli;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.core.time.BelgianWorkingDays;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.Evaluation;
import be.sos.rules.ScheduleRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A case's milestones as a table for a terminal: the days on the procedure's clock, the window's
 * dates, status, the milestone in words and who is responsible, under a header that names the
 * calendar the last days were counted in.
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
     * @param label a milestone in words, in {@code locale}'s language
     * @param locale the language of the header and column names
     */
    static String render(Evaluation e, Evaluation onCalendarDays, Function<EventType, String> label, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        out.append(english
                ? "Schedule of case " + e.caseId() + " on " + e.today() + " (day " + e.day() + ")\n"
                : "Stappenplan van dossier " + e.caseId() + " op " + e.today() + " (dag " + e.day() + ")\n");
        out.append(english ? "Calendar: " : "Kalender: ").append(e.calendar());
        String inWords = calendarInWords(e.calendar(), english);
        if (inWords != null) {
            out.append(" (").append(inWords).append(')');
        }
        if (e.rules().version() != null) {
            out.append('\n').append(english ? "Rules: " : "Regels: ").append(e.rules().version().describe(locale))
                    .append(", ").append(e.rules().fingerprint(), 0, 12);
        }
        out.append("\n\n");
        Map<EventType, LocalDate> unmoved = new EnumMap<>(EventType.class);
        if (onCalendarDays != null) {
            onCalendarDays.schedule().stream().filter(r -> r.to() != null).forEach(r -> unmoved.put(r.milestone(), r.to()));
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(english
                ? new String[] {"day", "from", "to", "status", "done on", "milestone", "who"}
                : new String[] {"dag", "van", "tot", "status", "gedaan op", "mijlpaal", "wie"});
        boolean anyMoved = false;
        for (ScheduleRow row : e.schedule()) {
            boolean moved = row.to() != null && unmoved.containsKey(row.milestone())
                    && !row.to().equals(unmoved.get(row.milestone()));
            anyMoved |= moved;
            rows.add(new String[] {
                days(e, row),
                text(row.from()),
                text(row.to()) + (moved ? MOVED : ""),
                row.status().name(),
                text(row.doneOn()),
                label.apply(row.milestone()),
                row.who().stream().map(Actor::name).collect(Collectors.joining(", "))});
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
            out.append('\n').append(MOVED).append(english
                    ? " the last day by the table falls on a weekend or public holiday and moves to the next working day\n"
                    : " de laatste dag volgens de tabel valt op een weekend of feestdag en schuift naar de volgende werkdag\n");
        }
        return out.toString();
    }

    /** What a calendar of {@link be.sos.core.time.ProcedureCalendars} does, or null for a calendar this table does not know. */
    private static String calendarInWords(String name, boolean english) {
        if (ProcedureCalendar.CALENDAR_DAYS.name().equals(name)) {
            return english ? "calendar days, as the table of §8 counts them" : "kalenderdagen, zoals de tabel van §8 telt";
        }
        if (BelgianWorkingDays.NAME.equals(name)) {
            return english
                    ? "a last day on a Saturday, Sunday or legal public holiday moves to the next working day, art. 53 Judicial Code"
                    : "een laatste dag op een zaterdag, zondag of wettelijke feestdag schuift naar de volgende werkdag, art. 53 Ger.W.";
        }
        return null;
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
