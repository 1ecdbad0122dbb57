package be.sos.rules.facts;

import be.sos.core.model.ExtensionReason;
import java.time.LocalDate;
import java.util.List;

/**
 * The one extension that was allowed, set by a rule with
 * {@code insert(out.allowExtension($r, $p.extendedEnd()))}.
 *
 * @param requestNumber the allowed request's place in the order requests are judged (see {@link NumberedRequest})
 * @param requestedOn the date of the allowed request
 * @param reasons its reasons
 * @param extendedEnd where the extended module ends
 */
public record ExtensionAllowed(int requestNumber, LocalDate requestedOn, List<ExtensionReason> reasons, LocalDate extendedEnd) {
    /** Copies the list. */
    public ExtensionAllowed {
        reasons = List.copyOf(reasons);
    }
}
