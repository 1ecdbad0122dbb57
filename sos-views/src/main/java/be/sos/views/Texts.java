package be.sos.views;

import be.sos.report.LabelTable;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The views' headings and labels in one language ({@code views_nl.properties}, {@code views_en.properties}),
 * and the rule set's wording of milestones and roles. Immutable.
 */
final class Texts {
    private static final Map<String, LabelTable> LOADED = Map.of("nl", load("nl"), "en", load("en"));

    private final String language;
    private final Locale locale;
    private final LabelTable table;
    private final SosEngine engine;
    private final DateTimeFormatter dates;

    private Texts(String language, SosEngine engine) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.table = LOADED.get(language);
        this.engine = engine;
        this.dates = DateTimeFormatter.ofPattern(get("dateFormat"), locale);
    }

    /** The texts for a locale (English when asked for, Dutch otherwise), with the engine's wording of milestones. */
    static Texts of(Locale locale, SosEngine engine) {
        return new Texts("en".equals(locale.getLanguage()) ? "en" : "nl", engine);
    }

    /** {@code nl} or {@code en}. */
    String language() {
        return language;
    }

    /** The locale of {@link #language()}. */
    Locale locale() {
        return locale;
    }

    /** One label. */
    String get(String key) {
        return table.get(key);
    }

    /** One label with {@code {name}} placeholders filled in from name, value pairs. */
    String format(String key, Object... namesAndValues) {
        return table.format(key, namesAndValues);
    }

    /** The label of an enum value: {@code prefix.NAME}. */
    String of(String prefix, Enum<?> value) {
        return table.of(prefix, value);
    }

    /** A milestone or event type in words, as the rule set's message bundle names it ({@code subject.X}). */
    String subject(String name) {
        return engine.label("subject." + name, locale).orElseGet(() -> table.entries().getOrDefault("subject." + name, name));
    }

    /** A date as people read it. */
    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A number with at most one decimal, with a decimal comma in Dutch. */
    String decimal(double value) {
        String text = Html.n(value);
        return "nl".equals(language) ? text.replace('.', ',') : text;
    }

    private static LabelTable load(String language) {
        return new LabelTable("view", LabelTable.read(Texts.class, "views_" + language + ".properties", "view"));
    }
}
