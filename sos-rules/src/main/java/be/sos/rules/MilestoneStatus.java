package be.sos.rules;

/** Where a milestone stands on the day of the evaluation (docs/policy.md §5). */
public enum MilestoneStatus {
    /** Recorded on or before the window's last day. */
    DONE,
    /** Recorded after the window's last day. */
    DONE_LATE,
    /** Not recorded; the window is open. */
    DUE,
    /** Not recorded; the window has not opened yet. */
    UPCOMING,
    /** Not recorded; the window has passed. */
    OVERDUE,
    /** The milestone's condition does not hold. */
    NOT_APPLICABLE
}
