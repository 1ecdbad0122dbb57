package be.sos.core.model;

/** Who is responsible for a milestone (§8 "Wie?"). */
public enum Actor {
    /** The team lead. */
    TEAM_LEAD,
    /** The process team. */
    PROCESS_TEAM,
    /** The consultant of the court social service. */
    CONSULTANT,
    /** The crisis desk (meldpunt crisisjeugdhulp). */
    CRISIS_DESK,
    /** The crisis counsellor of the provider. */
    CRISIS_COUNSELLOR,
    /** The juvenile judge. */
    JUDGE,
    /** The reflecting team. */
    REFLECTING_TEAM,
    /** The parents. */
    PARENTS,
    /** The minor. */
    MINOR,
    /** The network. */
    NETWORK
}
