package be.sos.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The words of the rule tools themselves ({@code rules validate}, {@code rules test}, the
 * scenario runner), in Dutch and English: {@code be/sos/rules/tool_nl.properties} and
 * {@code tool_en.properties}. Dutch unless English is asked for, like the findings. Immutable.
 */
public final class ToolText {
    private static final Map<String, Properties> BUNDLES = Map.of("nl", load("nl"), "en", load("en"));

    private ToolText() {}

    /**
     * The text of {@code key} in the language of {@code locale}, with {@code {0}}, {@code {1}}...
     * replaced by the values.
     *
     * @throws IllegalArgumentException when no such key exists
     */
    public static String get(Locale locale, String key, Object... values) {
        Objects.requireNonNull(locale, "locale");
        String text = BUNDLES.get("en".equals(locale.getLanguage()) ? "en" : "nl").getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no tool text " + key);
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The entries of one language whose keys start with {@code prefix}, by the rest of their keys. */
    static Map<String, String> values(String language, String prefix) {
        Map<String, String> values = new java.util.TreeMap<>();
        Properties bundle = BUNDLES.get(language);
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), bundle.getProperty(key));
            }
        }
        return values;
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = ToolText.class.getResourceAsStream("tool_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("tool_" + language + ".properties missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
