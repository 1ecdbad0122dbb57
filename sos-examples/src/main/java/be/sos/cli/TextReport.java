package be.sos.cli;

import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationClocks;
import be.sos.rules.Finding;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An evaluation as text for a terminal: clocks, eligibility, the schedule and the findings, in the
 * words of one language. A finding keeps its code and rule, for looking it up; nothing else is a code.
 * Control characters in what it prints are replaced ({@link Printable}).
 */
final class TextReport {
    private TextReport() {}

    static String render(Evaluation e, SosEngine engine, Words w) {
        StringBuilder out = new StringBuilder();
        out.append(w.get("text.case", Printable.of(e.caseId()), e.today(), e.day())).append('\n');
        EvaluationClocks c = e.clocks();
        out.append(w.get("text.clocks")).append(": ").append(w.get("text.petition")).append(' ').append(c.petition())
                .append(" · ").append(w.get("text.module")).append(' ').append(c.moduleStart())
                .append(' ').append(w.get("text.until")).append(' ').append(c.moduleEnd());
        if (c.extendedEnd() != null) {
            out.append(" (").append(w.get("text.extendedUntil")).append(' ').append(c.extendedEnd()).append(')');
        }
        out.append(" · ").append(w.get("text.hdEnd")).append(' ').append(c.hdEnd());
        if (c.bmoDue() != null) {
            out.append(" · ").append(w.get("text.bmo")).append(' ').append(c.bmoDue());
        }
        out.append('\n');
        out.append(w.get("text.eligible")).append(": ").append(e.eligibility().eligible() ? w.get("text.yes")
                : w.get("text.blocked", e.eligibility().blockers().size()));
        out.append(" · ").append(w.get("text.extension")).append(": ").append(w.get("text.requested")).append(' ')
                .append(yesNo(e.extension().requested(), w)).append(", ").append(w.get("text.allowed")).append(' ')
                .append(yesNo(e.extension().allowed(), w));
        out.append(" · ").append(w.get("text.contact")).append(": ")
                .append(w.get("text.minutes", e.metrics().directContactMinutes(), decimal(e.metrics().minutesPerWeek(), w)))
                .append("\n\n");

        out.append(w.get("text.schedule")).append(":\n");
        for (ScheduleRow row : e.schedule()) {
            out.append(String.format(Locale.ROOT, "  %-6s %-23s %-16s %-10s %s%n", ScheduleTable.days(e, row), window(row),
                    w.status(engine, row.status()), row.doneOn() == null ? "" : row.doneOn(), w.milestone(engine, row.milestone()))
                    .stripTrailing() + "\n");
        }
        out.append('\n').append(w.get("text.findings")).append(":\n");
        if (e.findings().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append('\n');
        }
        int width = 0;
        for (Severity severity : Severity.values()) {
            width = Math.max(width, w.severity(engine, severity).length());
        }
        for (Finding f : e.findings()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n  %s  [%s · %s %s · %s]%n", w.severity(engine, f.severity()),
                    Printable.of(f.message()), " ".repeat(width), Printable.of(f.code()), w.get("text.rule"), Printable.of(f.ruleId()),
                    Printable.of(f.source())));
        }
        out.append('\n').append(w.get("text.rules")).append(": ").append(w.ruleSet(engine, e.rules().source())).append(' ')
                .append(e.rules().fingerprint(), 0, 12);
        if (e.rules().version() != null) {
            out.append(" · ").append(Printable.of(e.rules().version().describe(w.locale())));
        }
        out.append(" · ").append(w.get("text.calendar")).append(": ")
                .append(Printable.of(w.calendar(engine, e.calendar()))).append('\n');
        return out.toString();
    }

    /** A number with one decimal, with a decimal comma in Dutch. */
    static String decimal(double value, Words w) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return "nl".equals(w.locale().getLanguage()) ? text.replace('.', ',') : text;
    }

    private static String yesNo(boolean value, Words w) {
        return value ? w.get("text.yes") : w.get("text.no");
    }

    private static String window(ScheduleRow row) {
        if (row.from() == null) {
            return "";
        }
        return row.from().equals(row.to()) ? text(row.from()) : text(row.from()) + ".." + text(row.to());
    }

    private static String text(LocalDate date) {
        return date.toString();
    }
}
