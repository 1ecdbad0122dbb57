package be.sos.core.model;

/**
 * One respondent's EXIT questionnaire at the end of the guidance.
 *
 * @param respondent the id of the person who answered
 * @param grade the overall grade, 1 to 10, or null
 * @param result the "result" subscale, 1 to 4, or null
 * @param process the "process" subscale, 1 to 4, or null
 */
public record ExitAnswer(String respondent, Integer grade, Double result, Double process) {
    /** Checks the fields. */
    public ExitAnswer {
        Checks.requiredId(respondent, "respondent");
        if (grade != null) {
            Checks.range(grade, 1, 10, "grade");
        }
        Checks.range(result, 1.0, 4.0, "result");
        Checks.range(process, 1.0, 4.0, "process");
    }

    @Override
    public String toString() {
        return "ExitAnswer[grade=" + grade + ", result=" + result + ", process=" + process + "]";
    }
}
