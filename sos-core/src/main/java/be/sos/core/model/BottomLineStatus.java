package be.sos.core.model;

/** Whether a bottom line is met. */
public enum BottomLineStatus {
    /** Not assessed yet. */
    OPEN,
    /** Met. */
    MET,
    /** Not met. */
    NOT_MET
}
