package be.sos.core.model;

import java.time.LocalDate;

/**
 * A dated step of the case, such as a milestone done.
 *
 * @param type what happened
 * @param date when
 * @param subject for {@link EventType#WORDS_AND_PICTURES}: the minor's id
 * @param label for {@link EventType#OTHER}: what it was (free text)
 */
public record Event(EventType type, LocalDate date, String subject, String label) {
    /** Checks the fields. */
    public Event {
        Checks.required(type, "type");
        Checks.required(date, "date");
        if (type == EventType.WORDS_AND_PICTURES) {
            Checks.requiredId(subject, "subject");
        } else if (subject != null) {
            throw new InvalidFieldException("subject", "only for type WORDS_AND_PICTURES");
        }
        if (type == EventType.OTHER) {
            Checks.required(label, "label");
        } else if (label != null) {
            throw new InvalidFieldException("label", "only for type OTHER");
        }
    }

    /** An event without subject or label. */
    public static Event of(EventType type, LocalDate date) {
        return new Event(type, date, null, null);
    }

    @Override
    public String toString() {
        return "Event[type=" + type + ", date=" + date + "]";
    }
}
