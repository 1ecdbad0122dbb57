package be.sos.scenarios;

import java.nio.file.Path;

/**
 * A scenario file that cannot be read: where, and what is wrong. Its message is
 * {@code FILE:LINE:COL: message}, with 0 for a line or column that is not known.
 */
public final class InvalidScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the scenario file
     * @param line the line, 1-based, or 0 when not known
     * @param column the column, 1-based, or 0 when not known
     * @param problem what is wrong
     */
    public InvalidScenarioException(Path file, int line, int column, String problem) {
        super(file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": " + problem, null, false, false);
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.problem = problem;
    }

    /** The scenario file. */
    public Path file() {
        return file;
    }

    /** The line, 1-based, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The column, 1-based, or 0 when not known. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
