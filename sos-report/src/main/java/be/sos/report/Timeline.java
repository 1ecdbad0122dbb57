package be.sos.report;

import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationClocks;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of the timeline: one row per milestone with its window as a band from day 1 to the
 * HD end (to the BMO day once the case moved to the ordinary procedure), done events as markers,
 * and vertical lines for today and the ends of the module, the extension and the procedure.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param days the last day on the axis
 * @param chartLeft where day 1 starts
 * @param chartRight where the last day ends
 * @param statusX where the status words start
 * @param ticks the day numbers on the axis
 * @param rows the milestones
 * @param lines today and the ends
 * @param gridTop the top of the grid lines
 * @param gridBottom the bottom of the grid lines
 * @param counts how many milestones have each status, by status name
 */
record Timeline(String width, String height, int days, String chartLeft, String chartRight, String statusX,
                List<Tick> ticks, List<Row> rows, List<Line> lines, String gridTop, String gridBottom,
                Map<String, Integer> counts) {

    static final double WIDTH = 1000;
    static final double LEFT = 250;
    static final double RIGHT = 872;
    static final double AXIS = 28;
    static final double ROW = 23;
    static final double LINE_LABEL = 16;

    /** The height of a row, for its background. */
    String rowHeight() {
        return Svg.n(ROW);
    }

    /** A day number on the axis and its grid line. */
    record Tick(String x, String label) {}

    /**
     * One milestone's row.
     *
     * @param y the row's top
     * @param textY the baseline of its texts
     * @param label the milestone's name
     * @param status the status as a word
     * @param statusClass the status as a CSS class
     * @param band the window, or null when it has none or lies outside the axis
     * @param onTime the marker of a milestone done on time, or null
     * @param late the marker of a milestone done late, or null
     * @param title the row's text alternative
     */
    record Row(String y, String textY, String label, String status, String statusClass, Band band,
               Marker onTime, Marker late, String title) {}

    /** A window as a band. */
    record Band(String x, String y, String width, String height) {}

    /** A done event: a circle (on time) or a triangle (late). */
    record Marker(String cx, String cy, String points) {}

    /** A vertical line with its label below the rows. */
    record Line(String kind, String x, String y1, String y2, String labelX, String labelY, String anchor, String label) {}

    /** The timeline of an evaluation. */
    static Timeline of(Evaluation evaluation, Labels labels) {
        EvaluationClocks clocks = evaluation.clocks();
        LocalDate petition = clocks.petition();
        int days = day(petition, clocks.bmoDue() != null ? clocks.bmoDue() : clocks.hdEnd());
        double dayWidth = (RIGHT - LEFT) / days;

        List<Tick> ticks = new ArrayList<>();
        for (int d : tickDays(Math.min(days, day(petition, clocks.hdEnd())), days)) {
            ticks.add(new Tick(Svg.n(LEFT + (d - 0.5) * dayWidth), String.valueOf(d)));
        }

        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        List<Row> rows = new ArrayList<>();
        double y = AXIS;
        for (ScheduleRow row : evaluation.schedule()) {
            counts.merge(row.status(), 1, Integer::sum);
            double mid = y + ROW / 2;
            Band band = null;
            if (row.from() != null && row.to() != null) {
                int from = Math.max(1, day(petition, row.from()));
                int to = Math.min(days, day(petition, row.to()));
                if (from <= to) {
                    band = new Band(Svg.n(LEFT + (from - 1) * dayWidth), Svg.n(y + 3), Svg.n((to - from + 1) * dayWidth), Svg.n(ROW - 6));
                }
            }
            Marker onTime = null;
            Marker late = null;
            if (row.doneOn() != null && (row.status() == MilestoneStatus.DONE || row.status() == MilestoneStatus.DONE_LATE)) {
                int done = Math.max(1, Math.min(days, day(petition, row.doneOn())));
                double cx = LEFT + (done - 0.5) * dayWidth;
                String points = Svg.n(cx) + "," + Svg.n(mid - 6) + " " + Svg.n(cx - 6) + "," + Svg.n(mid + 5)
                        + " " + Svg.n(cx + 6) + "," + Svg.n(mid + 5);
                Marker marker = new Marker(Svg.n(cx), Svg.n(mid), points);
                if (row.status() == MilestoneStatus.DONE) {
                    onTime = marker;
                } else {
                    late = marker;
                }
            }
            String label = labels.of("milestone", row.milestone());
            String status = labels.of("status", row.status());
            String title = label + ": " + status + (row.from() == null ? ""
                    : ", " + labels.date(row.from()) + (row.from().equals(row.to()) ? "" : " – " + labels.date(row.to())))
                    + (row.doneOn() == null ? "" : ", " + labels.date(row.doneOn()));
            rows.add(new Row(Svg.n(y), Svg.n(mid + 4.5), label, status, statusClass(row.status()), band, onTime, late, title));
            y += ROW;
        }
        double rowsBottom = y;

        List<Line> lines = new ArrayList<>();
        addLine(lines, "today", evaluation.day(), true, 0, days, dayWidth, rowsBottom, labels, labels.get("lineToday"));
        addLine(lines, "module-end", day(petition, clocks.moduleEnd()), false, 1, days, dayWidth, rowsBottom, labels, labels.get("lineModuleEnd"));
        int row = 2;
        if (clocks.extendedEnd() != null) {
            addLine(lines, "extended-end", day(petition, clocks.extendedEnd()), false, row++, days, dayWidth, rowsBottom, labels, labels.get("lineExtendedEnd"));
        }
        addLine(lines, "hd-end", day(petition, clocks.hdEnd()), false, row, days, dayWidth, rowsBottom, labels, labels.get("lineHdEnd"));
        if (clocks.bmoDue() != null) {
            addLine(lines, "bmo", day(petition, clocks.bmoDue()), false, row + 1, days, dayWidth, rowsBottom, labels, labels.get("lineBmo"));
        }
        int labelRows = clocks.bmoDue() != null ? row + 2 : row + 1;
        double height = rowsBottom + 6 + labelRows * LINE_LABEL + 6;

        Map<String, Integer> countsByName = new HashMap<>();
        for (MilestoneStatus status : MilestoneStatus.values()) {
            countsByName.put(status.name(), counts.getOrDefault(status, 0));
        }
        return new Timeline(Svg.n(WIDTH), Svg.n(height), days, Svg.n(LEFT), Svg.n(RIGHT), Svg.n(RIGHT + 10), ticks, rows,
                lines, Svg.n(AXIS - 4), Svg.n(rowsBottom), Map.copyOf(countsByName));
    }

    /**
     * A line for a day: {@code today} in the middle of its day, an end at the end of its last day.
     * A day beyond the axis is drawn at its edge; the label keeps the real day.
     */
    private static void addLine(List<Line> lines, String kind, int day, boolean middle, int labelRow, int days,
                                double dayWidth, double rowsBottom, Labels labels, String name) {
        double offset = middle ? day - 0.5 : day;
        double x = LEFT + Math.max(0, Math.min(days, offset)) * dayWidth;
        String arrow = day > days ? " →" : day < 1 ? "← " : "";
        String label = (day < 1 ? arrow : "") + name + " · " + labels.get("dayWord") + " " + day + (day > days ? arrow : "");
        double labelY = rowsBottom + 6 + (labelRow + 1) * LINE_LABEL - 3;
        String anchor = x > RIGHT - 90 ? "end" : x < LEFT + 90 ? "start" : "middle";
        lines.add(new Line(kind, Svg.n(x), Svg.n(AXIS - 4), Svg.n(labelY - 10), Svg.n(x), Svg.n(labelY), anchor, label));
    }

    /** Day 1, every week up to the HD end, the HD end, then every 5 days to the last day. */
    static List<Integer> tickDays(int hdDay, int days) {
        List<Integer> ticks = new ArrayList<>(List.of(1));
        for (int d = 7; d < hdDay; d += 7) {
            ticks.add(d);
        }
        for (int d = hdDay; d <= days; d = d == hdDay ? (hdDay / 5 + 1) * 5 : d + 5) {
            if (d > days - 3 && d != days) {
                continue;
            }
            if (d - ticks.get(ticks.size() - 1) < 3) {
                ticks.remove(ticks.size() - 1);
            }
            ticks.add(d);
        }
        if (ticks.get(ticks.size() - 1) != days) {
            if (days - ticks.get(ticks.size() - 1) < 3) {
                ticks.remove(ticks.size() - 1);
            }
            ticks.add(days);
        }
        return ticks;
    }

    /** The day number of a date: the petition date is day 1. */
    static int day(LocalDate petition, LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(petition, date) + 1);
    }

    /** The CSS class of a status. */
    static String statusClass(MilestoneStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
