package be.sos.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The fast date reader of case files accepts exactly what {@code ISO_LOCAL_DATE} accepts in ten characters. */
class IsoDateProperties {

    @Property(tries = 5000)
    void every_day_of_four_digit_years_reads_back(@ForAll @IntRange(min = 0, max = 365 * 10_000) int daysFromYearZero) {
        LocalDate date = LocalDate.of(0, 1, 1).plusDays(daysFromYearZero);
        if (date.getYear() > 9999) {
            return;
        }
        assertThat(CaseJson.isoDate(date.toString())).isEqualTo(date);
    }

    @Property(tries = 5000)
    void agrees_with_iso_local_date_on_near_dates(@ForAll("nearDates") String text) {
        assertThat(CaseJson.isoDate(text)).isEqualTo(iso(text));
    }

    @Example
    void impossible_and_malformed_dates_are_refused() {
        for (String text : new String[] {"2019-02-30", "2019-02-29", "2019-13-01", "2019-00-10", "2019-01-00", "2019-1-010",
            "2019/01/01", "+019-01-01", "-019-01-01", "2019-01-0x", "٢٠١٩-01-01", "2019-01-01 ", "20190101"}) {
            assertThat(CaseJson.isoDate(text)).as(text).isNull();
        }
        assertThat(CaseJson.isoDate("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(CaseJson.isoDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(CaseJson.isoDate("1900-02-29")).isNull();
    }

    /** Ten characters: well-formed dates with any digits (many impossible), and strings of digits, dashes and a few others. */
    @Provide
    Arbitrary<String> nearDates() {
        Arbitrary<String> shaped = Combinators.combine(
                Arbitraries.strings().numeric().ofLength(4), Arbitraries.strings().numeric().ofLength(2),
                Arbitraries.strings().numeric().ofLength(2)).as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> loose = Arbitraries.strings().withChars("0123456789-+ x/").ofLength(10);
        return Arbitraries.oneOf(shaped, loose);
    }

    private static LocalDate iso(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
