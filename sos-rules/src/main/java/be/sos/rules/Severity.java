package be.sos.rules;

/** How much a finding matters. Declared in order: blockers first. */
public enum Severity {
    /** Blocks selection or an extension. */
    BLOCKER,
    /** Needs attention. */
    WARNING,
    /** For information. */
    INFO
}
