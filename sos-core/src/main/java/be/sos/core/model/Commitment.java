package be.sos.core.model;

/**
 * What one person commits to in a safety plan.
 *
 * @param by the person's id
 * @param action what they will do (free text)
 * @param when when they will do it (free text)
 */
public record Commitment(String by, String action, String when) {
    /** Checks the fields. */
    public Commitment {
        Checks.requiredId(by, "by");
    }

    @Override
    public String toString() {
        return "Commitment[redacted]";
    }
}
