package be.sos.views;

/**
 * The EXIT answers of one kind of respondent over the selected cases of a period.
 *
 * @param respondent the kind of respondent
 * @param answers how many answers
 * @param grade the mean grade (1 to 10) over the answers that give one
 * @param result the mean of the subscale result (1 to 4) over the answers that give it
 * @param process the mean of the subscale process (1 to 4) over the answers that give it
 */
public record ExitFigures(Respondent respondent, int answers, Mean grade, Mean result, Mean process) {
}
