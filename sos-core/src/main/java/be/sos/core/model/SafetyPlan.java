package be.sos.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of the safety plan (veiligheidsplan).
 *
 * @param version the version number, unique and at least 1
 * @param date the day it was made
 * @param signedBy the ids of the people who signed it
 * @param goodEnough the "good enough" statement: when the file can close (free text), or null
 * @param commitments the network's commitments
 */
public record SafetyPlan(Integer version, LocalDate date, List<String> signedBy, String goodEnough, List<Commitment> commitments) {
    /** Checks the fields and copies the lists. */
    public SafetyPlan {
        Checks.range(version, 1, 1000, "version");
        Checks.required(date, "date");
        signedBy = Checks.ids(signedBy, "signedBy");
        commitments = Checks.list(commitments, "commitments");
    }

    /** Whether the plan says what is good enough to close the file. */
    public boolean hasGoodEnoughStatement() {
        return goodEnough != null && !goodEnough.isBlank();
    }

    @Override
    public String toString() {
        return "SafetyPlan[version=" + version + ", date=" + date + ", signatures=" + signedBy.size()
                + ", commitments=" + commitments.size() + "]";
    }
}
