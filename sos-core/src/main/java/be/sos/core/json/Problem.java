package be.sos.core.json;

/**
 * One problem in a case file: where it is and what is wrong, never the value itself.
 *
 * @param path the JSON path, such as {@code $.minors[0].birthDate}
 * @param line the line, 1-based, or 0 when not known
 * @param column the column, 1-based, or 0 when not known
 * @param message what is wrong
 */
public record Problem(String path, int line, int column, String message) {
    /** A problem whose place in the text is not known. */
    public static Problem at(String path, String message) {
        return new Problem(path, 0, 0, message);
    }

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return path + ": " + message + where;
    }
}
