package be.sos.views;

import be.sos.rules.SosEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The views' headings and labels in one language ({@code views_nl.properties}, {@code views_en.properties}),
 * and the rule set's wording of milestones and roles. Immutable.
 */
final class Texts {
    private static final Map<String, Map<String, String>> LOADED = Map.of("nl", load("nl"), "en", load("en"));

    private final String language;
    private final Locale locale;
    private final Map<String, String> entries;
    private final SosEngine engine;
    private final DateTimeFormatter dates;

    private Texts(String language, SosEngine engine) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.entries = LOADED.get(language);
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
        String value = entries.get(key);
        if (value == null) {
            throw new IllegalStateException("view label missing: " + key);
        }
        return value;
    }

    /** One label with {@code {name}} placeholders filled in from name, value pairs. */
    String format(String key, Object... namesAndValues) {
        String text = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    /** The label of an enum value: {@code prefix.NAME}. */
    String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    /** A milestone or event type in words, as the rule set's message bundle names it ({@code subject.X}). */
    String subject(String name) {
        return engine.label("subject." + name, locale).orElseGet(() -> entries.getOrDefault("subject." + name, name));
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

    private static Map<String, String> load(String language) {
        String name = "views_" + language + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("view labels missing: " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> entries = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
            return Map.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
