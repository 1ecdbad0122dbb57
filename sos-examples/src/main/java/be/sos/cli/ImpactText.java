package be.sos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * What {@code rules diff} and {@code rules impact} say, in Dutch or English, from
 * {@code impact_nl.properties} and {@code impact_en.properties}. Immutable.
 */
final class ImpactText {
    private static final ImpactText NL = load("nl");
    private static final ImpactText EN = load("en");

    private final Properties texts;

    private ImpactText(Properties texts) {
        this.texts = texts;
    }

    /** The texts of a language: English for {@code en}, Dutch otherwise. */
    static ImpactText of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : NL;
    }

    /** One text with {@code {0}}, {@code {1}}... filled in. */
    String get(String key, Object... values) {
        String text = texts.getProperty(key);
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
        String name = "impact_" + language + ".properties";
        try (InputStream in = ImpactText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("texts missing: " + name);
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ImpactText(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
