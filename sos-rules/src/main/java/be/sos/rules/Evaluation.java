package be.sos.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation of one case on one day (docs/evaluation-format.md): its clocks, schedule, findings and
 * metrics. Immutable.
 *
 * @param caseId the case's id
 * @param today the day of the evaluation
 * @param day the day of the procedure that {@code today} is (the petition date is day 1)
 * @param rules the rule set that made it
 * @param calendar the calendar the deadlines were counted in
 * @param clocks the case's clocks
 * @param eligibility whether the case may enter the module
 * @param schedule the milestones, in the order of the procedure
 * @param extension the extension's state
 * @param metrics direct contact time
 * @param findings blockers first, then by code and subject, and findings alike in those by their values (dates in date order)
 */
public record Evaluation(String caseId, LocalDate today, int day, RuleSetInfo rules, String calendar,
                         EvaluationClocks clocks, Eligibility eligibility, List<ScheduleRow> schedule,
                         ExtensionSummary extension, Metrics metrics, List<Finding> findings) {
    /** Copies the lists. */
    public Evaluation {
        schedule = List.copyOf(schedule);
        findings = List.copyOf(findings);
    }

    /** Whether a finding with this code is present. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** Whether a finding with this code and subject is present. */
    public boolean has(String code, String subject) {
        return findings.stream().anyMatch(f -> f.code().equals(code) && java.util.Objects.equals(subject, f.subject()));
    }
}
