package be.sos.core.model;

import java.util.List;

/**
 * What must be true for the case to close (veiligheidsdoel).
 *
 * @param id unique among the goals
 * @param text the goal (free text)
 * @param bottomLines the ids of the bottom lines it covers
 * @param status its progress
 */
public record SafetyGoal(String id, String text, List<String> bottomLines, GoalStatus status) {
    /** Checks the fields; {@code status} defaults to {@code OPEN}. */
    public SafetyGoal {
        Checks.requiredId(id, "id");
        bottomLines = Checks.ids(bottomLines, "bottomLines");
        status = status == null ? GoalStatus.OPEN : status;
    }

    @Override
    public String toString() {
        return "SafetyGoal[id=" + id + ", bottomLines=" + bottomLines + ", status=" + status + "]";
    }
}
