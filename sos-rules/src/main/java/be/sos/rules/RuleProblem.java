package be.sos.rules;

/**
 * One problem in a rule set's files, for the person who edits them.
 *
 * @param file the file's name, such as {@code deadlines.drl}
 * @param line the line, 1-based, or 0 when not known
 * @param column the column, 1-based, or 0 when not known
 * @param message what is wrong, in the rule author's terms where possible
 */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
