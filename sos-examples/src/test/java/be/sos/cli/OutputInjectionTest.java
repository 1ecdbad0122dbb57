package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Defence in depth: ids are restricted when a case is read, but every text output also replaces
 * control characters, whatever reaches it (a host's own evaluation, a message of an edited rule
 * set). The values below cannot come from a case file any more, so they go in through an
 * evaluation made by hand.
 */
class OutputInjectionTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    /** A bare CR starts a new iCalendar property; ESC and BEL drive a terminal. */
    private static final String HOSTILE_ID = "x\rURL:http://evil.example/\rATTENDEE:mailto:a@evil.example\u001b[2J\u0007\u202e";
    private static final String HOSTILE_MESSAGE = "ok\r\u001b[1A\u001b[2Kforged line\nBLOCKER FAKE_CODE\u0007";

    private static Evaluation hostile(Locale locale) {
        Evaluation e = ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 1, 18), EvaluationOptions.DEFAULT.withLocale(locale));
        List<Finding> findings = new ArrayList<>();
        for (Finding f : e.findings()) {
            findings.add(new Finding(f.code(), f.subject() == null ? null : f.subject() + "\u001b[31m", f.severity(), f.ruleId(),
                    f.source(), HOSTILE_MESSAGE));
        }
        return new Evaluation(HOSTILE_ID, e.today(), e.day(), e.rules(), e.calendar() + "\u0007", e.clocks(), e.eligibility(),
                e.schedule(), e.extension(), e.metrics(), findings);
    }

    /** The control characters in a text, other than the line feeds it is made of. */
    private static String controls(String text) {
        return text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || c == 0x202e))
                .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void the_icalendar_file_parsed_back_holds_no_injected_property(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        byte[] bytes = ScheduleIcs.write(hostile(locale), ENGINE, Words.of(locale));
        String text = new String(bytes, StandardCharsets.UTF_8);
        // no control character but the CRLF that ends each line
        assertThat(controls(text.replace("\r\n", ""))).isEmpty();

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(17);
        Set<String> written = Set.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES", "TRANSP");
        for (VEvent event : events) {
            List<Property> properties = event.getProperties();
            assertThat(properties.stream().map(Property::getName).toList()).containsExactlyInAnyOrderElementsOf(written);
            assertThat(properties).allSatisfy(p -> assertThat(controls(p.getValue().replace("\n", ""))).isEmpty());
            assertThat(event.getProperty("UID").orElseThrow().getValue()).startsWith("x\uFFFDURL:http://evil.example/\uFFFD").endsWith("@sos");
        }
        List<Property> top = calendar.getProperties();
        assertThat(top.stream().map(Property::getName).toList()).containsExactlyInAnyOrder("PRODID", "VERSION", "CALSCALE");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void the_text_report_prints_no_control_character_and_forges_no_line() {
        Locale en = Locale.ENGLISH;
        Evaluation e = hostile(en);
        String text = TextReport.render(e, ENGINE, Words.of(en));
        assertThat(controls(text)).isEmpty();
        Evaluation clean = ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 1, 18), EvaluationOptions.DEFAULT.withLocale(en));
        assertThat(text.lines().count()).as("as many lines as the same evaluation without control characters")
                .isEqualTo(TextReport.render(clean, ENGINE, Words.of(en)).lines().count());
        assertThat(text).contains("Case x\uFFFDURL:http://evil.example/\uFFFDATTENDEE").doesNotContain("\nBLOCKER FAKE_CODE");
    }

    @Test
    void the_schedule_table_prints_no_control_character_and_forges_no_line() {
        Locale nl = Locale.forLanguageTag("nl");
        String table = ScheduleTable.render(hostile(nl), null, ENGINE, Words.of(nl));
        assertThat(controls(table)).isEmpty();
        Evaluation clean = ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 1, 18), EvaluationOptions.DEFAULT.withLocale(nl));
        assertThat(table.lines().count())
                .isEqualTo(ScheduleTable.render(clean, null, ENGINE, Words.of(nl)).lines().count());
    }

    @Test
    void printable_replaces_controls_and_bidirectional_overrides_and_keeps_everything_else() {
        assertThat(Printable.of("gent-2019_01.a §8 dag 14/15 — é ü 😀")).isEqualTo("gent-2019_01.a §8 dag 14/15 — é ü 😀");
        assertThat(Printable.of("a\rb\nc\td\u001be\u0007f\u007fg\u0085h\u202ei\u2066j\u2028k"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj\uFFFDk");
        assertThat(Printable.of((String) null)).isNull();
    }
}
