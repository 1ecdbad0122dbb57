package be.sos.rules;

import java.time.LocalDate;

/**
 * The clocks of a case on the day of an evaluation.
 *
 * @param petition day 1
 * @param moduleStart the dispatch to the module, or the petition date
 * @param moduleEnd the end of the 6-week module
 * @param extendedEnd the end of the extension, only when one was allowed
 * @param hdEnd day 60, the end of the urgent procedure
 * @param bmoDue day 75, only once the case moved to the ordinary procedure
 */
public record EvaluationClocks(LocalDate petition, LocalDate moduleStart, LocalDate moduleEnd, LocalDate extendedEnd,
                               LocalDate hdEnd, LocalDate bmoDue) {
}
