package be.sos.rules;

import java.util.List;

/**
 * Whether the case may enter the module: no blocker has a code that starts with one of the rule
 * set's {@code eligibility.blocking-prefixes} ({@code SEL_} and {@code PROG_} in the bundled rules).
 *
 * @param eligible true when nothing blocks
 * @param blockers the codes of the blocking findings
 */
public record Eligibility(boolean eligible, List<String> blockers) {
    /** Copies the list. */
    public Eligibility {
        blockers = List.copyOf(blockers);
    }
}
