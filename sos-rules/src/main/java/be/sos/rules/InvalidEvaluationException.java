package be.sos.rules;

import be.sos.core.json.Problem;

/** Text that {@link EvaluationJson#read(String)} cannot read as an evaluation: where, and what is wrong. */
public final class InvalidEvaluationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** Creates the exception. */
    public InvalidEvaluationException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The JSON path, line and column where known, and what is wrong; never a value of the text. */
    public Problem problem() {
        return problem;
    }
}
