package be.sos.core.model;

import java.time.LocalDate;

/**
 * A child the urgent measure is about.
 *
 * @param id unique within the case
 * @param birthDate the date of birth
 */
public record Minor(String id, LocalDate birthDate) {
    /** Checks the fields. */
    public Minor {
        Checks.requiredId(id, "id");
        Checks.required(birthDate, "birthDate");
    }

    /** The day the minor turns 18. */
    public LocalDate eighteenthBirthday() {
        return birthDate.plusYears(18);
    }

    @Override
    public String toString() {
        return "Minor[redacted]";
    }
}
