package be.sos.core.model;

/** Progress on a safety goal. */
public enum GoalStatus {
    /** Not started. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Reached. */
    ACHIEVED
}
