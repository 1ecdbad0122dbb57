package be.sos.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Properties of the procedure calendars. Whether a day is a holiday is judged here by
 * {@link BelgianWorkingDays#holidays(int)}, which the example test checks against the official
 * list, and not by {@link BelgianWorkingDays#isWorkingDay(LocalDate)}, the code under test.
 */
class ProcedureCalendarProperties {
    private static final BelgianWorkingDays STANDARD = BelgianWorkingDays.standard();

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean isLegalHoliday(LocalDate day) {
        return STANDARD.holidays(day.getYear()).contains(day);
    }

    /** Closure days near {@code day}, so that they touch the days a deadline moves across. */
    private static Set<LocalDate> closureDaysAfter(LocalDate day, Set<Integer> offsets) {
        return offsets.stream().map(day::plusDays).collect(Collectors.toSet());
    }

    @Property
    void a_moved_end_is_never_a_weekend_day_or_a_legal_holiday(
            @ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day) {
        LocalDate last = STANDARD.lastDay(day);

        assertThat(isWeekend(last)).as("%s is a weekend day", last).isFalse();
        assertThat(isLegalHoliday(last)).as("%s is a legal holiday", last).isFalse();
    }

    @Property
    void a_moved_end_is_never_earlier_and_at_most_four_days_later(
            @ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day) {
        long moved = ChronoUnit.DAYS.between(day, STANDARD.lastDay(day));

        assertThat(moved).isBetween(0L, 4L);
    }

    @Property
    void a_moved_end_is_the_first_working_day_from_the_given_day_on(
            @ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day) {
        LocalDate last = STANDARD.lastDay(day);

        for (LocalDate skipped = day; skipped.isBefore(last); skipped = skipped.plusDays(1)) {
            assertThat(isWeekend(skipped) || isLegalHoliday(skipped)).as("%s was skipped", skipped).isTrue();
        }
    }

    @Property
    void a_working_day_is_exactly_a_weekday_that_is_no_legal_holiday(
            @ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day) {
        assertThat(STANDARD.isWorkingDay(day)).isEqualTo(!isWeekend(day) && !isLegalHoliday(day));
    }

    @Property
    void moving_is_idempotent(@ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day) {
        LocalDate last = STANDARD.lastDay(day);

        assertThat(STANDARD.lastDay(last)).isEqualTo(last);
    }

    @Property
    void with_closure_days_a_moved_end_is_still_a_working_day(
            @ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day,
            @ForAll @Size(max = 10) Set<@IntRange(min = 0, max = 14) Integer> offsets) {
        Set<LocalDate> closures = closureDaysAfter(day, offsets);
        BelgianWorkingDays court = STANDARD.withClosureDays(closures);
        LocalDate last = court.lastDay(day);

        assertThat(isWeekend(last) || isLegalHoliday(last) || closures.contains(last))
                .as("%s is not a working day", last).isFalse();
        assertThat(court.isWorkingDay(last)).isTrue();
        assertThat(last).isAfterOrEqualTo(STANDARD.lastDay(day));
        assertThat(court.lastDay(last)).isEqualTo(last);
        for (LocalDate skipped = day; skipped.isBefore(last); skipped = skipped.plusDays(1)) {
            assertThat(isWeekend(skipped) || isLegalHoliday(skipped) || closures.contains(skipped))
                    .as("%s was skipped", skipped).isTrue();
        }
    }

    @Property
    void calendar_days_never_move_a_deadline(@ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate day) {
        assertThat(ProcedureCalendar.CALENDAR_DAYS.lastDay(day)).isEqualTo(day);
    }

    @Property
    void the_easter_holidays_fall_on_their_weekdays_in_any_year(@ForAll @IntRange(min = 1583, max = 999_999) int year) {
        LocalDate easter = BelgianWorkingDays.easterSunday(year);
        List<LocalDate> holidays = STANDARD.holidays(year);

        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        assertThat(holidays).isSorted().doesNotHaveDuplicates().hasSizeBetween(9, 10)
                .contains(easter.plusDays(1), easter.plusDays(39), easter.plusDays(50))
                .allSatisfy(holiday -> assertThat(holiday.getYear()).isEqualTo(year));
        assertThat(STANDARD.isWorkingDay(easter.plusDays(1))).isFalse();
        assertThat(STANDARD.isWorkingDay(easter.plusDays(39))).isFalse();
        assertThat(STANDARD.isWorkingDay(easter.plusDays(50))).isFalse();
        assertThat(STANDARD.isWorkingDay(easter.plusDays(2))).isTrue();
    }
}
