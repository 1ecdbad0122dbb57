package be.sos.core.model;

/**
 * An invalid value in a case: names the field and the problem, never the value itself, since values
 * may be names, birth dates or free text about a child.
 */
public final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param field the field's name in the case file, such as {@code birthDate}
     * @param problem what is wrong, such as {@code required}
     */
    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's name in the case file. */
    public String field() {
        return field;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
