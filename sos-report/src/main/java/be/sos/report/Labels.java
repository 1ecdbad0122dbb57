package be.sos.report;

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
 * The report's headings and labels in one language, from {@code labels_nl.properties} or
 * {@code labels_en.properties}, and the names the rules' message bundles give milestones, statuses,
 * severities, actors, calendars and rule sets (the one source of those names for every output).
 * Immutable.
 */
final class Labels {
    /** The prefixes of the names the rules' message bundles hold for every output. */
    private static final java.util.Set<String> NAMES =
            java.util.Set.of("milestone.", "status.", "severity.", "actor.", "calendar.", "ruleSet.");

    private static final Map<String, Labels> LOADED = Map.of("nl", load("nl"), "en", load("en"));

    private final String language;
    private final Map<String, String> entries;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    private Labels(String language, Map<String, String> entries) {
        this.language = language;
        this.entries = Map.copyOf(entries);
        this.dates = DateTimeFormatter.ofPattern(entries.get("dateFormat"), Locale.forLanguageTag(language));
        this.shortDates = DateTimeFormatter.ofPattern(entries.get("shortDateFormat"), Locale.forLanguageTag(language));
    }

    /** The language of these labels. */
    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The labels for a locale: English when asked for, Dutch otherwise. */
    static Labels of(Locale locale) {
        return LOADED.get("en".equals(locale.getLanguage()) ? "en" : "nl");
    }

    /** {@code nl} or {@code en}. */
    String language() {
        return language;
    }

    /** Every label, by key, for the template. */
    Map<String, String> all() {
        return entries;
    }

    /** One label. */
    String get(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new IllegalStateException("report label missing: " + key);
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

    /** A number with at most one decimal, with a decimal comma in Dutch. */
    String decimal(double value) {
        String text = Svg.n(value);
        return "nl".equals(language) ? text.replace('.', ',') : text;
    }

    /** A date as people read it, such as {@code 17 jan. 2019}. */
    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A date without its year, such as {@code 17 jan.}, for tables whose year is plain from the page. */
    String shortDate(LocalDate date) {
        return date == null ? "" : shortDates.format(date);
    }

    /** A calendar by its name in words ({@code calendar.NAME} of the rules' bundle), or the name itself. */
    String calendar(String name) {
        return entries.getOrDefault("calendar." + name, name);
    }

    /** A rule set's source in words: the bundled rules, or the rules of a directory. */
    String ruleSet(String source) {
        return "bundled".equals(source) ? get("ruleSet.bundled") : get("ruleSet.directory").replace("{0}", source);
    }

    private static Labels load(String language) {
        Map<String, String> entries = new HashMap<>();
        read("labels_" + language + ".properties").forEach((key, text) -> entries.put(key, text));
        read("/be/sos/rules/drl/messages_" + language + ".properties").forEach((key, text) -> {
            String prefix = key.substring(0, key.indexOf('.') + 1);
            if (NAMES.contains(prefix)) {
                entries.put(key, text);
            }
        });
        return new Labels(language, entries);
    }

    private static Map<String, String> read(String name) {
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report labels missing: " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> entries = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
