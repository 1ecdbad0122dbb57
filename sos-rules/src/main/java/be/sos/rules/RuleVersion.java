package be.sos.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The version of a dated rule directory that judged a case (docs/rules.md, "Versions and
 * offices"): its name, the dates it is in force, and the office variant that applied. Immutable.
 *
 * @param name the version's name in {@code versions.index}
 * @param inForceFrom the first petition date it judges, or null for the first version (no start)
 * @param inForceUntil the last petition date it judges, or null when the next version's start ends it (or it is the last)
 * @param office the office whose variant applied, or null when the shared files of the version applied
 * @param changes the files of the version and of its office variant that changed the shared files, as paths in
 *                the rule directory ({@code 2019-10/procedure.properties}), sorted; empty when it changes nothing
 */
public record RuleVersion(String name, LocalDate inForceFrom, LocalDate inForceUntil, String office, List<String> changes) {
    /** Checks the name and copies the changes. */
    public RuleVersion {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }

    /** Whether a case with this petition date (or as-of date) is judged by this version. */
    public boolean inForceOn(LocalDate date) {
        return (inForceFrom == null || !date.isBefore(inForceFrom)) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }

    /**
     * The version in words, for a table, a page or a calendar: {@code versie 2019-07 (in werking
     * vanaf 2019-07-01), kantoor GENT}, or in English {@code version 2019-07 (in force from
     * 2019-07-01), office GENT}.
     */
    public String describe(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder text = new StringBuilder(english ? "version " : "versie ").append(name).append(" (");
        if (inForceFrom == null) {
            text.append(english ? "from the start" : "vanaf het begin");
        } else {
            text.append(english ? "in force from " : "in werking vanaf ").append(inForceFrom);
        }
        if (inForceUntil != null) {
            text.append(english ? " until " : " tot en met ").append(inForceUntil);
        }
        text.append(')');
        if (office != null) {
            text.append(english ? ", office " : ", kantoor ").append(office);
        }
        return text.toString();
    }
}
