package be.sos.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Belgian working-day calendar: a window whose last day falls on a Saturday, a Sunday or a
 * legal public holiday ends on the next working day instead (art. 53 of the Judicial Code:
 * "lorsque ce jour est un samedi, un dimanche ou un jour férié légal, le jour de l'échéance est
 * reporté au plus prochain jour ouvrable").
 *
 * <p>The legal public holidays are the ten of the law of 4 January 1974: New Year (1 January),
 * Easter Monday, Labour Day (1 May), Ascension (Easter + 39 days), Whit Monday (Easter + 50 days),
 * the National Day (21 July), Assumption (15 August), All Saints (1 November), Armistice
 * (11 November) and Christmas (25 December). Easter follows the Gregorian computus, applied to
 * any year. A court's own closure days can be added with {@link #withClosureDays(Set)}.
 *
 * <p>Instances are immutable and thread-safe. {@link #isWorkingDay(LocalDate)} and
 * {@link #lastDay(LocalDate)} compute the holidays on each call with integer arithmetic, so they
 * need no cache and allocate nothing beyond the moved {@code LocalDate}.
 */
public final class BelgianWorkingDays implements ProcedureCalendar {
    /** The calendar's name on the command line. */
    public static final String NAME = "be-working-days";

    private static final BelgianWorkingDays STANDARD = new BelgianWorkingDays(Set.of(), List.of());

    /** Labour Day, 1 May, as a day since the last day of February. */
    private static final int MAY_FIRST = 62;

    /** The extra closure days, for lookups. */
    private final Set<LocalDate> closureDays;
    /** The same days, sorted, as {@link #closureDays()} returns them. */
    private final List<LocalDate> sortedClosureDays;

    private BelgianWorkingDays(Set<LocalDate> closureDays, List<LocalDate> sortedClosureDays) {
        this.closureDays = closureDays;
        this.sortedClosureDays = sortedClosureDays;
    }

    /** The calendar with weekends and the ten legal public holidays only, no closure days. */
    public static BelgianWorkingDays standard() {
        return STANDARD;
    }

    /**
     * A calendar that is closed on the given days as well as on every day this one is closed on:
     * a court's own closure days. This calendar is left unchanged.
     *
     * @param days the extra closure days; a day that is already a weekend day or holiday changes nothing
     * @return a new calendar, or this one when {@code days} adds nothing
     * @throws NullPointerException if {@code days} is null or holds null
     */
    public BelgianWorkingDays withClosureDays(Set<LocalDate> days) {
        Objects.requireNonNull(days, "closure days must not be null");
        Set<LocalDate> union = new HashSet<>(closureDays);
        for (LocalDate day : days) {
            union.add(Objects.requireNonNull(day, "a closure day must not be null"));
        }
        if (union.size() == closureDays.size()) {
            return this;
        }
        return new BelgianWorkingDays(Set.copyOf(union), union.stream().sorted().toList());
    }

    /** The extra closure days added to the legal holidays, sorted; empty for the standard calendar. */
    public List<LocalDate> closureDays() {
        return sortedClosureDays;
    }

    /** The name {@value #NAME}, with or without closure days. */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * The last day of a window that ends on {@code day} by the table: {@code day} itself when it is
     * a working day, otherwise the first working day after it.
     *
     * @throws java.time.DateTimeException if no working day follows before {@link LocalDate#MAX}
     */
    @Override
    public LocalDate lastDay(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        LocalDate last = day;
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** Whether {@code day} is a working day: not a Saturday, a Sunday, a legal public holiday or a closure day. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && !isLegalHoliday(day)
                && (closureDays.isEmpty() || !closureDays.contains(day));
    }

    /**
     * The legal public holidays of {@code year}, sorted, without this calendar's closure days. A date
     * appears once even when two holidays fall on it (Ascension on 1 May, as in 2008), so the list
     * holds ten dates in most years and nine in those.
     */
    public List<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        List<LocalDate> days = new ArrayList<>(List.of(
                LocalDate.of(year, 1, 1),
                easter.plusDays(1),
                LocalDate.of(year, 5, 1),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, 7, 21),
                LocalDate.of(year, 8, 15),
                LocalDate.of(year, 11, 1),
                LocalDate.of(year, 11, 11),
                LocalDate.of(year, 12, 25)));
        return days.stream().distinct().sorted().toList();
    }

    /** Easter Sunday of {@code year} by the Gregorian computus. */
    static LocalDate easterSunday(int year) {
        int marchDay = easterMarchDay(year);
        return marchDay <= 31 ? LocalDate.of(year, 3, marchDay) : LocalDate.of(year, 4, marchDay - 31);
    }

    private static boolean isLegalHoliday(LocalDate day) {
        int dayOfMonth = day.getDayOfMonth();
        return switch (day.getMonthValue()) {
            case 1 -> dayOfMonth == 1;
            case 3, 4, 5, 6 -> {
                int marchDay = marchDay(day.getMonthValue(), dayOfMonth);
                int easter = easterMarchDay(day.getYear());
                yield marchDay == easter + 1 || marchDay == easter + 39 || marchDay == easter + 50
                        || marchDay == MAY_FIRST;
            }
            case 7 -> dayOfMonth == 21;
            case 8 -> dayOfMonth == 15;
            case 11 -> dayOfMonth == 1 || dayOfMonth == 11;
            case 12 -> dayOfMonth == 25;
            default -> false;
        };
    }

    /** A day from March to June as days since the last day of February: 1 March is 1, 1 April is 32. */
    private static int marchDay(int month, int dayOfMonth) {
        return switch (month) {
            case 3 -> dayOfMonth;
            case 4 -> 31 + dayOfMonth;
            case 5 -> 61 + dayOfMonth;
            case 6 -> 92 + dayOfMonth;
            default -> throw new IllegalArgumentException("month " + month + " is not March to June");
        };
    }

    /**
     * Easter Sunday of {@code year} as a day since the last day of February (22 to 56, that is
     * 22 March to 25 April), by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms,
     * ch. 8). Floor division keeps it right for years before 1 as well.
     */
    private static int easterMarchDay(int year) {
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30);
        int i = c / 4;
        int k = c % 4;
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        int m = (a + 11 * h + 22 * l) / 451;
        // Meeus gives month = (h + l - 7m + 114) / 31 and day = that mod 31 + 1; counted from March this is:
        return h + l - 7 * m + 22;
    }

    /** Two calendars are equal when they have the same closure days. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BelgianWorkingDays that && closureDays.equals(that.closureDays);
    }

    /** A hash of the closure days, consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return closureDays.hashCode();
    }

    /** The name and the number of closure days. */
    @Override
    public String toString() {
        return NAME + (closureDays.isEmpty() ? "" : " + " + closureDays.size() + " closure days");
    }
}
