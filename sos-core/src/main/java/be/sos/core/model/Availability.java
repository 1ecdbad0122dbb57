package be.sos.core.model;

/** Whether a parent can take part in the module (§3 selection criteria). */
public enum Availability {
    /** Can take part. */
    AVAILABLE,
    /** In detention. */
    DETAINED,
    /** In compulsory psychiatric admission. */
    COMPULSORY_ADMISSION,
    /** Not known yet. */
    UNKNOWN
}
