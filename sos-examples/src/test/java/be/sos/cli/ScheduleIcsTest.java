package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.BottomLine;
import be.sos.core.model.Case;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.time.BelgianWorkingDays;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** The agenda as an iCalendar file (RFC 5545), read back with ical4j. */
class ScheduleIcsTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Case GENT = PilotCases.gent();
    private static final LocalDate DAY_5 = LocalDate.of(2019, 1, 18);

    private static Evaluation evaluate(Case c, LocalDate today, Locale locale) {
        return ENGINE.evaluate(c, today, EvaluationOptions.DEFAULT.withLocale(locale).withCalendar(BelgianWorkingDays.standard()));
    }

    private static Function<EventType, String> labels(Locale locale) {
        return m -> ENGINE.label("milestone." + m, locale).orElseThrow();
    }

    private static byte[] ics(Evaluation e, Locale locale) {
        return ScheduleIcs.write(e, ENGINE, Words.of(locale));
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static LocalDate date(VEvent event, String property) {
        DateProperty<?> p = event.<DateProperty<?>>getProperty(property).orElseThrow();
        assertThat(p.getParameter(Parameter.VALUE)).as(property).contains(Value.DATE);
        Temporal date = p.getDate();
        assertThat(date).as(property + " is a date, not a date-time").isInstanceOf(LocalDate.class);
        return (LocalDate) date;
    }

    @Test
    void one_all_day_event_per_dated_milestone_from_its_first_day_to_the_day_after_its_last() throws Exception {
        Evaluation e = evaluate(GENT, DAY_5, Locale.ENGLISH);
        List<ScheduleRow> dated = e.schedule().stream().filter(r -> r.from() != null).toList();
        assertThat(dated).hasSize(17);

        List<VEvent> events = parse(ics(e, Locale.ENGLISH)).getComponents("VEVENT");
        assertThat(events).hasSize(dated.size());
        for (int i = 0; i < dated.size(); i++) {
            ScheduleRow row = dated.get(i);
            VEvent event = events.get(i);
            assertThat(value(event, "UID")).isEqualTo("gent-2019-01-" + row.milestone() + "@sos");
            assertThat(date(event, "DTSTART")).as(row.milestone().name()).isEqualTo(row.from());
            assertThat(date(event, "DTEND")).as(row.milestone().name()).isEqualTo(row.to().plusDays(1));
            assertThat(value(event, "SUMMARY")).isEqualTo("gent-2019-01: " + ENGINE.label("milestone." + row.milestone(), Locale.ENGLISH).orElseThrow());
            assertThat(value(event, "CATEGORIES")).isEqualTo(ENGINE.label("status." + row.status(), Locale.ENGLISH).orElseThrow());
            assertThat(value(event, "TRANSP")).isEqualTo("TRANSPARENT");
        }
        VEvent returnHome = events.get(9);
        assertThat(value(returnHome, "UID")).isEqualTo("gent-2019-01-RETURN_HOME_DECISION@sos");
        assertThat(date(returnHome, "DTSTART")).isEqualTo("2019-01-19");
        // Saturday 19 January moves to Monday 21 January on working days; DTEND is the day after.
        assertThat(date(returnHome, "DTEND")).isEqualTo("2019-01-22");
        assertThat(events).extracting(ev -> value(ev, "UID")).doesNotContain("gent-2019-01-BMO@sos", "gent-2019-01-EXTENDED_GUIDANCE_CLOSED@sos");
    }

    @Test
    void the_calendar_has_its_product_id_and_version_and_is_valid() throws Exception {
        Calendar calendar = parse(ics(evaluate(GENT, DAY_5, NL), NL));
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).hasValue("-//sos//sos 0.1.0 schedule//NL");
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).hasValue("2.0");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void uids_are_stable_and_the_same_inputs_give_the_same_bytes() throws Exception {
        byte[] first = ics(evaluate(GENT, DAY_5, NL), NL);
        byte[] again = ics(evaluate(GENT, DAY_5, NL), NL);
        assertThat(again).isEqualTo(first);

        LocalDate later = LocalDate.of(2019, 2, 1);
        List<VEvent> before = parse(first).getComponents("VEVENT");
        List<VEvent> after = parse(ics(evaluate(GENT, later, NL), NL)).getComponents("VEVENT");
        assertThat(after).extracting(ev -> value(ev, "UID")).containsExactlyElementsOf(before.stream().map(ev -> value(ev, "UID")).toList());
        assertThat(before).extracting(ev -> value(ev, "UID")).doesNotHaveDuplicates();
        // The stamp is the evaluation's day at midnight UTC, not the time of writing.
        assertThat(before).extracting(ev -> ev.getDateTimeStamp().getDate()).containsOnly(Instant.parse("2019-01-18T00:00:00Z"));
        assertThat(after).extracting(ev -> ev.getDateTimeStamp().getDate()).containsOnly(Instant.parse("2019-02-01T00:00:00Z"));
    }

    @Test
    void lines_end_in_crlf_and_no_line_is_longer_than_75_octets() {
        byte[] bytes = ics(evaluate(GENT, DAY_5, NL), NL);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<String> lines = List.of(text.split("\r\n"));
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).as("no empty continuation line").isNotEqualTo(" ");
        }
        assertThat(lines).as("the long descriptions are folded").anyMatch(l -> l.startsWith(" "));
        assertThat(lines).contains("DTSTART;VALUE=DATE:20190114", "DTEND;VALUE=DATE:20190117", "DTSTAMP:20190118T000000Z");
    }

    @Test
    void fold_counts_octets_and_never_cuts_a_character() {
        String section = "DESCRIPTION:" + "§".repeat(80) + "😀".repeat(30);
        String exact = "SUMMARY:" + "x".repeat(75 - "SUMMARY:".length());
        String folded = ScheduleIcs.fold(section + "\r\n" + exact + "\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
            assertThat(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0))).isFalse();
            assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(section + "\r\n" + exact + "\r\n");
        assertThat(folded).endsWith("\r\n" + exact + "\r\n");
    }

    @Test
    void text_is_escaped_in_the_file_and_comes_back_unescaped() throws Exception {
        // a case file cannot hold such an id any more; a host's own evaluation still could
        String id = "gent,2019;01\\x";
        Evaluation base = evaluate(GENT, DAY_5, Locale.ENGLISH);
        Evaluation e = new Evaluation(id, base.today(), base.day(), base.rules(), base.calendar(), base.clocks(), base.eligibility(),
                base.schedule(), base.extension(), base.metrics(), base.findings());
        byte[] bytes = ics(e, Locale.ENGLISH);
        String unfolded = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(unfolded).contains("\r\nUID:gent\\,2019\\;01\\\\x-FIRST_HEARING@sos\r\n",
                "\r\nSUMMARY:gent\\,2019\\;01\\\\x: First hearing\r\n",
                "\\nWho: judge\\, minor\\, parents\\, consultant\\, crisis counsellor\\n");

        VEvent hearing = parse(bytes).<VEvent>getComponents("VEVENT").get(4);
        assertThat(value(hearing, "UID")).isEqualTo(id + "-FIRST_HEARING@sos");
        assertThat(value(hearing, "SUMMARY")).isEqualTo(id + ": First hearing");
        assertThat(value(hearing, "DESCRIPTION")).isEqualTo("Case " + id + ", day 3-4 of the procedure\n"
                + "Who: judge, minor, parents, consultant, crisis counsellor\n"
                + "Status on 2019-01-18: on time, done on 2019-01-17\n"
                + "Source: §8 dag 3/4, rule DL-05\n"
                + "Calendar: working days (Belgium)");
    }

    @Test
    void summaries_and_descriptions_come_in_the_chosen_language() throws Exception {
        VEvent dutch = parse(ics(evaluate(GENT, DAY_5, NL), NL)).<VEvent>getComponents("VEVENT").get(11);
        assertThat(value(dutch, "SUMMARY")).isEqualTo("gent-2019-01: Eerste netwerkoverleg");
        assertThat(value(dutch, "DESCRIPTION")).isEqualTo("Dossier gent-2019-01, dag 14-15 van de procedure\n"
                + "Wie: consulent, crisisbegeleider, ouders, minderjarige, netwerk\n"
                + "Stand op 2019-01-18: nog niet\n"
                + "Bron: §8 dag 14/15, regel DL-12\n"
                + "Kalender: werkdagen (België)");
        VEvent english = parse(ics(evaluate(GENT, DAY_5, Locale.ENGLISH), Locale.ENGLISH)).<VEvent>getComponents("VEVENT").get(11);
        assertThat(value(english, "SUMMARY")).isEqualTo("gent-2019-01: First network meeting");
        assertThat(value(english, "DESCRIPTION")).startsWith("Case gent-2019-01, day 14-15 of the procedure\nWho: ");
    }

    @Test
    void no_name_or_free_text_of_the_case_reaches_the_file() {
        for (Case c : List.of(GENT, PilotCases.dendermonde())) {
            // The whole history: every event, plan and scaling of the case is known.
            String text = new String(ics(evaluate(c, LocalDate.of(2019, 12, 31), NL), NL), StandardCharsets.UTF_8).replace("\r\n ", "");
            String unescaped = text.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n");
            for (String person : c.personIds().toList()) {
                assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(person) + "(?![\\w-])").matcher(unescaped).find())
                        .as("person id %s", person).isFalse();
            }
            for (String free : freeTexts(c)) {
                assertThat(unescaped).doesNotContain(free);
            }
            assertThat(unescaped.toLowerCase(Locale.ROOT)).doesNotContain("mama", "papa", "tante", "geweld", "conflict");
        }
    }

    private static List<String> freeTexts(Case c) {
        List<String> texts = new ArrayList<>();
        texts.add(c.dangerStatement());
        c.bottomLines().stream().map(BottomLine::text).forEach(texts::add);
        c.safetyGoals().stream().map(SafetyGoal::text).forEach(texts::add);
        for (SafetyPlan plan : c.safetyPlans()) {
            texts.add(plan.goodEnough());
            plan.commitments().stream().flatMap(k -> Stream.of(k.action(), k.when())).forEach(texts::add);
        }
        c.events().stream().map(Event::label).forEach(texts::add);
        assertThat(texts.stream().filter(Objects::nonNull)).as("the pilot case has free text to leak").isNotEmpty();
        return texts.stream().filter(Objects::nonNull).filter(t -> !t.isBlank()).toList();
    }
}
