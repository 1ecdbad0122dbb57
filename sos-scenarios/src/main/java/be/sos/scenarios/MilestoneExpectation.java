package be.sos.scenarios;

import be.sos.rules.MilestoneStatus;
import java.time.LocalDate;

/**
 * What a scenario expects of one row of the schedule: its status, and its window's first and last
 * day. What is null is not checked; at least one is given.
 *
 * @param status the expected status, or null
 * @param from the expected first day of the window, or null
 * @param to the expected last day of the window, or null
 */
public record MilestoneExpectation(MilestoneStatus status, LocalDate from, LocalDate to) {
    /** Checks that something is expected. */
    public MilestoneExpectation {
        if (status == null && from == null && to == null) {
            throw new IllegalArgumentException("a milestone expectation needs a status, a first day or a last day");
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (status != null) {
            text.append(status);
        }
        if (from != null || to != null) {
            text.append(text.length() > 0 ? " " : "").append(from == null ? "?" : from).append("..").append(to == null ? "?" : to);
        }
        return text.toString();
    }
}
