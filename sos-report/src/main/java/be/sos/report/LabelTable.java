package be.sos.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Labels of one language by key, with {@code {name}} placeholders: what the report's labels and
 * the views' texts have in common. Immutable.
 *
 * @param what whose labels these are, for the error when one is missing ("report", "view")
 * @param entries the labels by key
 */
public record LabelTable(String what, Map<String, String> entries) {
    /** Copies the entries. */
    public LabelTable {
        entries = Map.copyOf(entries);
    }

    /** One label; a missing one is a fault of the build, not of the input. */
    public String get(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new IllegalStateException(what + " label missing: " + key);
        }
        return value;
    }

    /** One label with {@code {name}} placeholders filled in from name, value pairs. */
    public String format(String key, Object... namesAndValues) {
        String text = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    /** The label of an enum value: {@code prefix.NAME}, or empty for none. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    /**
     * The entries of a UTF-8 properties file on the class path, as {@code owner}'s class loader
     * finds it by {@code name} (relative to {@code owner}'s package unless it starts with {@code /}).
     */
    public static Map<String, String> read(Class<?> owner, String name, String what) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(what + " labels missing: " + name);
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
