package be.sos.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of a rule set in Dutch: each English message the checks write has a template in
 * {@code tool_en.properties} ({@code problem.X}, with {@code {0}}, {@code {1}}... where its values
 * go) and the same key in {@code tool_nl.properties}; a message that matches an English template
 * is written with the Dutch one, its values as they are (or in Dutch, when they are themselves a
 * message or a word of {@code problem.value.*}). What Drools says is quoted as it is. Immutable.
 */
final class ProblemLanguage {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern VERSIONS = Pattern.compile("^\\(((?:version [^;)]+)(?:; version [^;)]+)*)\\) (.*)$", Pattern.DOTALL);
    private static final Pattern DID_YOU_MEAN = Pattern.compile("^(.*); did you mean '([^']*)'\\?$", Pattern.DOTALL);
    private static final int DEPTH = 3;

    /** One English template, as a pattern, and the Dutch template of the same key. */
    private record Template(Pattern english, List<Integer> order, String dutch, int literal) {
    }

    private static final List<Template> TEMPLATES = templates();

    private ProblemLanguage() {}

    /** A problem's message in the language of {@code locale}: as it is in English, in Dutch otherwise. */
    static String translate(String message, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return message;
        }
        Matcher versions = VERSIONS.matcher(message);
        if (versions.matches()) {
            return "(" + versions.group(1).replace("version ", ToolText.get(locale, "problem.word.version") + " ")
                    .replace(", office ", ", " + ToolText.get(locale, "problem.word.office") + " ") + ") "
                    + dutch(versions.group(2), 0);
        }
        return dutch(message, 0);
    }

    private static String dutch(String message, int depth) {
        Map<String, String> words = ToolText.values("nl", "problem.value.");
        String word = words.get(message);
        if (word != null) {
            return word;
        }
        Matcher suggestion = DID_YOU_MEAN.matcher(message);
        if (suggestion.matches()) {
            return dutch(suggestion.group(1), depth) + ToolText.get(Locale.forLanguageTag("nl"), "problem.didYouMean", suggestion.group(2));
        }
        for (Template t : TEMPLATES) {
            Matcher m = t.english().matcher(message);
            if (m.matches()) {
                Object[] values = new Object[t.order().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
                for (int g = 0; g < t.order().size(); g++) {
                    String value = m.group(g + 1);
                    values[t.order().get(g)] = depth < DEPTH ? dutch(value, depth + 1) : value;
                }
                return fill(t.dutch(), values);
            }
        }
        return message;
    }

    private static String fill(String template, Object[] values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(n < values.length && values[n] != null ? values[n].toString() : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Template> templates() {
        Map<String, String> english = ToolText.values("en", "problem.");
        Map<String, String> dutch = ToolText.values("nl", "problem.");
        List<Template> templates = new ArrayList<>();
        english.forEach((key, text) -> {
            if (key.startsWith("value.") || key.startsWith("word.") || key.equals("didYouMean")) {
                return;
            }
            String nl = dutch.get(key);
            if (nl == null) {
                throw new IllegalStateException("tool_nl.properties has no problem." + key);
            }
            StringBuilder regex = new StringBuilder("^");
            List<Integer> order = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int at = 0;
            int literal = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(at, m.start()))).append("(.*?)");
                literal += m.start() - at;
                order.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            regex.append(Pattern.quote(text.substring(at))).append('$');
            literal += text.length() - at;
            templates.add(new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), nl, literal));
        });
        // The most specific first: the template with the most words of its own.
        templates.sort(Comparator.comparingInt(Template::literal).reversed());
        return List.copyOf(templates);
    }
}
