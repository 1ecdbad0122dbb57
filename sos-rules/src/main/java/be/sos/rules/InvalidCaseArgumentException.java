package be.sos.rules;

import be.sos.core.json.Problem;
import java.util.List;

/**
 * A case that {@link SosEngine} refuses to evaluate because it fails
 * {@link be.sos.core.json.CaseJson#validate(be.sos.core.model.Case)}: a duplicate id, or a reference
 * that points at nothing. The message lists the problems by JSON path, as reading the case's file
 * would; it never holds a value of the case.
 */
public final class InvalidCaseArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The most problems the message spells out; {@link #problems()} has them all. */
    private static final int LISTED = 20;

    private final transient List<Problem> problems;

    /** Creates the exception from at least one problem. */
    public InvalidCaseArgumentException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, at least one, in the order of the case file. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case has at least one problem");
        }
        StringBuilder message = new StringBuilder("the case is not valid: ");
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            message.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > LISTED) {
            message.append(" (and ").append(problems.size() - LISTED).append(" more)");
        }
        return message.toString();
    }
}
