package be.sos.cli;

import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationClocks;
import be.sos.rules.Finding;
import be.sos.rules.ScheduleRow;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** An evaluation as text for a terminal: clocks, eligibility, the schedule and the findings. */
final class TextReport {
    private static final Map<String, String[]> WORDS = Map.of(
            "nl", new String[] {"Dossier", "op", "dag", "Klokken", "vordering", "module", "tot", "verlengd tot", "einde HD",
                "BMO", "Selecteerbaar", "ja", "nee, geblokkeerd door", "Stappenplan", "Bevindingen", "geen", "Contacttijd",
                "min", "min/week", "Verlenging", "gevraagd", "toegestaan", "Regels", "nee"},
            "en", new String[] {"Case", "on", "day", "Clocks", "petition", "module", "to", "extended to", "HD end",
                "BMO", "Eligible", "yes", "no, blocked by", "Schedule", "Findings", "none", "Contact time",
                "min", "min/week", "Extension", "requested", "allowed", "Rules", "no"});

    private TextReport() {}

    static String render(Evaluation e, Locale locale) {
        String[] w = WORDS.get("en".equals(locale.getLanguage()) ? "en" : "nl");
        StringBuilder out = new StringBuilder();
        out.append(w[0]).append(' ').append(e.caseId()).append(' ').append(w[1]).append(' ').append(e.today())
                .append(" (").append(w[2]).append(' ').append(e.day()).append(")\n");
        EvaluationClocks c = e.clocks();
        out.append(w[3]).append(": ").append(w[4]).append(' ').append(c.petition())
                .append(" · ").append(w[5]).append(' ').append(c.moduleStart()).append(' ').append(w[6]).append(' ').append(c.moduleEnd());
        if (c.extendedEnd() != null) {
            out.append(" (").append(w[7]).append(' ').append(c.extendedEnd()).append(')');
        }
        out.append(" · ").append(w[8]).append(' ').append(c.hdEnd());
        if (c.bmoDue() != null) {
            out.append(" · ").append(w[9]).append(' ').append(c.bmoDue());
        }
        out.append('\n');
        out.append(w[10]).append(": ").append(e.eligibility().eligible() ? w[11] : w[12] + " " + String.join(", ", e.eligibility().blockers()));
        out.append(" · ").append(w[19]).append(": ").append(w[20]).append(' ').append(yesNo(e.extension().requested(), w))
                .append(", ").append(w[21]).append(' ').append(yesNo(e.extension().allowed(), w));
        out.append(" · ").append(w[16]).append(": ").append(e.metrics().directContactMinutes()).append(' ').append(w[17])
                .append(" (").append(e.metrics().minutesPerWeek()).append(' ').append(w[18]).append(")\n\n");

        out.append(w[13]).append(":\n");
        for (ScheduleRow row : e.schedule()) {
            out.append(String.format(Locale.ROOT, "  %-9s %-23s %-30s %-14s %s%n",
                    days(e, row), window(row), row.milestone(), row.status(), row.doneOn() == null ? "" : row.doneOn()));
        }
        out.append('\n').append(w[14]).append(":\n");
        if (e.findings().isEmpty()) {
            out.append("  ").append(w[15]).append('\n');
        }
        for (Finding f : e.findings()) {
            out.append(String.format(Locale.ROOT, "  %-8s %s%s%n           %s  [%s, %s]%n", f.severity(), f.code(),
                    f.subject() == null ? "" : " " + f.subject(), f.message(), f.ruleId(), f.source()));
        }
        out.append('\n').append(w[22]).append(": ").append(e.rules().source()).append(' ')
                .append(e.rules().fingerprint(), 0, 12);
        if (e.rules().version() != null) {
            out.append(" · ").append(e.rules().version().describe(locale));
        }
        out.append(" · ").append(e.calendar()).append('\n');
        return out.toString();
    }

    private static String yesNo(boolean value, String[] w) {
        return value ? w[11] : w[23];
    }

    private static String days(Evaluation e, ScheduleRow row) {
        if (row.from() == null) {
            return "";
        }
        int from = dayOf(e, row.from());
        int to = dayOf(e, row.to());
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    private static int dayOf(Evaluation e, LocalDate date) {
        return (int) (date.toEpochDay() - e.clocks().petition().toEpochDay()) + 1;
    }

    private static String window(ScheduleRow row) {
        if (row.from() == null) {
            return "";
        }
        return row.from().equals(row.to()) ? row.from().toString() : row.from() + ".." + row.to();
    }
}
