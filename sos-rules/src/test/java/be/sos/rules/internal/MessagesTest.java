package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Availability;
import be.sos.core.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
}
