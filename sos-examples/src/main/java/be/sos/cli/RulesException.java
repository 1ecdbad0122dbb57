package be.sos.cli;

import be.sos.rules.RuleProblem;
import java.util.List;

/** Invalid rule files: exit 3 with one {@code FILE:LINE:COL: message} line per problem. */
final class RulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    RulesException(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "invalid rule files" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<RuleProblem> problems() {
        return problems;
    }
}
