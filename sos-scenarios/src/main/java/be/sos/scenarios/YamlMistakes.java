package be.sos.scenarios;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The usual mistakes in a YAML file, found by reading its lines, said in plain words at the line
 * where they are: a tab, a line indented wrongly, a key without its colon. Used when the YAML
 * parser refuses a file, whose own message often names a later line in its own terms. Stateless.
 */
final class YamlMistakes {
    /** The keys of a scenario: a line that starts with one of them and no colon has lost its colon. */
    private static final Set<String> KEYS = Set.of("name", "rule", "rules", "case", "with", "today", "day", "lang", "calendar",
            "portfolio", "expect", "present", "absent", "eligible", "fires", "schedule", "status", "from", "to");

    private YamlMistakes() {}

    /**
     * A mistake found.
     *
     * @param line its line, 1-based
     * @param column its column, 1-based
     * @param message what is wrong, in plain words
     */
    record Mistake(int line, int column, String message) {
    }

    /** The first mistake in the text, if one is found. */
    static Optional<Mistake> first(String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        Deque<Integer> levels = new ArrayDeque<>(); // indentation of the open maps, innermost first
        int previousIndent = -1;
        boolean previousHadValue = false;
        int previousLine = 0;
        int blockScalarIndent = -1; // inside a | or > block: lines indented more than its key
        int flowDepth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            int tab = leadingTab(line);
            if (tab >= 0) {
                return Optional.of(new Mistake(number, tab + 1, "a tab at the start of the line: YAML indents with spaces only; "
                        + "replace the tab by spaces"));
            }
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (content.equals("---") || content.startsWith("--- ")) {
                levels.clear();
                previousIndent = -1;
                previousHadValue = false;
                blockScalarIndent = -1;
                flowDepth = 0;
                continue;
            }
            int indent = indent(line);
            if (blockScalarIndent >= 0) {
                if (indent > blockScalarIndent) {
                    continue;
                }
                blockScalarIndent = -1;
            }
            if (flowDepth > 0) {
                flowDepth = Math.max(0, flowDepth + depthChange(content));
                continue;
            }
            int keyIndent = indent;
            String key = content;
            while (key.startsWith("- ") || key.equals("-")) {
                int dash = key.length() > 1 ? 2 : 1;
                String rest = key.substring(dash);
                keyIndent += dash + (rest.length() - rest.stripLeading().length());
                key = rest.stripLeading();
            }
            int colon = keyColon(key);
            if (colon < 0) {
                String word = key.split("[\\s\\[{]", 2)[0];
                boolean listItem = keyIndent != indent;
                if (!listItem && (KEYS.contains(word) && !key.equals(word) || previousIndent >= 0 && indent <= previousIndent && indent
                        == (levels.isEmpty() ? 0 : levels.peek()) && key.matches("[A-Za-z_][\\w.-]*\\s+\\S.*"))) {
                    return Optional.of(new Mistake(number, indent + word.length() + 1, "'" + word + "' is followed by no ':'; write "
                            + word + ": and then its value"));
                }
                flowDepth = Math.max(0, flowDepth + depthChange(content));
                continue;
            }
            String value = key.substring(colon + 1).strip();
            if (previousIndent >= 0 && keyIndent > previousIndent && previousHadValue) {
                return Optional.of(new Mistake(number, keyIndent + 1, "this line is indented more than the line " + previousLine
                        + " before it (" + keyIndent + " spaces instead of " + previousIndent + "), which already has its value; "
                        + "indent keys of one map alike"));
            }
            while (!levels.isEmpty() && levels.peek() > keyIndent) {
                levels.pop();
            }
            if (levels.isEmpty() || levels.peek() < keyIndent) {
                if (previousIndent >= 0 && keyIndent < previousIndent) {
                    return Optional.of(new Mistake(number, keyIndent + 1, "this line is indented by " + keyIndent
                            + " spaces, like no key above it (" + (levels.isEmpty() ? "0" : levels.peek() + "") + " or more is "
                            + "expected); indent keys of one map alike"));
                }
                levels.push(keyIndent);
            }
            previousIndent = keyIndent;
            previousHadValue = !value.isEmpty() && !value.startsWith("#");
            previousLine = number;
            if (value.startsWith("|") || value.startsWith(">")) {
                blockScalarIndent = keyIndent;
                previousHadValue = true;
            }
            flowDepth = Math.max(0, flowDepth + depthChange(value));
        }
        return Optional.empty();
    }

    private static int leadingTab(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return i;
            }
            if (c != ' ' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Where the colon that ends a key is ({@code key:} then a space or the end), outside quotes and flows; or -1. */
    private static int keyColon(String content) {
        if (content.isEmpty()) {
            return -1;
        }
        char first = content.charAt(0);
        if (first == '[' || first == '{') {
            return -1;
        }
        char quote = first == '"' || first == '\'' ? first : 0;
        for (int i = quote == 0 ? 0 : 1; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '#' && i > 0 && content.charAt(i - 1) == ' ') {
                return -1;
            }
            if (c == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    /** How much a line opens flows ({@code [}, {@code {}) minus how much it closes, outside quotes. */
    private static int depthChange(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ')) {
                break;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }
}
