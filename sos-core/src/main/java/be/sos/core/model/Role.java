package be.sos.core.model;

/** The role of a professional in the case. */
public enum Role {
    /** Consultant of the court social service (consulent SDJ/OSD). */
    CONSULTANT,
    /** Crisis counsellor of the provider (crisisbegeleider). */
    CRISIS_COUNSELLOR,
    /** Juvenile judge (jeugdrechter). */
    JUDGE,
    /** Team lead (teamverantwoordelijke). */
    TEAM_LEAD
}
