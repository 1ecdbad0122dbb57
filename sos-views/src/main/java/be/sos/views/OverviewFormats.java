package be.sos.views;

import be.sos.core.model.ClosurePath;
import be.sos.core.model.ExtensionReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The overview's figures as flat cells, and those as CSV and JSON, with small counts hidden. */
final class OverviewFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OverviewFormats() {}

    /**
     * One figure: a count, or a value computed over {@code basis} cases or answers.
     *
     * @param figure the figure's name, such as {@code milestone.onTime}
     * @param key what it is of (a milestone, a code, a bin), or null
     * @param value the value, or null when there is none
     * @param basis for a count its value; otherwise how many cases or answers it was computed over
     * @param count whether it is a count
     */
    record Cell(String figure, String key, Double value, int basis, boolean count) {
        static Cell count(String figure, String key, int value) {
            return new Cell(figure, key, (double) value, value, true);
        }

        static Cell value(String figure, String key, Double value, int basis) {
            return new Cell(figure, key, value, basis, false);
        }

        /** The cell as written: a count below {@code minCell} as {@code < minCell}, a value over fewer cases as empty. */
        String shown(int minCell) {
            if (count) {
                return hidden(minCell) ? "< " + minCell : Integer.toString(value.intValue());
            }
            return value == null || hidden(minCell) ? "" : round(value).toPlainString();
        }

        boolean hidden(int minCell) {
            return minCell > 1 && basis < minCell;
        }
    }

    static BigDecimal round(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return d.stripTrailingZeros().scale() <= 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
    }

    /** Every figure of one scope, in a fixed order. */
    static List<Cell> cells(Figures f) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.count("cases.started", null, f.started()));
        cells.add(Cell.count("cases.selected", null, f.selected()));
        cells.add(Cell.count("cases.notSelected", null, f.notSelected()));
        f.blockers().forEach((code, n) -> cells.add(Cell.count("cases.blockedBy", code, n)));
        cells.add(Cell.count("cases.open", null, f.open()));
        cells.add(Cell.count("cases.closed", null, f.closed()));
        for (Map.Entry<ClosurePath, Integer> e : f.closedBy().entrySet()) {
            cells.add(Cell.count("cases.closedBy", e.getKey().name(), e.getValue()));
        }
        for (MilestoneFigures m : f.milestones()) {
            String key = m.milestone().name();
            cells.add(Cell.count("milestone.onTime", key, m.onTime()));
            cells.add(Cell.count("milestone.late", key, m.late()));
            cells.add(Cell.count("milestone.missed", key, m.missed()));
            cells.add(Cell.count("milestone.pending", key, m.pending()));
            cells.add(Cell.value("milestone.shareOnTime", key, m.shareOnTime(), m.settled()));
            cells.add(Cell.value("milestone.shareLate", key, m.shareLate(), m.settled()));
            cells.add(Cell.value("milestone.shareMissed", key, m.shareMissed(), m.settled()));
            cells.add(Cell.value("milestone.medianDelayDays", key, m.medianDelay(), m.late()));
        }
        cells.add(Cell.count("extension.requested", null, f.extensions().requested()));
        cells.add(Cell.count("extension.allowed", null, f.extensions().allowed()));
        for (Map.Entry<ExtensionReason, Integer> e : f.extensions().reasonsRequested().entrySet()) {
            cells.add(Cell.count("extension.reasonRequested", e.getKey().name(), e.getValue()));
        }
        for (Map.Entry<ExtensionReason, Integer> e : f.extensions().reasonsAllowed().entrySet()) {
            cells.add(Cell.count("extension.reasonAllowed", e.getKey().name(), e.getValue()));
        }
        distribution(cells, "weeksInModule", f.weeksInModule());
        distribution(cells, "minutesPerWeek", f.minutesPerWeek());
        distribution(cells, "networkAdults", f.networkAdults());
        mean(cells, "scaling.familyStart", null, f.scaling().familyStart());
        mean(cells, "scaling.professionalsStart", null, f.scaling().professionalsStart());
        mean(cells, "scaling.familyEnd", null, f.scaling().familyEnd());
        mean(cells, "scaling.professionalsEnd", null, f.scaling().professionalsEnd());
        for (ExitFigures e : f.exit()) {
            String key = e.respondent().name();
            cells.add(Cell.count("exit.answers", key, e.answers()));
            cells.add(Cell.value("exit.grade", key, e.grade().mean(), e.grade().n()));
            cells.add(Cell.value("exit.result", key, e.result().mean(), e.result().n()));
            cells.add(Cell.value("exit.process", key, e.process().mean(), e.process().n()));
        }
        cells.add(Cell.count("minors.turning18", null, f.minorsTurning18()));
        cells.add(Cell.count("minors.casesWithMinorTurning18", null, f.casesWithMinorTurning18()));
        return cells;
    }

    private static void distribution(List<Cell> cells, String name, Distribution d) {
        cells.add(Cell.count(name + ".cases", null, d.n()));
        cells.add(Cell.value(name + ".min", null, d.min(), d.n()));
        cells.add(Cell.value(name + ".median", null, d.median(), d.n()));
        cells.add(Cell.value(name + ".mean", null, d.mean(), d.n()));
        cells.add(Cell.value(name + ".max", null, d.max(), d.n()));
        for (Distribution.Bin bin : d.bins()) {
            cells.add(Cell.count(name + ".bin", bin.label(), bin.count()));
        }
    }

    private static void mean(List<Cell> cells, String name, String key, Mean mean) {
        cells.add(Cell.count(name + ".cases", key, mean.n()));
        cells.add(Cell.value(name, key, mean.mean(), mean.n()));
    }

    static String csv(Overview o, int minCell) {
        StringBuilder out = new StringBuilder("scope,figure,key,value\r\n");
        for (Map.Entry<String, Figures> scope : o.scopes().entrySet()) {
            for (Cell cell : cells(scope.getValue())) {
                out.append(WorklistFormats.cell(scope.getKey())).append(',').append(cell.figure()).append(',')
                        .append(cell.key() == null ? "" : WorklistFormats.cell(cell.key())).append(',')
                        .append(cell.shown(minCell)).append("\r\n");
            }
        }
        return out.toString();
    }

    static String json(Overview o, int minCell) {
        ObjectNode root = JSON.createObjectNode();
        root.put("from", o.from() == null ? null : o.from().toString());
        root.put("to", o.to() == null ? null : o.to().toString());
        root.put("today", o.today().toString());
        root.put("office", o.office());
        root.put("minCell", minCell);
        ObjectNode scopes = root.putObject("scopes");
        for (Map.Entry<String, Figures> scope : o.scopes().entrySet()) {
            ObjectNode figures = scopes.putObject(scope.getKey());
            for (Cell cell : cells(scope.getValue())) {
                ObjectNode target = figures;
                String name = cell.figure();
                if (cell.key() != null) {
                    target = figures.has(name) ? (ObjectNode) figures.get(name) : figures.putObject(name);
                    name = cell.key();
                }
                if (cell.count() && cell.hidden(minCell)) {
                    target.put(name, "< " + minCell);
                } else if (cell.value() == null || cell.hidden(minCell)) {
                    target.putNull(name);
                } else if (cell.count()) {
                    target.put(name, cell.value().intValue());
                } else {
                    target.put(name, round(cell.value()));
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the overview as JSON", e);
        }
    }
}
