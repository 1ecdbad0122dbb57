package be.sos.rules.facts;

import be.sos.core.model.Case;
import java.util.List;

/**
 * The programme's other cases, inserted only when the programme rules are asked for
 * ({@code --portfolio}); the candidate itself is not among them.
 *
 * @param cases the other cases
 */
public record Portfolio(List<Case> cases) {
    /** Copies the list. */
    public Portfolio {
        cases = List.copyOf(cases);
    }
}
