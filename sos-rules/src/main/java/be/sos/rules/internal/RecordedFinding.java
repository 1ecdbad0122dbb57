package be.sos.rules.internal;

import be.sos.rules.Severity;
import java.util.List;

/**
 * A finding as a rule recorded it, before it is put into words.
 *
 * @param code the finding code
 * @param subject what it is about, or null
 * @param severity how much it matters
 * @param ruleId the rule that recorded it
 * @param source the rule's source paragraph
 * @param args values for the message after the subject (dates, numbers, codes; never free text)
 */
record RecordedFinding(String code, String subject, Severity severity, String ruleId, String source, List<Object> args) {
    /** Copies the list. */
    RecordedFinding {
        args = List.copyOf(args);
    }
}
