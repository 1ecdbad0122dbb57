package be.sos.rules.facts;

import be.sos.core.model.Case;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * The programme's cases that can matter to a candidate, in their order: the other cases
     * petitioned on or before its petition date that were still open on that date, petitioned in
     * the 365 days before it, or petitioned on the latest date before it. Cases petitioned after
     * the candidate, and older cases closed by its petition date, are left out: a region's history
     * holds thousands of cases, and the rules would walk them all for every candidate.
     *
     * @param cases the programme's cases, the candidate among them or not
     * @param candidate the case being evaluated
     * @return the portfolio the rules see
     */
    public static Portfolio of(List<Case> cases, Procedure candidate) {
        String id = candidate.file().id();
        LocalDate petition = candidate.petition();
        LocalDate yearBefore = petition.minusDays(365);
        LocalDate latest = null;
        for (Case c : cases) {
            LocalDate date = c.petitionDate();
            if (!c.id().equals(id) && date.isBefore(petition) && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        List<Case> kept = new ArrayList<>();
        for (Case c : cases) {
            LocalDate date = c.petitionDate();
            if (c.id().equals(id) || date.isAfter(petition)) {
                continue;
            }
            boolean open = c.closure() == null || c.closure().date().isAfter(petition);
            if (open || !date.isBefore(yearBefore) || date.equals(latest)) {
                kept.add(c);
            }
        }
        return new Portfolio(kept);
    }
}
