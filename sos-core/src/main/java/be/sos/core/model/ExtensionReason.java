package be.sos.core.model;

/** The only three reasons to extend the module by two weeks (§3, §8). */
public enum ExtensionReason {
    /** A transition to voluntary care (mandated facility) must be made. */
    TRANSITION_TO_VOLUNTARY_CARE,
    /** Some goals of the family are not reached yet and would be with the extension. */
    GOALS_NOT_YET_REACHED,
    /** A limited period must be bridged until judicial follow-up help starts. */
    BRIDGE_TO_JUDICIAL_FOLLOW_UP
}
