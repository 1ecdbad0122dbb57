package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Availability;
import be.sos.core.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The wording of findings from the message bundles. */
class MessagesTest {
    private static Messages messages(String nl, String en) {
        List<be.sos.rules.RuleProblem> problems = new ArrayList<>();
        Messages messages = Messages.of(new RuleFiles("test", Map.of(
                "messages_nl.properties", nl, "messages_en.properties", en)), problems);
        assertThat(problems).isEmpty();
        return messages;
    }

    @Test
    void the_subject_and_constants_among_the_values_are_written_in_words_when_the_bundle_names_them() {
        Messages m = messages("""
                CODE=De {2} {0} is {1} dagen weg, sinds {3}; {4}.
                subject.CONSULTANT=consulent
                subject.x-1=iemand
                """, "CODE=The {2} {0}\nsubject.CONSULTANT=consultant\n");
        List<Object> args = List.of(5, Role.CONSULTANT, LocalDate.of(2019, 2, 4), Availability.UNKNOWN);
        assertThat(m.format(Locale.forLanguageTag("nl"), "CODE", "x-1", args))
                .isEqualTo("De consulent iemand is 5 dagen weg, sinds 2019-02-04; UNKNOWN.");
        assertThat(m.format(Locale.ENGLISH, "CODE", "x-2", args)).isEqualTo("The consultant x-2");
    }

    @Test
    void fractions_have_one_decimal_in_the_language_s_own_way_and_none_when_whole() {
        assertThat(Messages.text(3.25, "nl")).isEqualTo("3,3");
        assertThat(Messages.text(3.25, "en")).isEqualTo("3.3");
        assertThat(Messages.text(4.0, "nl")).isEqualTo("4");
        assertThat(Messages.text(6.96, "en")).isEqualTo("7");
        assertThat(Messages.text(-0.5, "en")).isEqualTo("-0.5");
        assertThat(Messages.text(-0.04, "nl")).isEqualTo("0");
    }

    /** Any fraction is written as String.format writes it rounded to one decimal. */
    @Property(tries = 3000)
    void fractions_are_written_as_formatted_to_one_decimal(@ForAll @DoubleRange(min = -1000, max = 1000) double value) {
        double rounded = Math.round(value * 10) / 10.0;
        String expected = rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
        assertThat(Messages.text(value, "en")).isEqualTo(expected);
        assertThat(Messages.text(value, "nl")).isEqualTo(expected.replace('.', ','));
    }
}
