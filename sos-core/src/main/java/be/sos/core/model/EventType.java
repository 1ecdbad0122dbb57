package be.sos.core.model;

/**
 * What a dated event records: the milestones of the procedure (§8 stappenplan) and the other steps
 * the rules look at.
 */
public enum EventType {
    /** Assessment whether crisis guidance fits (day 1-3). */
    CRISIS_GUIDANCE_ASSESSMENT(true),
    /** The judge's fiat (day 1-4). */
    JUDGE_FIAT(true),
    /** Dispatch to the module; starts the module clock (day 1-4). */
    DISPATCH_TO_MODULE(true),
    /** First meeting of the reflecting team (within 7 days after the fiat). */
    REFLECTING_TEAM_FIRST_MEETING(true),
    /** First hearing, voorleiding (day 3-4). */
    FIRST_HEARING(true),
    /** Conversation on the danger statement right after the hearing (day 3-4). */
    DANGER_STATEMENT_CONVERSATION(true),
    /** Two dates reserved for the interim and final evaluation (day 1-5). */
    EVALUATION_DATES_RESERVED(true),
    /** Explanation to the minor (day 5). */
    MINOR_EXPLANATION(true),
    /** First home visit (day 5). */
    FIRST_HOME_VISIT(true),
    /** First decision on return home (day 6). */
    RETURN_HOME_DECISION(true),
    /** Feedback to parents and minor on that decision (day 7). */
    FAMILY_FEEDBACK(true),
    /** First network meeting (day 14-15). */
    FIRST_NETWORK_MEETING(true),
    /** First signed safety plan submitted to the judge (day 14-15). */
    SAFETY_PLAN_TO_JUDGE(true),
    /** Interim evaluation (day 28). */
    INTERIM_EVALUATION(true),
    /** Second network meeting (day 40). */
    SECOND_NETWORK_MEETING(true),
    /** Advice to the judge (day 41-42). */
    ADVICE_TO_JUDGE(true),
    /** The judge's decision (day 42). */
    JUDGE_DECISION(true),
    /** Follow-up and closure of an extension (up to the extended end). */
    EXTENDED_GUIDANCE_CLOSED(true),
    /** BMO in the ordinary procedure (day 75). */
    BMO(true),
    /** A Words and Pictures story told to a minor ({@code subject}: the minor). */
    WORDS_AND_PICTURES(false),
    /** M-doc by the court social service (closure to a mandated facility). */
    M_DOC(false),
    /** Triad conversation court service / facility (closure to a mandated facility). */
    TRIAD_CONVERSATION(false),
    /** Letter of the facility that it takes over (closure to a mandated facility). */
    FACILITY_LETTER(false),
    /** Review of the case in a reflecting team with directors and staff. */
    REFLECTING_TEAM_REVIEW(false),
    /** Anything else ({@code label} says what). */
    OTHER(false);

    private final boolean milestone;

    EventType(boolean milestone) {
        this.milestone = milestone;
    }

    /** Whether this is a milestone of the procedure, with a window in the schedule. */
    public boolean isMilestone() {
        return milestone;
    }
}
