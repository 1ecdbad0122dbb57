package be.sos.rules;

/**
 * Something a rule found about a case.
 *
 * @param code the finding code of docs/evaluation-format.md, "Finding codes", such as {@code DEADLINE_OVERDUE}
 * @param subject what it is about (a milestone, a person's id, a bottom line's id), or null
 * @param severity how much it matters
 * @param ruleId the id of the rule that found it
 * @param source the paragraph of the policy document the rule encodes
 * @param message the finding in words, in the evaluation's language
 */
public record Finding(String code, String subject, Severity severity, String ruleId, String source, String message) {
}
