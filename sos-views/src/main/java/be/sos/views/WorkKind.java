package be.sos.views;

/** How urgent a line of the work list is. Declared in order of urgency. */
public enum WorkKind {
    /** A milestone whose window has passed and that is not recorded. */
    OVERDUE,
    /** A finding of severity {@code BLOCKER}. */
    BLOCKER,
    /** A milestone whose window is open and that is not recorded. */
    DUE,
    /** A finding of severity {@code WARNING}. */
    WARNING,
    /** A milestone whose window opens within the coming days. */
    UPCOMING
}
