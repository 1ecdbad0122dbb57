package be.sos.views;

/** The kind of person who answered: the list of the case file they are in. */
public enum Respondent {
    /** A minor. */
    MINOR,
    /** A parent or caregiver. */
    PARENT,
    /** A member of the network. */
    NETWORK,
    /** A professional. */
    PROFESSIONAL
}
