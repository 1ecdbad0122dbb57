package be.sos.core.model;

/** The kinds of bottom line: most are assessed by people, some can be checked on the case's data (§4, §5). */
public enum BottomLineType {
    /** Assessed by people: open, met or not met. */
    ASSESSED,
    /** At least {@code min} adults of the informal network commit to the plan. */
    MIN_NETWORK_ADULTS,
    /** A trusted person for a given minor. */
    TRUSTED_PERSON,
    /** A Words and Pictures story for each child. */
    WORDS_AND_PICTURES
}
