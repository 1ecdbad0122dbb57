package be.sos.rules;

/**
 * An evaluation that a rule set could not finish: a rule that fired without end, ran out of time,
 * or failed. The message names the rule, never case data.
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public EvaluationException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
