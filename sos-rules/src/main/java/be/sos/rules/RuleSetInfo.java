package be.sos.rules;

/**
 * Which rule set made an evaluation.
 *
 * @param source {@code bundled}, or the directory the rules were loaded from
 * @param fingerprint the SHA-256 of the rule set's files, in hexadecimal
 */
public record RuleSetInfo(String source, String fingerprint) {
}
