package be.sos.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The scaling answers of one date, as two means (§10 element 5: the family's view is compared with
 * the professionals'). The family side is the minors, the parents and the informal network; the
 * professionals' side is the professionals and the professional network. A fact of its own: a rule
 * matches it with {@code ScalingRound(...)}.
 *
 * @param date the date of the answers
 * @param family the mean score of the family side that date, or null when none of them answered
 * @param professionals the mean score of the professionals' side that date, or null when none of them answered
 */
public record ScalingRound(LocalDate date, Double family, Double professionals) {
    /** Checks the fields. */
    public ScalingRound {
        Objects.requireNonNull(date, "date");
    }

    /** How far apart the two means are (never negative), or null when one side did not answer that date. */
    public Double gap() {
        return family == null || professionals == null ? null : Math.abs(family - professionals);
    }
}
