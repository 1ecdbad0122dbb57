package be.sos.core.time;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The clocks of a case (docs/policy.md §4): day 1 is the petition date; the module runs from the
 * dispatch to the module (or the petition date when none is recorded) for 6 weeks; the urgent
 * procedure ends on day 60 and the BMO falls due on day 75.
 *
 * @param petition day 1
 * @param moduleStart the dispatch to the module, or the petition date
 * @param moduleEnd module start + 41 days, never after the HD end, and never before the module start:
 *     a module that starts on or after the HD end cannot fit (the selection rules say so), and
 *     its end is its start
 * @param extendedEnd where an extension would end: module start + 55 days, never after the HD end,
 *     and never before the module start
 * @param extendedEndCapped whether {@code extendedEnd} was cut back to the HD end
 * @param hdEnd day 60
 * @param bmoDue day 75
 */
public record Clocks(LocalDate petition, LocalDate moduleStart, LocalDate moduleEnd, LocalDate extendedEnd,
                     boolean extendedEndCapped, LocalDate hdEnd, LocalDate bmoDue) {

    /** The clocks of a case with the policy's lengths. */
    public static Clocks of(Case c) {
        return of(c, ProcedureLengths.DEFAULT);
    }

    /** The clocks of a case with the given lengths. */
    public static Clocks of(Case c, ProcedureLengths lengths) {
        LocalDate petition = c.petitionDate();
        LocalDate hdEnd = day(petition, lengths.hdDays());
        LocalDate start = c.firstEvent(EventType.DISPATCH_TO_MODULE).orElse(petition);
        LocalDate moduleEnd = later(earlier(start.plusDays(lengths.moduleDays() - 1L), hdEnd), start);
        LocalDate uncapped = start.plusDays(lengths.moduleDays() + (long) lengths.extensionDays() - 1L);
        return new Clocks(petition, start, moduleEnd, later(earlier(uncapped, hdEnd), start), uncapped.isAfter(hdEnd),
                hdEnd, day(petition, lengths.bmoDay()));
    }

    /** Day {@code n} of the procedure: the petition date plus n-1 days. */
    public LocalDate day(int n) {
        return day(petition, n);
    }

    /** The day number of a date on the procedure's clock: the petition date is day 1. */
    public int dayNumber(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(petition, date) + 1);
    }

    /** Day {@code n} counted from {@code petition} as day 1. */
    public static LocalDate day(LocalDate petition, int n) {
        return petition.plusDays(n - 1L);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
