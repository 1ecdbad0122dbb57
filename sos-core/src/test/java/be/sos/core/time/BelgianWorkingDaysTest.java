package be.sos.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelgianWorkingDaysTest {
    private static final BelgianWorkingDays STANDARD = BelgianWorkingDays.standard();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // The ten legal public holidays (law of 4 January 1974), in date order: New Year, Easter Monday,
    // Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints, Armistice, Christmas.
    @ParameterizedTest(name = "the legal holidays of {0}")
    @CsvSource(delimiter = '|', textBlock = """
        2019 | 2019-01-01 2019-04-22 2019-05-01 2019-05-30 2019-06-10 2019-07-21 2019-08-15 2019-11-01 2019-11-11 2019-12-25
        2020 | 2020-01-01 2020-04-13 2020-05-01 2020-05-21 2020-06-01 2020-07-21 2020-08-15 2020-11-01 2020-11-11 2020-12-25
        2021 | 2021-01-01 2021-04-05 2021-05-01 2021-05-13 2021-05-24 2021-07-21 2021-08-15 2021-11-01 2021-11-11 2021-12-25
        2022 | 2022-01-01 2022-04-18 2022-05-01 2022-05-26 2022-06-06 2022-07-21 2022-08-15 2022-11-01 2022-11-11 2022-12-25
        2023 | 2023-01-01 2023-04-10 2023-05-01 2023-05-18 2023-05-29 2023-07-21 2023-08-15 2023-11-01 2023-11-11 2023-12-25
        2024 | 2024-01-01 2024-04-01 2024-05-01 2024-05-09 2024-05-20 2024-07-21 2024-08-15 2024-11-01 2024-11-11 2024-12-25
        2025 | 2025-01-01 2025-04-21 2025-05-01 2025-05-29 2025-06-09 2025-07-21 2025-08-15 2025-11-01 2025-11-11 2025-12-25
        2026 | 2026-01-01 2026-04-06 2026-05-01 2026-05-14 2026-05-25 2026-07-21 2026-08-15 2026-11-01 2026-11-11 2026-12-25
        2027 | 2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-17 2027-07-21 2027-08-15 2027-11-01 2027-11-11 2027-12-25
        2028 | 2028-01-01 2028-04-17 2028-05-01 2028-05-25 2028-06-05 2028-07-21 2028-08-15 2028-11-01 2028-11-11 2028-12-25
        2029 | 2029-01-01 2029-04-02 2029-05-01 2029-05-10 2029-05-21 2029-07-21 2029-08-15 2029-11-01 2029-11-11 2029-12-25
        2030 | 2030-01-01 2030-04-22 2030-05-01 2030-05-30 2030-06-10 2030-07-21 2030-08-15 2030-11-01 2030-11-11 2030-12-25
        """)
    void the_legal_holidays_of_a_year_are_the_official_ones(int year, String official) {
        List<LocalDate> expected = Arrays.stream(official.split(" ")).map(LocalDate::parse).toList();

        assertThat(STANDARD.holidays(year)).containsExactlyElementsOf(expected);
        assertThat(expected).allSatisfy(day -> assertThat(STANDARD.isWorkingDay(day)).as("%s", day).isFalse());
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource(delimiter = '|', textBlock = """
        2019-04-21
        2020-04-12
        2021-04-04
        2022-04-17
        2023-04-09
        2024-03-31
        2025-04-20
        2026-04-05
        2027-03-28
        2028-04-16
        2029-04-01
        2030-04-21
        1818-03-22
        2285-03-22
        1943-04-25
        2038-04-25
        2008-03-23
        1583-04-10
        """)
    void easter_sunday_falls_on_the_known_date(LocalDate easter) {
        assertThat(BelgianWorkingDays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void easter_agrees_with_knuths_algorithm_for_every_year_from_1583_to_9999() {
        for (int year = 1583; year <= 9999; year++) {
            assertThat(BelgianWorkingDays.easterSunday(year)).as("Easter %d", year).isEqualTo(knuthEaster(year));
        }
    }

    /** Easter by Knuth's algorithm E (The Art of Computer Programming, 1.3.2 exercise 14), a different route. */
    private static LocalDate knuthEaster(int year) {
        int golden = year % 19 + 1;
        int century = year / 100 + 1;
        int skippedLeapYears = 3 * century / 4 - 12;
        int moonCorrection = (8 * century + 5) / 25 - 5;
        int sunday = 5 * year / 4 - skippedLeapYears - 10;
        int epact = (11 * golden + 20 + moonCorrection - skippedLeapYears) % 30;
        if (epact < 0) {
            epact += 30;
        }
        if ((epact == 25 && golden > 11) || epact == 24) {
            epact++;
        }
        int fullMoon = 44 - epact;
        if (fullMoon < 21) {
            fullMoon += 30;
        }
        int marchDay = fullMoon + 7 - (sunday + fullMoon) % 7;
        return marchDay > 31 ? LocalDate.of(year, 4, marchDay - 31) : LocalDate.of(year, 3, marchDay);
    }

    @Test
    void a_deadline_on_a_working_day_stays_where_it_is() {
        LocalDate wednesday = date("2025-03-12");

        assertThat(STANDARD.isWorkingDay(wednesday)).isTrue();
        assertThat(STANDARD.lastDay(wednesday)).isSameAs(wednesday);
    }

    @Test
    void a_deadline_on_a_saturday_moves_to_the_monday() {
        assertThat(STANDARD.lastDay(date("2025-03-15"))).isEqualTo("2025-03-17");
    }

    @Test
    void a_deadline_on_a_sunday_moves_to_the_monday() {
        assertThat(STANDARD.lastDay(date("2025-03-16"))).isEqualTo("2025-03-17");
    }

    @Test
    void a_deadline_on_easter_sunday_moves_to_the_tuesday_because_easter_monday_is_a_holiday() {
        assertThat(STANDARD.lastDay(date("2025-04-20"))).isEqualTo("2025-04-22");
        assertThat(STANDARD.lastDay(date("2025-04-19"))).isEqualTo("2025-04-22");
        assertThat(STANDARD.lastDay(date("2025-04-21"))).isEqualTo("2025-04-22");
    }

    @Test
    void a_deadline_on_the_saturday_before_whit_monday_moves_to_the_tuesday() {
        assertThat(STANDARD.lastDay(date("2025-06-07"))).isEqualTo("2025-06-10");
    }

    @Test
    void a_deadline_on_ascension_thursday_moves_to_the_friday() {
        assertThat(STANDARD.lastDay(date("2025-05-29"))).isEqualTo("2025-05-30");
    }

    @Test
    void christmas_eve_and_boxing_day_are_working_days_in_belgium() {
        // 2025: 24 December is a Wednesday, 25 a Thursday, 26 a Friday.
        assertThat(STANDARD.lastDay(date("2025-12-24"))).isEqualTo("2025-12-24");
        assertThat(STANDARD.lastDay(date("2025-12-25"))).isEqualTo("2025-12-26");
        assertThat(STANDARD.lastDay(date("2025-12-26"))).isEqualTo("2025-12-26");
    }

    @Test
    void christmas_on_a_saturday_moves_the_deadline_to_the_monday_after() {
        // 2021: 24 December is a Friday, 25 a Saturday, 26 a Sunday.
        assertThat(STANDARD.lastDay(date("2021-12-24"))).isEqualTo("2021-12-24");
        assertThat(STANDARD.lastDay(date("2021-12-25"))).isEqualTo("2021-12-27");
        assertThat(STANDARD.lastDay(date("2021-12-26"))).isEqualTo("2021-12-27");
    }

    @Test
    void christmas_on_a_sunday_moves_the_deadline_to_the_26th_which_is_no_holiday() {
        // 2022: 24 December is a Saturday, 25 a Sunday, 26 a Monday.
        assertThat(STANDARD.lastDay(date("2022-12-24"))).isEqualTo("2022-12-26");
    }

    @Test
    void a_deadline_on_new_years_eve_can_move_into_the_next_year() {
        // 31 December 2022 is a Saturday and 1 January 2023 a Sunday.
        assertThat(STANDARD.lastDay(date("2022-12-31"))).isEqualTo("2023-01-02");
    }

    @Test
    void armistice_day_on_a_monday_moves_the_deadline_to_the_tuesday() {
        assertThat(STANDARD.lastDay(date("2024-11-11"))).isEqualTo("2024-11-12");
    }

    @Test
    void ascension_on_labour_day_gives_one_date_for_two_holidays() {
        // Easter 2008 fell on 23 March, so Ascension fell on Thursday 1 May.
        assertThat(STANDARD.holidays(2008)).hasSize(9).contains(date("2008-05-01"));
    }

    @Test
    void a_holiday_on_a_thursday_next_to_one_on_a_friday_moves_the_deadline_four_days() {
        // Easter 2285 falls on 22 March, so Ascension is Thursday 30 April and Labour Day the Friday.
        assertThat(STANDARD.lastDay(date("2285-04-30"))).isEqualTo("2285-05-04");
    }

    @Test
    void a_court_closure_day_moves_the_deadline_further() {
        BelgianWorkingDays court = STANDARD.withClosureDays(Set.of(date("2025-12-26")));

        assertThat(court.isWorkingDay(date("2025-12-26"))).isFalse();
        assertThat(court.lastDay(date("2025-12-25"))).isEqualTo("2025-12-29");
        assertThat(STANDARD.lastDay(date("2025-12-25"))).as("the standard calendar is unchanged").isEqualTo("2025-12-26");
    }

    @Test
    void closure_days_add_up_and_come_back_sorted() {
        BelgianWorkingDays court = STANDARD
                .withClosureDays(Set.of(date("2025-12-31")))
                .withClosureDays(Set.of(date("2025-12-29"), date("2025-12-30")));

        assertThat(court.closureDays()).containsExactly(date("2025-12-29"), date("2025-12-30"), date("2025-12-31"));
        assertThat(court.lastDay(date("2025-12-27"))).isEqualTo("2026-01-02");
        assertThat(court.holidays(2025)).as("holidays are the legal ones only").isEqualTo(STANDARD.holidays(2025));
        assertThat(court.name()).isEqualTo("be-working-days");
    }

    @Test
    void adding_no_new_closure_day_gives_an_equal_calendar() {
        BelgianWorkingDays court = STANDARD.withClosureDays(Set.of(date("2025-12-26")));

        assertThat(STANDARD.withClosureDays(Set.of())).isSameAs(STANDARD);
        assertThat(court.withClosureDays(Set.of(date("2025-12-26")))).isEqualTo(court);
        assertThat(court).isNotEqualTo(STANDARD).hasSameHashCodeAs(STANDARD.withClosureDays(Set.of(date("2025-12-26"))));
    }

    @Test
    void closure_days_must_not_be_null() {
        Set<LocalDate> withNull = new HashSet<>();
        withNull.add(null);

        assertThatThrownBy(() -> STANDARD.withClosureDays(null))
                .isInstanceOf(NullPointerException.class).hasMessage("closure days must not be null");
        assertThatThrownBy(() -> STANDARD.withClosureDays(withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("a closure day must not be null");
    }

    @Test
    void the_standard_calendar_is_named_be_working_days_and_has_no_closure_days() {
        assertThat(STANDARD.name()).isEqualTo("be-working-days");
        assertThat(STANDARD.closureDays()).isEmpty();
        assertThat(STANDARD.toString()).isEqualTo("be-working-days");
    }

    @Test
    void calendar_days_never_move_a_deadline() {
        assertThat(ProcedureCalendar.CALENDAR_DAYS.lastDay(date("2025-03-15"))).isEqualTo("2025-03-15");
        assertThat(ProcedureCalendar.CALENDAR_DAYS.lastDay(date("2025-04-20"))).isEqualTo("2025-04-20");
        assertThat(ProcedureCalendar.CALENDAR_DAYS.lastDay(date("2025-12-25"))).isEqualTo("2025-12-25");
    }
}
