package be.sos.rules.impact;

import be.sos.rules.RuleSetInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * What an edit of the rules changes on a set of cases: each case evaluated under the base rules
 * and under the edited ones, on one day or on every day of its procedure, and the differences
 * counted. Immutable; its JSON form is {@link ImpactJson}.
 *
 * <p>A case <em>changed</em> when, on a day evaluated, its eligibility, the status of a milestone
 * or its findings (by code, subject and severity) differ. A moved window alone does not change a
 * case's outcome; the moves are counted apart, in {@link #windows()}. Counts of cases count each
 * case once, however many of its days changed; {@code days} counts its evaluations (case and day)
 * that changed, and equals the count of cases when one day is evaluated.
 *
 * @param base the base rule set (its source and fingerprint)
 * @param edited the edited rule set
 * @param days the day of the evaluations ({@code YYYY-MM-DD}), or {@code all} for every day of each case's procedure
 * @param cases the cases compared
 * @param casesChanged the cases whose outcome changed on a day evaluated
 * @param casesUnchanged the cases whose outcome did not change
 * @param evaluations the days compared, over all cases (each under both rule sets)
 * @param skipped the input lines that could not be compared (not a valid case, or the rules failed on it)
 * @param findings the findings that came or went, by code, subject and severity
 * @param statuses the milestone statuses that changed, from one status to another
 * @param windows the milestone windows that moved, in day numbers of the procedure
 * @param eligibility the cases that became eligible or not eligible
 * @param forcedVersions the versions of rule directories with versions that judged every case,
 *     whatever its petition date ({@link ImpactAnalysis#withVersions}); null, and left out of the
 *     JSON, when each case was judged by the version its petition date selects
 */
public record Impact(RuleSetInfo base, RuleSetInfo edited, String days, int cases, int casesChanged, int casesUnchanged,
                     long evaluations, int skipped, List<FindingChange> findings, List<StatusChange> statuses,
                     List<WindowChange> windows, EligibilityChange eligibility,
                     @JsonInclude(JsonInclude.Include.NON_NULL) ForcedVersions forcedVersions) {
    /** An impact in which each case was judged by the version its petition date selects. */
    public Impact(RuleSetInfo base, RuleSetInfo edited, String days, int cases, int casesChanged, int casesUnchanged,
                  long evaluations, int skipped, List<FindingChange> findings, List<StatusChange> statuses,
                  List<WindowChange> windows, EligibilityChange eligibility) {
        this(base, edited, days, cases, casesChanged, casesUnchanged, evaluations, skipped, findings, statuses, windows, eligibility, null);
    }

    /**
     * The versions named to judge every case, whatever its petition date.
     *
     * @param base the version of the base rules, or null when none was named
     * @param edited the version of the edited rules, or null when none was named
     */
    public record ForcedVersions(String base, String edited) {
    }

    /** Copies the lists. */
    public Impact {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(eligibility, "eligibility");
        findings = List.copyOf(findings);
        statuses = List.copyOf(statuses);
        windows = List.copyOf(windows);
    }

    /**
     * A finding that came or went.
     *
     * @param code its code
     * @param subject its subject, or null; {@code *} gathers the subjects of a code beyond the first hundred seen
     * @param severity its severity ({@code BLOCKER}, {@code WARNING}, {@code INFO})
     * @param added the cases in which the edited rules give it on a day the base rules do not
     * @param removed the cases in which the base rules give it on a day the edited rules do not
     * @param addedDays the evaluations (case and day) in which it came
     * @param removedDays the evaluations in which it went
     * @param examples the ids of a few of these cases, the first in input order
     */
    public record FindingChange(String code, String subject, String severity, int added, int removed, long addedDays,
                                long removedDays, List<String> examples) {
        /** Copies the list. */
        public FindingChange {
            examples = List.copyOf(examples);
        }
    }

    /**
     * A milestone whose status changed.
     *
     * @param milestone the milestone
     * @param from its status under the base rules ({@code NONE} when they have no row for it)
     * @param to its status under the edited rules ({@code NONE} when they have no row for it)
     * @param cases the cases in which it changed so on a day
     * @param days the evaluations (case and day) in which it changed so
     * @param examples the ids of a few of these cases, the first in input order
     */
    public record StatusChange(String milestone, String from, String to, int cases, long days, List<String> examples) {
        /** Copies the list. */
        public StatusChange {
            examples = List.copyOf(examples);
        }
    }

    /**
     * A milestone whose window moved, in day numbers of the procedure (day 1 is the petition).
     *
     * @param milestone the milestone
     * @param from the window under the base rules, such as {@code 14-15}, or {@code -} when it does not apply
     * @param to the window under the edited rules
     * @param cases the cases in which it moved so
     * @param days the evaluations (case and day) in which it moved so
     * @param examples the ids of a few of these cases, the first in input order
     */
    public record WindowChange(String milestone, String from, String to, int cases, long days, List<String> examples) {
        /** Copies the list. */
        public WindowChange {
            examples = List.copyOf(examples);
        }
    }

    /**
     * The cases whose eligibility changed.
     *
     * @param becameEligible the cases not eligible under the base rules and eligible under the edited ones, on a day
     * @param becameIneligible the cases eligible under the base rules and not under the edited ones, on a day
     * @param eligibleExamples a few of the first
     * @param ineligibleExamples a few of the second
     */
    public record EligibilityChange(int becameEligible, int becameIneligible, List<String> eligibleExamples,
                                    List<String> ineligibleExamples) {
        /** Copies the lists. */
        public EligibilityChange {
            eligibleExamples = List.copyOf(eligibleExamples);
            ineligibleExamples = List.copyOf(ineligibleExamples);
        }
    }
}
