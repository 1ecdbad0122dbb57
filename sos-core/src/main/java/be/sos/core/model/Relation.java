package be.sos.core.model;

/** How a network member is related to the family. */
public enum Relation {
    /** Family. */
    FAMILY,
    /** A friend. */
    FRIEND,
    /** A neighbour. */
    NEIGHBOUR,
    /** Someone from school. */
    SCHOOL,
    /** A professional. */
    PROFESSIONAL,
    /** Anyone else. */
    OTHER
}
