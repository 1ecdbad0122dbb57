package be.sos.core.model;

/** The informal network (family, friends, neighbours) against the professional one. */
public enum NetworkKind {
    /** Family, friends, neighbours. */
    INFORMAL,
    /** Professionals around the family. */
    PROFESSIONAL
}
