package be.sos.rules.facts;

import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An extension request with its place in the order in which requests are judged: by date, and
 * requests of the same date in the order of the case file (docs/policy.md §8). A fact of its own: a rule
 * matches it with {@code NumberedRequest(...)}.
 *
 * @param number the request's place in that order, 1 for the first
 * @param request the request
 */
public record NumberedRequest(int number, ExtensionRequest request) {
    /** Checks the fields. */
    public NumberedRequest {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number);
        }
        Objects.requireNonNull(request, "request");
    }

    /** The date the request was made. */
    public LocalDate date() {
        return request.date();
    }

    /** The reasons the request gives, possibly none. */
    public List<ExtensionReason> reasons() {
        return request.reasons();
    }
}
