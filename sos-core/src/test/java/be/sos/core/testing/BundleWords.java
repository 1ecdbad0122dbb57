package be.sos.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a message bundle in one language, for tests that check that an output speaks only
 * that language: words of four letters or more, in lower case, placeholders and codes in capitals
 * left out.
 */
public final class BundleWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private BundleWords() {}

    /**
     * The words of {@code language}'s entries that {@code other}'s entries do not use.
     *
     * @param bundle the bundle's resource path with {@code {lang}} for the language, such as
     *     {@code /be/sos/rules/tool_{lang}.properties}
     * @param keyPrefixes the entries to read: those whose key starts with one of these
     */
    public static Set<String> onlyIn(String bundle, String language, String other, String... keyPrefixes) throws IOException {
        Set<String> words = of(bundle.replace("{lang}", language), keyPrefixes);
        words.removeAll(of(bundle.replace("{lang}", other), keyPrefixes));
        return words;
    }

    private static Set<String> of(String resource, String... keyPrefixes) throws IOException {
        Properties entries = new Properties();
        try (InputStream in = BundleWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such bundle: " + resource);
            }
            entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> words = new TreeSet<>();
        for (String key : entries.stringPropertyNames()) {
            for (String prefix : keyPrefixes) {
                if (key.startsWith(prefix)) {
                    Matcher m = WORD.matcher(entries.getProperty(key).replaceAll("\\{\\d+}", " "));
                    while (m.find()) {
                        if (!m.group().equals(m.group().toUpperCase(Locale.ROOT))) {
                            words.add(m.group().toLowerCase(Locale.ROOT));
                        }
                    }
                    break;
                }
            }
        }
        return words;
    }
}
