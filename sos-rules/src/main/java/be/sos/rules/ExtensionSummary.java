package be.sos.rules;

import be.sos.core.model.ExtensionReason;
import java.util.List;

/**
 * What was requested and allowed of the one extension (docs/policy.md §8).
 *
 * @param requested whether any extension request is known
 * @param allowed whether a request was allowed
 * @param reasons the reasons of the allowed request, or those requested when none was allowed
 */
public record ExtensionSummary(boolean requested, boolean allowed, List<ExtensionReason> reasons) {
    /** Copies the list. */
    public ExtensionSummary {
        reasons = List.copyOf(reasons);
    }
}
