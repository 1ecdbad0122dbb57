package be.sos.rules;

import java.util.List;

/**
 * Whether the case may enter the module: no selection or programme finding is a blocker.
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
