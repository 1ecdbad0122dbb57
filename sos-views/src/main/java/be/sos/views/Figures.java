package be.sos.views;

import be.sos.core.model.ClosurePath;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.rules.MilestoneStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The steering group's figures over the cases of a period, for one office or all of them
 * (docs/views.md gives each figure's definition). Selection and closure count every case of the
 * period; the other figures count the selected cases, the ones that entered the module.
 *
 * @param started cases petitioned in the period
 * @param selected of those, the cases that may enter the module: no selection finding blocks
 * @param notSelected the others
 * @param blockers per blocking finding code, the cases it blocks
 * @param open cases without a closure
 * @param closedBy per closure path, the cases closed that way
 * @param milestones per milestone, how it went, in the order of the procedure
 * @param extensions extension requests and their reasons
 * @param weeksInModule weeks of guidance per case: from the module start to the closure, or to the
 *     earlier of the day of the figures and the module's (extended) end, both days counted
 * @param minutesPerWeek direct contact minutes per week of that guidance
 * @param networkAdults distinct adults of the informal network with a commitment in the latest safety plan
 * @param scaling scaling at the start and the end, the family against the professionals
 * @param exit the EXIT answers per kind of respondent
 * @param minorsTurning18 minors whose 18th birthday falls within their module
 * @param casesWithMinorTurning18 cases with at least one such minor
 */
public record Figures(int started, int selected, int notSelected, Map<String, Integer> blockers, int open,
                      Map<ClosurePath, Integer> closedBy, List<MilestoneFigures> milestones, ExtensionFigures extensions,
                      Distribution weeksInModule, Distribution minutesPerWeek, Distribution networkAdults,
                      ScalingFigures scaling, List<ExitFigures> exit, int minorsTurning18, int casesWithMinorTurning18) {
    /** Copies the collections. */
    public Figures {
        blockers = Collections.unmodifiableMap(new TreeMap<>(blockers));
        closedBy = ordered(closedBy);
        milestones = List.copyOf(milestones);
        exit = List.copyOf(exit);
    }

    /** The cases closed, by any path. */
    public int closed() {
        return closedBy.values().stream().mapToInt(Integer::intValue).sum();
    }

    static <K extends Enum<K>> Map<K, Integer> ordered(Map<K, Integer> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map.isEmpty() ? map : new EnumMap<>(map)));
    }

    /** The figures of a set of cases. */
    static Figures of(List<CaseFacts> cases) {
        int selected = 0;
        Map<String, Integer> blockers = new TreeMap<>();
        Map<ClosurePath, Integer> closedBy = zeros(ClosurePath.class);
        int open = 0;
        List<CaseFacts> module = new ArrayList<>();
        for (CaseFacts c : cases) {
            if (c.eligible()) {
                selected++;
                module.add(c);
            }
            c.blockers().forEach(code -> blockers.merge(code, 1, Integer::sum));
            if (c.closedBy() == null) {
                open++;
            } else {
                closedBy.merge(c.closedBy(), 1, Integer::sum);
            }
        }
        List<MilestoneFigures> milestones = new ArrayList<>();
        for (EventType m : EventType.values()) {
            if (!m.isMilestone()) {
                continue;
            }
            int[] counts = new int[MilestoneStatus.values().length];
            List<Double> delays = new ArrayList<>();
            for (CaseFacts c : module) {
                MilestoneStatus status = c.statuses().get(m);
                if (status != null) {
                    counts[status.ordinal()]++;
                }
                Long delay = c.delays().get(m);
                if (delay != null) {
                    delays.add(delay.doubleValue());
                }
            }
            Double median = delays.isEmpty() ? null
                    : Distribution.median(delays.stream().mapToDouble(Double::doubleValue).toArray());
            milestones.add(new MilestoneFigures(m, counts[MilestoneStatus.DONE.ordinal()], counts[MilestoneStatus.DONE_LATE.ordinal()],
                    counts[MilestoneStatus.OVERDUE.ordinal()],
                    counts[MilestoneStatus.DUE.ordinal()] + counts[MilestoneStatus.UPCOMING.ordinal()],
                    counts[MilestoneStatus.NOT_APPLICABLE.ordinal()], median));
        }
        int requested = 0;
        int allowed = 0;
        Map<ExtensionReason, Integer> reasonsRequested = zeros(ExtensionReason.class);
        Map<ExtensionReason, Integer> reasonsAllowed = zeros(ExtensionReason.class);
        double[] weeks = new double[module.size()];
        double[] minutes = new double[module.size()];
        double[] adults = new double[module.size()];
        double[] scaling = new double[4];
        int[] scalingN = new int[4];
        int turning = 0;
        int casesTurning = 0;
        Map<Respondent, double[]> exit = new EnumMap<>(Respondent.class);
        for (int i = 0; i < module.size(); i++) {
            CaseFacts c = module.get(i);
            requested += c.extensionRequested() ? 1 : 0;
            allowed += c.extensionAllowed() ? 1 : 0;
            c.reasonsRequested().forEach(r -> reasonsRequested.merge(r, 1, Integer::sum));
            c.reasonsAllowed().forEach(r -> reasonsAllowed.merge(r, 1, Integer::sum));
            weeks[i] = c.weeksInModule();
            minutes[i] = c.minutesPerWeek();
            adults[i] = c.networkAdults();
            Double[] values = {c.familyStart(), c.professionalsStart(), c.familyEnd(), c.professionalsEnd()};
            for (int k = 0; k < 4; k++) {
                if (values[k] != null) {
                    scaling[k] += values[k];
                    scalingN[k]++;
                }
            }
            turning += c.minorsTurning18();
            casesTurning += c.minorsTurning18() > 0 ? 1 : 0;
            for (CaseFacts.Answer a : c.exit()) {
                if (a.respondent() == null) {
                    continue;
                }
                // answers, grade sum, grades, result sum, results, process sum, processes
                double[] sums = exit.computeIfAbsent(a.respondent(), r -> new double[7]);
                sums[0]++;
                if (a.grade() != null) {
                    sums[1] += a.grade();
                    sums[2]++;
                }
                if (a.result() != null) {
                    sums[3] += a.result();
                    sums[4]++;
                }
                if (a.process() != null) {
                    sums[5] += a.process();
                    sums[6]++;
                }
            }
        }
        List<ExitFigures> exitFigures = new ArrayList<>();
        for (Respondent r : Respondent.values()) {
            double[] s = exit.getOrDefault(r, new double[7]);
            exitFigures.add(new ExitFigures(r, (int) s[0], Mean.of(s[1], (int) s[2]), Mean.of(s[3], (int) s[4]), Mean.of(s[5], (int) s[6])));
        }
        return new Figures(cases.size(), selected, cases.size() - selected, blockers, open, closedBy, milestones,
                new ExtensionFigures(requested, allowed, reasonsRequested, reasonsAllowed),
                Distribution.of(weeks, 1, 9, false), Distribution.of(minutes, 60, 600, true), Distribution.of(adults, 1, 5, true),
                new ScalingFigures(Mean.of(scaling[0], scalingN[0]), Mean.of(scaling[1], scalingN[1]),
                        Mean.of(scaling[2], scalingN[2]), Mean.of(scaling[3], scalingN[3])),
                exitFigures, turning, casesTurning);
    }

    private static <K extends Enum<K>> Map<K, Integer> zeros(Class<K> type) {
        Map<K, Integer> map = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            map.put(k, 0);
        }
        return map;
    }
}
