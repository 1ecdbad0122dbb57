package be.sos.core.model;

/** How the case left the module (§3 "Afronding traject"). */
public enum ClosurePath {
    /** Taken over by a mandated facility in voluntary care. */
    MANDATED_FACILITY,
    /** The ordinary judicial procedure. */
    ORDINARY_PROCEDURE,
    /** Referral to a support centre (OCJ). */
    REFERRAL_OCJ,
    /** The end of judicial help. */
    ENDED
}
