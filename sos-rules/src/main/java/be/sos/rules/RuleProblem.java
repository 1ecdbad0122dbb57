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

    /**
     * The message in the language of {@code locale}: as written (English) when English is asked
     * for, in Dutch otherwise, as {@code rules validate} prints it. What the rule compiler (Drools)
     * says inside a message is quoted as it is; a message without a Dutch wording stays English.
     *
     * @param locale the language
     * @return the message in that language
     */
    public String message(java.util.Locale locale) {
        return ProblemLanguage.translate(message, java.util.Objects.requireNonNull(locale, "locale"));
    }

    /**
     * {@code FILE:LINE:COL: message}, the message in the language of {@code locale}.
     *
     * @param locale the language
     * @return the problem as one line
     */
    public String toString(java.util.Locale locale) {
        return file + ":" + line + ":" + column + ": " + message(locale);
    }
}
