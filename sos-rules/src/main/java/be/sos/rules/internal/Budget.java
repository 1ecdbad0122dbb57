package be.sos.rules.internal;

/**
 * The bounds of one evaluation that no rule set can pass, besides the firings and the time of
 * {@link Evaluator.Limits}: how much a rule may record and how long its values and messages may be.
 */
final class Budget {
    /** The most findings one evaluation may record. */
    public static final int MAX_FINDINGS = 10_000;
    /** The most windows (milestones, applicable or not) one evaluation may record. */
    public static final int MAX_WINDOWS = 10_000;
    /** The longest text a rule may record as a subject or value of a finding, in characters. */
    public static final int MAX_VALUE_CHARS = 1_000;
    /** The most items of a list or set a rule may record as a value of a finding. */
    public static final int MAX_VALUE_ITEMS = 100;

    private Budget() {}

    /**
     * A rule that went past a bound; the evaluator turns it into an
     * {@link be.sos.rules.EvaluationException} naming the rule. Its message says which bound, in
     * the rule author's terms, and never holds a value of the case.
     */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A bound passed, in words ("recorded more than 500 findings"). */
        public Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
