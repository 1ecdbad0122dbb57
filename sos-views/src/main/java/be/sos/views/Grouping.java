package be.sos.views;

/** How the work list is grouped. */
public enum Grouping {
    /** By who is responsible: a line with two roles is in both groups. */
    ROLE,
    /** By the case's office. */
    OFFICE
}
