package be.sos.core.model;

import java.time.LocalDate;

/**
 * An answer to the scaling question: how safe is the child, 0 to 10 (§10 element 5).
 *
 * @param date when it was asked
 * @param by the id of the person who answered
 * @param score 0 to 10
 */
public record Scaling(LocalDate date, String by, Integer score) {
    /** Checks the fields. */
    public Scaling {
        Checks.required(date, "date");
        Checks.requiredId(by, "by");
        Checks.range(score, 0, 10, "score");
    }

    @Override
    public String toString() {
        return "Scaling[date=" + date + ", score=" + score + "]";
    }
}
