package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wording of milestones that {@link SosEngine#label(String, Locale)} gives from the rule set's messages. */
class LabelTest {
    private static final SosEngine ENGINE = Engines.bundled();
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void every_milestone_of_the_schedule_has_a_label_in_dutch_and_english() {
        Evaluation e = ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 1, 18));
        assertThat(e.schedule()).hasSize(19);
        for (ScheduleRow row : e.schedule()) {
            String key = "subject." + row.milestone();
            assertThat(ENGINE.label(key, NL)).as(key).isPresent();
            assertThat(ENGINE.label(key, Locale.ENGLISH)).as(key).isPresent();
            assertThat(ENGINE.label(key, NL)).as(key).isNotEqualTo(ENGINE.label(key, Locale.ENGLISH));
        }
    }

    @Test
    void the_label_comes_in_the_language_asked_for_and_dutch_otherwise() {
        assertThat(ENGINE.label("subject.FIRST_HEARING", Locale.ENGLISH)).hasValue("the first hearing");
        assertThat(ENGINE.label("subject.FIRST_HEARING", NL)).hasValue("de voorleiding");
        assertThat(ENGINE.label("subject.FIRST_HEARING", Locale.FRENCH)).hasValue("de voorleiding");
    }

    @Test
    void an_unknown_key_has_no_label() {
        assertThat(ENGINE.label("subject.NO_SUCH_MILESTONE", Locale.ENGLISH)).isEmpty();
    }
}
