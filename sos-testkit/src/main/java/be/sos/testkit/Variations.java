package be.sos.testkit;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Variations of a case made in code: a date moved, an event dropped, every date shifted. */
public final class Variations {
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");

    private Variations() {}

    /** The case with every date in it (events, plans, birth dates, absences...) moved by {@code days}. */
    public static Case shifted(Case c, long days) {
        Matcher m = DATE.matcher(CaseJson.write(c));
        StringBuilder json = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(json, "\"" + LocalDate.parse(m.group(1)).plusDays(days) + "\"");
        }
        m.appendTail(json);
        try {
            return CaseJson.read(json.toString());
        } catch (InvalidCaseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case without any event of this type. */
    public static Case without(Case c, EventType type) {
        return c.toBuilder().removeEvents(e -> e.type() == type).build();
    }

    /** The case with the events of this type replaced by one on {@code date}. */
    public static Case doneOn(Case c, EventType type, LocalDate date) {
        return c.toBuilder().removeEvents(e -> e.type() == type).event(Event.of(type, date)).build();
    }

    /** The case still open: no closure and no EXIT answers. */
    public static Case open(Case c) {
        return c.toBuilder().closure(null).exit(java.util.List.of()).build();
    }
}
