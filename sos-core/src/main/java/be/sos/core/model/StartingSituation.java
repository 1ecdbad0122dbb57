package be.sos.core.model;

/** Where the child was when the procedure started (§3, §8 day 1). */
public enum StartingSituation {
    /** In a crisis shelter. */
    CRISIS_SHELTER,
    /** With the network. */
    NETWORK,
    /** With a private provider. */
    PRIVATE_PROVIDER,
    /** In a context placement. */
    CONTEXT,
    /** At home with the family. */
    FAMILY
}
