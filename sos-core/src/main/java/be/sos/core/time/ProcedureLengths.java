package be.sos.core.time;

/**
 * The lengths of the procedure in days (docs/policy.md §4): policy defaults that a rule set may change.
 *
 * @param moduleDays the module, from its start, both days counted (6 weeks: 42)
 * @param extensionDays the one extension (2 weeks: 14)
 * @param hdDays the urgent procedure from the petition (60)
 * @param bmoDay the day of the procedure on which the BMO falls due (75)
 */
public record ProcedureLengths(int moduleDays, int extensionDays, int hdDays, int bmoDay) {
    /** The policy's lengths: 42, 14, 60 and 75. */
    public static final ProcedureLengths DEFAULT = new ProcedureLengths(42, 14, 60, 75);

    /** Checks that every length is positive and that the BMO falls after the HD end. */
    public ProcedureLengths {
        if (moduleDays < 1 || extensionDays < 0 || hdDays < 1) {
            throw new IllegalArgumentException("lengths must be positive: module " + moduleDays
                    + ", extension " + extensionDays + ", hd " + hdDays);
        }
        if (bmoDay <= hdDays) {
            throw new IllegalArgumentException("the BMO day (" + bmoDay + ") must come after the HD end (day " + hdDays + ")");
        }
    }
}
