package be.sos.core.model;

/**
 * A parent or caregiver of the minors.
 *
 * @param id unique within the case
 * @param availability whether the parent can take part
 * @param livesWithChild whether the child would live with this parent
 */
public record Parent(String id, Availability availability, Boolean livesWithChild) {
    /** Checks the fields. */
    public Parent {
        Checks.requiredId(id, "id");
        Checks.required(availability, "availability");
        Checks.required(livesWithChild, "livesWithChild");
    }

    @Override
    public String toString() {
        return "Parent[availability=" + availability + ", livesWithChild=" + livesWithChild + "]";
    }
}
