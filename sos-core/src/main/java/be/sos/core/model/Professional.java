package be.sos.core.model;

import java.util.List;

/**
 * A professional assigned to the case.
 *
 * @param id unique within the case
 * @param role the professional's role
 * @param reachable whether the professional is reachable by work phone or crisis number
 * @param absences planned absences
 */
public record Professional(String id, Role role, Boolean reachable, List<Absence> absences) {
    /** Checks the fields and copies the list. */
    public Professional {
        Checks.requiredId(id, "id");
        Checks.required(role, "role");
        Checks.required(reachable, "reachable");
        absences = Checks.list(absences, "absences");
    }

    @Override
    public String toString() {
        return "Professional[role=" + role + ", reachable=" + reachable + ", absences=" + absences.size() + "]";
    }
}
