package be.sos.cli;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.report.LabelTable;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's words in one language: its own from {@code words_nl.properties} or
 * {@code words_en.properties}, and the names of milestones, statuses, severities, actors,
 * calendars and rule sets from the running rule set's message bundles, so that every output
 * names a thing the same way. Immutable.
 */
final class Words {
    private static final Map<String, Map<String, String>> LOADED = Map.of("nl", load("nl"), "en", load("en"));

    private final String language;
    private final Map<String, String> entries;

    private Words(String language) {
        this.language = language;
        this.entries = LOADED.get(language);
    }

    /** The words in the language of a locale: English when asked for, Dutch otherwise. */
    static Words of(Locale locale) {
        return new Words("en".equals(locale.getLanguage()) ? "en" : "nl");
    }

    /**
     * The words in the language a command line asks for with {@code --lang} (in any case), Dutch
     * when it asks for none or for one the tool does not have: the language of its errors.
     */
    static Words forArgs(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && value.equalsIgnoreCase("en")) {
                return new Words("en");
            }
        }
        return new Words("nl");
    }

    /** The locale of these words. */
    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** One entry with {@code {0}}, {@code {1}}, ... filled in. */
    String get(String key, Object... args) {
        String text = entries.get(key);
        if (text == null) {
            throw new IllegalStateException("missing words: " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A milestone's name, as the rule set's bundles give it. */
    String milestone(SosEngine engine, EventType milestone) {
        return name(engine, "milestone." + milestone.name(), milestone.name());
    }

    /** A status in words. */
    String status(SosEngine engine, MilestoneStatus status) {
        return name(engine, "status." + status.name(), status.name());
    }

    /** A severity in words. */
    String severity(SosEngine engine, Severity severity) {
        return name(engine, "severity." + severity.name(), severity.name());
    }

    /** Who, in words. */
    String actor(SosEngine engine, Actor actor) {
        return name(engine, "actor." + actor.name(), actor.name());
    }

    /** A calendar's name in words. */
    String calendar(SosEngine engine, String calendar) {
        return name(engine, "calendar." + calendar, calendar);
    }

    /** A rule set's source in words: the bundled rules, or the rules of a directory. */
    String ruleSet(SosEngine engine, String source) {
        return "bundled".equals(source) ? name(engine, "ruleSet.bundled", source)
                : name(engine, "ruleSet.directory", source).replace("{0}", source);
    }

    /**
     * The rule set's name for a key; an edited rule set made before a name was added falls back
     * on the bundled rules' name, and only then on the code.
     */
    private String name(SosEngine engine, String key, String code) {
        Locale locale = locale();
        return engine.label(key, locale).or(() -> SosEngine.bundled().label(key, locale)).orElse(code);
    }

    private static Map<String, String> load(String language) {
        return Map.copyOf(LabelTable.read(Words.class, "words_" + language + ".properties", "command line"));
    }
}
