package be.sos.cli;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.rules.Evaluation;
import be.sos.rules.ScheduleRow;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * A case's milestone windows as an iCalendar file (RFC 5545): one all-day event per window, for a
 * case worker's own calendar.
 *
 * <p>Re-importing a later export updates the events instead of adding new ones: each event's
 * {@code UID} is {@code <caseId>-<MILESTONE>@sos}. The same evaluation gives the same bytes: the
 * {@code DTSTAMP} is the evaluation's day at 00:00 UTC, not the time of writing. Only the case id,
 * the milestones, the roles, the policy sources and the dates reach the file, never a name or
 * free text of the case, because calendars are shared and synchronised far beyond the case file.
 *
 * <p>ical4j builds, escapes and validates the calendar; the lines are folded here, by UTF-8 octets
 * as RFC 5545 §3.1 asks, because ical4j 4.1.1 folds by characters (ical4j issues 800 and 832), so a
 * line with "§" in it could pass 75 octets.
 */
final class ScheduleIcs {
    /** RFC 5545 §3.1: lines of text should not be longer than 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final Locale NL = Locale.forLanguageTag("nl");

    private ScheduleIcs() {}

    /**
     * The evaluation's dated milestones as an iCalendar file, UTF-8.
     *
     * @param e the evaluation
     * @param label the milestone in words, in {@code locale}'s language
     * @param locale the language of the summaries and descriptions
     */
    static byte[] write(Evaluation e, Function<EventType, String> label, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Calendar calendar = new Calendar()
                .add(new ProdId("-//sos//sos 0.1.0 schedule//" + (english ? "EN" : "NL")))
                .add(ImmutableVersion.VERSION_2_0)
                // No METHOD: this is a file to import, not an iTIP message (RFC 5546 would want an ORGANIZER).
                .add(ImmutableCalScale.GREGORIAN);
        DtStamp stamp = new DtStamp(e.today().atStartOfDay(ZoneOffset.UTC).toInstant());
        for (ScheduleRow row : e.schedule()) {
            if (row.from() == null || row.to() == null) {
                continue;
            }
            VEvent event = new VEvent(false)
                    .add(new Uid(e.caseId() + "-" + row.milestone() + "@sos"))
                    .add(stamp)
                    .add(new DtStart<>(row.from()))
                    // RFC 5545 §3.6.1: an all-day event's DTEND is the day after its last day.
                    .add(new DtEnd<>(row.to().plusDays(1)))
                    .add(new Summary(e.caseId() + ": " + label.apply(row.milestone())))
                    .add(new Description(description(e, row, english)))
                    .add(new Categories(row.status().name()))
                    // A window is not an appointment: it must not show the worker as busy.
                    .add(ImmutableTransp.TRANSPARENT);
            calendar.add(event);
        }
        ValidationResult result = calendar.validate();
        if (result.hasErrors()) {
            throw new IllegalStateException("the iCalendar file is not valid: " + result);
        }
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String description(Evaluation e, ScheduleRow row, boolean english) {
        String days = ScheduleTable.days(e, row);
        String who = row.who().stream().map(Actor::name).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        if (english) {
            text.append("Case ").append(e.caseId()).append(", day ").append(days).append(" of the procedure\n")
                    .append("Who: ").append(who).append('\n')
                    .append("Status on ").append(e.today()).append(": ").append(row.status());
            if (row.doneOn() != null) {
                text.append(", done on ").append(row.doneOn());
            }
            text.append("\nSource: ").append(row.source()).append(", rule ").append(row.ruleId()).append('\n')
                    .append("Calendar: ").append(e.calendar());
        } else {
            text.append("Dossier ").append(e.caseId()).append(", dag ").append(days).append(" van de procedure\n")
                    .append("Wie: ").append(who).append('\n')
                    .append("Status op ").append(e.today()).append(": ").append(row.status());
            if (row.doneOn() != null) {
                text.append(", gedaan op ").append(row.doneOn());
            }
            text.append("\nBron: ").append(row.source()).append(", regel ").append(row.ruleId()).append('\n')
                    .append("Kalender: ").append(e.calendar());
        }
        if (e.rules().version() != null) {
            text.append('\n').append(english ? "Rules: " : "Regels: ").append(e.rules().version().describe(english ? Locale.ENGLISH : NL))
                    .append(", ").append(e.rules().fingerprint(), 0, 12);
        }
        return text.toString();
    }

    /**
     * Folds each CRLF-ended content line so that no line passes {@value #MAX_LINE_OCTETS} octets in
     * UTF-8, counting the space that starts a continuation line, and never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
