package be.sos.report;

import be.sos.core.model.Case;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Scaling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The scaling answers over time (docs/policy.md §10): one line per person on the same day axis as the
 * timeline, the family side (minors, parents, informal network) in solid warm lines with circles,
 * the professionals (professionals, professional network) in dashed blue lines with squares; and
 * the same scores as a table, one row per date, with both sides' means and the gap between them.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param chartLeft where day 1 starts
 * @param chartRight where the last day ends
 * @param ticks the day numbers on the axis
 * @param levels the scores on the vertical axis
 * @param series one line per person, the family side first
 * @param axisY where the day numbers go
 * @param people the table's columns
 * @param rows the table's rows
 * @param answers how many answers there are
 */
record ScalingChart(String width, String height, String chartLeft, String chartRight, List<Timeline.Tick> ticks,
                    List<Level> levels, List<Series> series, String axisY, List<Person> people, List<DateRow> rows,
                    int answers) {

    static final double WIDTH = 1000;
    static final double LEFT = 56;
    static final double RIGHT = 980;
    static final double TOP = 12;
    static final double BOTTOM = 232;
    static final int PALETTE = 4;

    /** A score on the vertical axis and its grid line. */
    record Level(String y, String textY, String label) {}

    /**
     * One person's scores.
     *
     * @param person who answered
     * @param side the side as a word
     * @param family whether the person is on the family side
     * @param cssClass the line's style: {@code family-0} or {@code professional-2}, say
     * @param polyline the line's points, or empty when there is one score
     * @param points the scores as markers
     */
    record Series(String person, String side, boolean family, String cssClass, String polyline, List<Point> points) {}

    /** One score as a marker: a circle on the family side, a square for professionals. */
    record Point(String cx, String cy, String squareX, String squareY, String title) {}

    /** A column of the table. */
    record Person(String id, String side) {}

    /** A row of the table: the scores of one date. */
    record DateRow(String date, List<String> scores, String meanFamily, String meanProfessionals, String gap) {}

    /** The chart of a case's scaling answers on the timeline's days, or null when there are none. */
    static ScalingChart of(Case known, int hdDay, int days, Labels labels) {
        List<Scaling> scalings = known.scalings();
        if (scalings.isEmpty()) {
            return null;
        }
        Set<String> professionals = professionalIds(known);
        Map<String, List<Scaling>> byPerson = new LinkedHashMap<>();
        for (boolean family : new boolean[] {true, false}) {
            for (Scaling s : scalings) {
                if (professionals.contains(s.by()) != family) {
                    byPerson.computeIfAbsent(s.by(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        double dayWidth = (RIGHT - LEFT) / days;
        List<Series> series = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        int familyIndex = 0;
        int professionalIndex = 0;
        for (Map.Entry<String, List<Scaling>> entry : byPerson.entrySet()) {
            String person = entry.getKey();
            boolean family = !professionals.contains(person);
            String side = labels.get(family ? "familySide" : "professionalSide");
            String cssClass = family ? "family-" + familyIndex++ % PALETTE : "professional-" + professionalIndex++ % PALETTE;
            List<Scaling> answers = entry.getValue().stream()
                    .sorted(Comparator.comparing(Scaling::date)).toList();
            List<Point> points = new ArrayList<>();
            StringBuilder polyline = new StringBuilder();
            for (Scaling s : answers) {
                int day = Math.max(1, Math.min(days, Timeline.day(known.petitionDate(), s.date())));
                double x = LEFT + (day - 0.5) * dayWidth;
                double y = y(s.score());
                points.add(new Point(Svg.n(x), Svg.n(y), Svg.n(x - 4), Svg.n(y - 4),
                        person + ", " + labels.date(s.date()) + ": " + s.score()));
                polyline.append(polyline.length() == 0 ? "" : " ").append(Svg.n(x)).append(',').append(Svg.n(y));
            }
            series.add(new Series(person, side, family, cssClass, answers.size() > 1 ? polyline.toString() : "", points));
            people.add(new Person(person, side));
        }

        List<Timeline.Tick> ticks = new ArrayList<>();
        for (int d : Timeline.tickDays(Math.min(days, hdDay), days)) {
            ticks.add(new Timeline.Tick(Svg.n(LEFT + (d - 0.5) * dayWidth), String.valueOf(d)));
        }
        List<Level> levels = new ArrayList<>();
        for (int score = 0; score <= 10; score += 2) {
            levels.add(new Level(Svg.n(y(score)), Svg.n(y(score) + 4), String.valueOf(score)));
        }
        return new ScalingChart(Svg.n(WIDTH), Svg.n(BOTTOM + 30), Svg.n(LEFT), Svg.n(RIGHT), ticks, levels, series,
                Svg.n(BOTTOM + 18), people, table(scalings, byPerson, professionals, labels), scalings.size());
    }

    private static List<DateRow> table(List<Scaling> scalings, Map<String, List<Scaling>> byPerson,
                                       Set<String> professionals, Labels labels) {
        Set<LocalDate> dates = new TreeSet<>();
        scalings.forEach(s -> dates.add(s.date()));
        List<DateRow> rows = new ArrayList<>();
        for (LocalDate date : dates) {
            List<String> scores = new ArrayList<>();
            List<Integer> family = new ArrayList<>();
            List<Integer> professional = new ArrayList<>();
            for (Map.Entry<String, List<Scaling>> entry : byPerson.entrySet()) {
                List<Integer> on = entry.getValue().stream().filter(s -> s.date().equals(date)).map(Scaling::score).toList();
                scores.add(on.isEmpty() ? "–" : on.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                (professionals.contains(entry.getKey()) ? professional : family).addAll(on);
            }
            Double meanFamily = mean(family);
            Double meanProfessional = mean(professional);
            String gap = meanFamily == null || meanProfessional == null ? "–" : labels.decimal(Math.abs(meanFamily - meanProfessional));
            rows.add(new DateRow(labels.date(date), scores, meanFamily == null ? "–" : labels.decimal(meanFamily),
                    meanProfessional == null ? "–" : labels.decimal(meanProfessional), gap));
        }
        return rows;
    }

    /** The ids of the professional side: the professionals and the professional network. */
    static Set<String> professionalIds(Case known) {
        Set<String> ids = new TreeSet<>();
        known.professionals().forEach(p -> ids.add(p.id()));
        for (NetworkMember member : known.network()) {
            if (member.kind() == NetworkKind.PROFESSIONAL) {
                ids.add(member.id());
            }
        }
        return ids;
    }

    private static double y(int score) {
        return BOTTOM - (BOTTOM - TOP) * score / 10.0;
    }

    private static Double mean(List<Integer> scores) {
        return scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
