package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The wording of the findings, by code, in Dutch and English: {@code messages_nl.properties} and
 * {@code messages_en.properties} of the rule set. In a message, {@code {0}} is the subject (in
 * words, when the bundle has a {@code subject.X} entry for it) and {@code {1}}, {@code {2}}, ...
 * the rule's other values (fractions with one decimal, in the language's own way; a constant,
 * such as a role, in words too when the bundle has a {@code subject.X} entry for it). Immutable.
 */
final class Messages {
    /** The languages messages exist in. */
    public static final List<String> LANGUAGES = List.of("nl", "en");
    private static final String SUBJECT = "subject.";
    /** The longest message bundle, in characters. */
    static final int MAX_FILE_CHARS = 100_000;
    /** The longest message, as written in the bundle. */
    static final int MAX_MESSAGE_CHARS = 1_000;
    /** The longest words for a subject ({@code subject.X}). */
    static final int MAX_SUBJECT_CHARS = 200;
    /** The most placeholders ({@code {0}}, {@code {1}}, ...) in one message. */
    static final int MAX_PLACEHOLDERS = 12;
    /** The longest message after its values are filled in; longer ones stop the evaluation. */
    public static final int MAX_FORMATTED_CHARS = 4_000;

    private final Map<String, Map<String, String>> byLanguage;
    /** The messages (every entry but the words for subjects), read once: by language, by code. */
    private final Map<String, Map<String, Template>> templates;
    /** The words for subjects and constants (the {@code subject.X} entries), by language, by X. */
    private final Map<String, Map<String, String>> subjects;

