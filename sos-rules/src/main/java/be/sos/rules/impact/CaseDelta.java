package be.sos.rules.impact;

import be.sos.rules.Evaluation;
import be.sos.rules.Finding;
import be.sos.rules.ScheduleRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed in one case, over the days it was evaluated on: keys with the number of days each changed. */
final class CaseDelta {
    /** A finding, by what the comparison looks at. */
    record FindingKey(String code, String subject, String severity) {
    }

    /** A change from one value to another for a milestone: a status or a window. */
    record MilestoneKey(String milestone, String from, String to) {
    }

    final String caseId;
    final Map<FindingKey, Long> added = new LinkedHashMap<>();
    final Map<FindingKey, Long> removed = new LinkedHashMap<>();
    final Map<MilestoneKey, Long> statuses = new LinkedHashMap<>();
    final Map<MilestoneKey, Long> windows = new LinkedHashMap<>();
    boolean becameEligible;
    boolean becameIneligible;
    boolean changed;
    long evaluations;

    CaseDelta(String caseId) {
        this.caseId = caseId;
    }

    /** Adds the differences between the base and the edited evaluation of one day. */
    void compare(Evaluation base, Evaluation edited) {
        evaluations++;
        boolean before = base.eligibility().eligible();
        boolean after = edited.eligibility().eligible();
        if (before != after) {
            changed = true;
            if (after) {
                becameEligible = true;
            } else {
                becameIneligible = true;
            }
        }
        compareSchedules(base, edited);
        compareFindings(base.findings(), edited.findings());
    }

    private void compareSchedules(Evaluation base, Evaluation edited) {
        Map<String, List<ScheduleRow>> before = byMilestone(base.schedule());
        Map<String, List<ScheduleRow>> after = byMilestone(edited.schedule());
        for (Map.Entry<String, List<ScheduleRow>> entry : before.entrySet()) {
            compareRows(entry.getKey(), entry.getValue(), after.getOrDefault(entry.getKey(), List.of()), base, edited);
        }
        for (Map.Entry<String, List<ScheduleRow>> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                compareRows(entry.getKey(), List.of(), entry.getValue(), base, edited);
            }
        }
    }

    private void compareRows(String milestone, List<ScheduleRow> before, List<ScheduleRow> after, Evaluation base, Evaluation edited) {
        int rows = Math.max(before.size(), after.size());
        for (int i = 0; i < rows; i++) {
            ScheduleRow old = i < before.size() ? before.get(i) : null;
            ScheduleRow now = i < after.size() ? after.get(i) : null;
            String statusBefore = old == null ? "NONE" : old.status().name();
            String statusAfter = now == null ? "NONE" : now.status().name();
            if (!statusBefore.equals(statusAfter)) {
                changed = true;
                statuses.merge(new MilestoneKey(milestone, statusBefore, statusAfter), 1L, Long::sum);
            }
            String windowBefore = window(old, base.clocks().petition());
            String windowAfter = window(now, edited.clocks().petition());
            if (!windowBefore.equals(windowAfter)) {
                windows.merge(new MilestoneKey(milestone, windowBefore, windowAfter), 1L, Long::sum);
            }
        }
    }

    /** A window in day numbers of the procedure, such as {@code 14-15}; {@code -} when there is none. */
    static String window(ScheduleRow row, LocalDate petition) {
        if (row == null || row.from() == null || row.to() == null) {
            return "-";
        }
        long from = ChronoUnit.DAYS.between(petition, row.from()) + 1;
        long to = ChronoUnit.DAYS.between(petition, row.to()) + 1;
        return from == to ? Long.toString(from) : from + "-" + to;
    }

    private static Map<String, List<ScheduleRow>> byMilestone(List<ScheduleRow> schedule) {
        Map<String, List<ScheduleRow>> rows = new LinkedHashMap<>();
        for (ScheduleRow row : schedule) {
            rows.computeIfAbsent(row.milestone().name(), k -> new ArrayList<>(1)).add(row);
        }
        return rows;
    }

    private void compareFindings(List<Finding> base, List<Finding> edited) {
        Map<FindingKey, Integer> counts = new HashMap<>();
        for (Finding f : base) {
            counts.merge(key(f), 1, Integer::sum);
        }
        for (Finding f : edited) {
            counts.merge(key(f), -1, Integer::sum);
        }
        // Walk the findings in their evaluation order so that the keys of a case come out in a stable order.
        for (List<Finding> list : List.of(base, edited)) {
            for (Finding f : list) {
                FindingKey key = key(f);
                Integer difference = counts.remove(key);
                if (difference == null || difference == 0) {
                    continue;
                }
                changed = true;
                (difference > 0 ? removed : added).merge(key, 1L, Long::sum);
            }
        }
    }

    private static FindingKey key(Finding f) {
        return new FindingKey(f.code(), f.subject(), f.severity().name());
    }
}
