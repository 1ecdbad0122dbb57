package be.sos.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which rule set made an evaluation.
 *
 * @param source {@code bundled}, or the directory the rules were loaded from
 * @param fingerprint the SHA-256 of the rule set's files, in hexadecimal; for a directory with
 *                    versions, of the files that judged the case (the version with its office variant)
 * @param version the version of a directory with versions that judged the case; null, and left out
 *                of the JSON, for the bundled rules and a directory without versions
 */
public record RuleSetInfo(String source, String fingerprint, @JsonInclude(JsonInclude.Include.NON_NULL) RuleVersion version) {
    /** A rule set without versions. */
    public RuleSetInfo(String source, String fingerprint) {
        this(source, fingerprint, null);
    }
}