    private Messages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
        Map<String, Map<String, Template>> templates = new HashMap<>();
        Map<String, Map<String, String>> subjects = new HashMap<>();
        byLanguage.forEach((language, entries) -> {
            Map<String, Template> parsed = new HashMap<>();
            Map<String, String> words = new HashMap<>();
            entries.forEach((key, text) -> {
                if (key.startsWith(SUBJECT)) {
                    words.put(key.substring(SUBJECT.length()), text);
                } else {
                    parsed.put(key, Template.of(text));
                }
            });
            templates.put(language, Map.copyOf(parsed));
            subjects.put(language, Map.copyOf(words));
        });
        this.templates = Map.copyOf(templates);
        this.subjects = Map.copyOf(subjects);
    }

    /**
     * A message cut into its parts once: literal text, and the numbers of the placeholders
     * ({@code {0}} to {@code {99}}) between them.
     */
    private record Template(List<String> texts, int[] placeholders) {
        static Template of(String text) {
            List<String> texts = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                int close = ch == '{' ? text.indexOf('}', i) : -1;
                if (close > i + 1 && close <= i + 3 && isDigits(text, i + 1, close)) {
                    texts.add(literal.toString());
                    literal.setLength(0);
                    numbers.add(Integer.parseInt(text, i + 1, close, 10));
                    i = close + 1;
                } else {
                    literal.append(ch);
                    i++;
                }
            }
            texts.add(literal.toString());
            return new Template(List.copyOf(texts), numbers.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** A parameter's name in a message, such as {@code {hd.days}}: filled with its number from {@code procedure.properties}. */
    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("\\{([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)}");

    /** The messages of a rule set, without parameters to fill in; a bundle that cannot be read is a problem of its file. */
    static Messages of(RuleFiles files, List<RuleProblem> problems) {
        return of(files, Map.of(), problems);
    }

    /**
     * The messages of a rule set, each parameter's name in braces ({@code {hd.days}}) replaced by
     * its number, so that a policy number is written once, in {@code procedure.properties}; a name
     * that is no parameter is a problem (unless there are no parameters at all: that is a problem of
     * its own). A bundle that cannot be read is a problem of its file.
     */
    static Messages of(RuleFiles files, Map<String, Integer> parameters, List<RuleProblem> problems) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String language : LANGUAGES) {
            String name = "messages_" + language + ".properties";
            String text = files.files().get(name);
            Map<String, String> entries = new HashMap<>();
            if (text == null) {
                problems.add(new RuleProblem(name, 0, 0, "missing: every rule set has Dutch and English messages"));
            } else if (text.length() > MAX_FILE_CHARS) {
                problems.add(new RuleProblem(name, 1, 1, "the file is longer than " + MAX_FILE_CHARS + " characters"));
            } else {
                Properties properties = new Properties();
                try {
                    properties.load(new StringReader(text));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new RuleProblem(name, 0, 0, "cannot be read: " + e.getMessage()));
                }
                for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
                    String value = fill(properties.getProperty(key), parameters, name, lineOf(text, key), key, problems);
                    String limit = limit(key, value);
                    if (limit != null) {
                        problems.add(new RuleProblem(name, lineOf(text, key), 1, key + ": " + limit));
                    } else {
                        entries.put(key, value);
                    }
                }
            }
            byLanguage.put(language, Map.copyOf(entries));
        }
        return new Messages(Map.copyOf(byLanguage));
    }

    /** A message with the numbers of the parameters it names filled in. */
    private static String fill(String value, Map<String, Integer> parameters, String file, int line, String key, List<RuleProblem> problems) {
        java.util.regex.Matcher m = PARAMETER.matcher(value);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            Integer number = parameters.get(m.group(1));
            if (number == null && !parameters.isEmpty()) {
                problems.add(new RuleProblem(file, line, 1, key + ": {" + m.group(1) + "} is not a parameter of " + RuleParameters.FILE
                        + Vocabulary.didYouMean(m.group(1), parameters.keySet())));
            }
            m.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(number == null ? m.group() : number.toString()));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /** Which limit an entry passes, in words, or null when it keeps them all. */
    private static String limit(String key, String value) {
        if (key.startsWith(SUBJECT)) {
            return value.length() > MAX_SUBJECT_CHARS ? "the words for a subject are longer than " + MAX_SUBJECT_CHARS + " characters" : null;
        }
        if (value.length() > MAX_MESSAGE_CHARS) {
            return "the message is longer than " + MAX_MESSAGE_CHARS + " characters";
        }
        if (Template.of(value).placeholders().length > MAX_PLACEHOLDERS) {
            return "the message has more than " + MAX_PLACEHOLDERS + " values ({0}, {1}, ...)";
        }
        return null;
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The entry {@code key} of the bundle in the language of {@code locale} (Dutch unless English
     * is asked for), such as {@code subject.FIRST_HEARING}; empty when the bundle has none.
     */
    public Optional<String> get(Locale locale, String key) {
        return Optional.ofNullable(byLanguage.get(language(locale)).get(key));
    }

    /** A finding's message in the language of {@code locale} (Dutch unless English is asked for). */
    public String format(Locale locale, String code, String subject, List<Object> args) {
        String language = language(locale);
        Template template = templates.get(language).get(code);
        if (template == null) {
            return subject == null ? code : code + " " + subject;
        }
        Map<String, String> words = subjects.get(language);
        String subjectText = subject == null ? "" : words.getOrDefault(subject, subject);
        StringBuilder message = new StringBuilder(64);
        int[] placeholders = template.placeholders();
        for (int p = 0; p < placeholders.length; p++) {
            message.append(template.texts().get(p));
            int n = placeholders[p];
            Object value = n == 0 ? subjectText : (n - 1 < args.size() ? args.get(n - 1) : "");
            if (value instanceof Enum<?> constant) {
                value = words.getOrDefault(constant.name(), constant.name());
            }
            message.append(text(value, language));
        }
        message.append(template.texts().get(placeholders.length));
        if (message.length() > MAX_FORMATTED_CHARS) {
            throw new Budget.Exceeded("its message " + code + " is longer than " + MAX_FORMATTED_CHARS + " characters with its values filled in");
        }
        return message.toString();
    }

    /**
     * A value in words: a fraction (a mean score) with one decimal, written with a decimal comma in
     * Dutch and a point in English, and without decimals when it is whole; anything else as it is.
     */
    static String text(Object value, String language) {
        if (value instanceof Double || value instanceof Float) {
            long tenths = Math.round(((Number) value).doubleValue() * 10);
            long whole = Math.abs(tenths / 10);
            String sign = tenths < 0 ? "-" : "";
            if (tenths % 10 == 0) {
                return sign + whole;
            }
            return sign + whole + ("nl".equals(language) ? "," : ".") + Math.abs(tenths % 10);
        }
        return String.valueOf(value);
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code en} for English, otherwise {@code nl}. */
    public static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
