package be.sos.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

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
    private final LabelTable table;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    private Labels(String language, Map<String, String> entries) {
        this.language = language;
        this.table = new LabelTable("report", entries);
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
        return table.entries();
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
        return table.entries().getOrDefault("calendar." + name, name);
    }

    /** A rule set's source in words: the bundled rules, or the rules of a directory. */
    String ruleSet(String source) {
        return "bundled".equals(source) ? get("ruleSet.bundled") : get("ruleSet.directory").replace("{0}", source);
    }

    private static Labels load(String language) {
        Map<String, String> entries = LabelTable.read(Labels.class, "labels_" + language + ".properties", "report");
        LabelTable.read(Labels.class, "/be/sos/rules/drl/messages_" + language + ".properties", "report").forEach((key, text) -> {
            String prefix = key.substring(0, key.indexOf('.') + 1);
            if (NAMES.contains(prefix)) {
                entries.put(key, text);
            }
        });
        return new Labels(language, entries);
    }
}
