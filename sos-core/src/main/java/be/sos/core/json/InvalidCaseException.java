package be.sos.core.json;

import java.util.List;

/** A case file that cannot be read: its problems, each with a JSON path, and line and column where known. */
public final class InvalidCaseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Creates the exception from at least one problem. */
    public InvalidCaseException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, at least one, in document order where known. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case has at least one problem");
        }
        String first = problems.get(0).toString();
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")";
    }
}
