package be.sos.cli;

import be.sos.rules.Evaluation;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
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
 * <p>Every value taken from the evaluation has its control characters replaced ({@link Printable}):
 * RFC 5545 allows none in a text value, and ical4j escapes line feeds but writes a bare CR as it
 * is, which would start a property of its own.
 *
 * <p>ical4j builds, escapes and validates the calendar; the lines are folded here, by UTF-8 octets
 * as RFC 5545 §3.1 asks, because ical4j 4.1.1 folds by characters (ical4j issues 800 and 832), so a
 * line with "§" in it could pass 75 octets.
 */
final class ScheduleIcs {
    /** RFC 5545 §3.1: lines of text should not be longer than 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private ScheduleIcs() {}

    /**
     * The evaluation's dated milestones as an iCalendar file, UTF-8.
     *
     * @param e the evaluation
     * @param engine the engine whose rule set names the milestones, statuses, actors and calendars
     * @param w the words of the language of the summaries and descriptions
     */
    static byte[] write(Evaluation e, SosEngine engine, Words w) {
        return write(List.of(e), row -> true, engine, w, e.today(), "schedule");
    }

    /**
     * The dated milestones of several cases' evaluations that {@code which} keeps, as one iCalendar
     * file, UTF-8: the work list's feed. Each event has the UID it has in its own case's file.
     *
     * @param evaluations the evaluations, all of the same day
     * @param which the windows to write
     * @param engine the engine whose rule set names the milestones, statuses, actors and calendars
     * @param w the words of the language of the summaries and descriptions
     * @param today the day of the evaluations: the file's {@code DTSTAMP}
     * @param product what made the file: {@code schedule} or {@code worklist}
     */
    static byte[] write(List<Evaluation> evaluations, Predicate<ScheduleRow> which, SosEngine engine, Words w,
                        LocalDate today, String product) {
        boolean english = "en".equals(w.locale().getLanguage());
        Calendar calendar = new Calendar()
                .add(new ProdId("-//sos//sos 0.1.0 " + product + "//" + (english ? "EN" : "NL")))
                .add(ImmutableVersion.VERSION_2_0)
                // No METHOD: this is a file to import, not an iTIP message (RFC 5546 would want an ORGANIZER).
                .add(ImmutableCalScale.GREGORIAN);
        DtStamp stamp = new DtStamp(today.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (Evaluation e : evaluations) {
            String caseId = Printable.of(e.caseId());
            for (ScheduleRow row : e.schedule()) {
                if (row.from() == null || row.to() == null || !which.test(row)) {
                    continue;
                }
                VEvent event = new VEvent(false)
                        .add(new Uid(caseId + "-" + row.milestone() + "@sos"))
                        .add(stamp)
                        .add(new DtStart<>(row.from()))
                        // RFC 5545 §3.6.1: an all-day event's DTEND is the day after its last day.
                        .add(new DtEnd<>(row.to().plusDays(1)))
                        .add(new Summary(caseId + ": " + w.milestone(engine, row.milestone())))
                        .add(new Description(description(e, row, engine, w)))
                        .add(new Categories(w.status(engine, row.status())))
                        // A window is not an appointment: it must not show the worker as busy.
                        .add(ImmutableTransp.TRANSPARENT);
                calendar.add(event);
            }
        }
        // RFC 5545 wants one component at least; a feed with nothing open is still written, empty,
        // so that a calendar that follows it drops the windows that were done.
        ValidationResult result = calendar.getComponents().isEmpty() ? new ValidationResult() : calendar.validate();
        if (result.hasErrors()) {
            throw new IllegalStateException("the iCalendar file is not valid: " + result);
        }
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String description(Evaluation e, ScheduleRow row, SosEngine engine, Words w) {
        String who = row.who().stream().map(a -> w.actor(engine, a)).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        text.append(w.get("ics.case", Printable.of(e.caseId()), ScheduleTable.days(e, row))).append('\n')
                .append(w.get("ics.who", who)).append('\n')
                .append(w.get("ics.status", e.today(), w.status(engine, row.status())));
        if (row.doneOn() != null) {
            text.append(w.get("ics.doneOn", row.doneOn()));
        }
        text.append('\n').append(w.get("ics.source", Printable.of(row.source()), Printable.of(row.ruleId()))).append('\n')
                .append(w.get("text.calendar")).append(": ").append(Printable.of(w.calendar(engine, e.calendar())));
        if (e.rules().version() != null) {
            text.append('\n').append(w.get("text.rules")).append(": ").append(Printable.of(e.rules().version().describe(w.locale())))
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
