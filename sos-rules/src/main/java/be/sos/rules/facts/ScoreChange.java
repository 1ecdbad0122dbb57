package be.sos.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's scaling score next to their previous one (§10 element 5). A fact of its own: a rule matches
 * it with {@code ScoreChange(...)}.
 *
 * @param person the id of the person who answered
 * @param previousDate the date of their previous answer
 * @param previousScore the score of their previous answer
 * @param date the date of this answer
 * @param score the score of this answer
 */
public record ScoreChange(String person, LocalDate previousDate, int previousScore, LocalDate date, int score) {
    /** Checks the fields. */
    public ScoreChange {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(previousDate, "previousDate");
        Objects.requireNonNull(date, "date");
    }

    /** How many points the score fell since the previous answer; negative when it rose. */
    public int drop() {
        return previousScore - score;
    }
}
