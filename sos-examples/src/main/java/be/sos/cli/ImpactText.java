package be.sos.cli;

import be.sos.report.LabelTable;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code rules diff} and {@code rules impact} say, in Dutch or English, from
 * {@code impact_nl.properties} and {@code impact_en.properties}. Immutable.
 */
final class ImpactText {
    private static final ImpactText NL = load("nl");
    private static final ImpactText EN = load("en");

    private final Map<String, String> texts;

    private ImpactText(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The texts of a language: English for {@code en}, Dutch otherwise. */
    static ImpactText of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : NL;
    }

    /** One text with {@code {0}}, {@code {1}}... filled in. */
    String get(String key, Object... values) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("text missing: " + key);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < values.length ? String.valueOf(values[index]) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static ImpactText load(String language) {
        return new ImpactText(Map.copyOf(LabelTable.read(ImpactText.class, "impact_" + language + ".properties", "impact")));
    }
}
