package be.sos.views;

import be.sos.core.model.ExtensionReason;
import java.util.Map;

/**
 * Extensions over the selected cases of a period.
 *
 * @param requested cases with at least one extension request
 * @param allowed cases where a request was allowed
 * @param reasonsRequested per reason, the cases where some request gives it
 * @param reasonsAllowed per reason, the cases whose allowed request gives it
 */
public record ExtensionFigures(int requested, int allowed, Map<ExtensionReason, Integer> reasonsRequested,
                               Map<ExtensionReason, Integer> reasonsAllowed) {
    /** Copies the maps. */
    public ExtensionFigures {
        reasonsRequested = Figures.ordered(reasonsRequested);
        reasonsAllowed = Figures.ordered(reasonsAllowed);
    }
}
