package be.sos.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to extend the module.
 *
 * @param date when it was made
 * @param reasons the reasons given, possibly none
 */
public record ExtensionRequest(LocalDate date, List<ExtensionReason> reasons) {
    /** Checks the fields and copies the list. */
    public ExtensionRequest {
        Checks.required(date, "date");
        reasons = Checks.list(reasons, "reasons");
    }
}
