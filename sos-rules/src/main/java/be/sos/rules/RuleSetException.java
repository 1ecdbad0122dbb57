package be.sos.rules;

import java.util.List;

/** A rule set that cannot be loaded: its problems, each with file, line and column. Nothing of it runs. */
public final class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** Creates the exception from at least one problem. */
    public RuleSetException(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "invalid rule set" : problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
