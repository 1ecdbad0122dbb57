package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import java.util.List;

/**
 * The limits a rule file's text must keep before any parser reads it: the parsers Drools brings
 * take time that grows exponentially with nested parentheses, and their stack with nesting and
 * with long chains of {@code &&}. Read in one pass, by this class alone, in time and memory that
 * grow with the text's length only: comments, texts in quotes and text blocks are skipped, and
 * every other bracket counts.
 *
 * <p>The bundled rules use at most 3 levels of brackets, 2 of {@code &&} and {@code ||} in a
 * rule, 5 of the words that start a nested condition in a rule and 450 characters a rule.
 */
final class RuleTextLimits {
    /** The longest rule file, in characters. */
    static final int MAX_FILE_CHARS = 200_000;
    /** The most rules in one file. */
    static final int MAX_RULES = 300;
    /** The longest rule, from {@code rule} to {@code end}, in characters. */
    static final int MAX_RULE_CHARS = 6_000;
    /** The deepest nesting of brackets ({@code ( [ {}), counted from the file's top level. */
    static final int MAX_DEPTH = 6;
    /** The most {@code &&} and {@code ||} in one rule. */
    static final int MAX_LOGICAL = 40;
    /** The most words that start a nested condition or a source of facts in one rule. */
    static final int MAX_CONDITION_WORDS = 24;
    private static final List<String> CONDITION_WORDS = List.of("not", "exists", "forall", "from", "accumulate", "collect",
            "eval", "and", "or");

    private RuleTextLimits() {}

    /**
     * Checks one file's text; returns true when it keeps every limit, else adds one problem (the
     * first limit passed: reading further would not help the author) and returns false.
     */
    static boolean check(String file, String text, List<RuleProblem> problems) {
        if (text.length() > MAX_FILE_CHARS) {
            problems.add(new RuleProblem(file, 1, 1, "the file is longer than " + MAX_FILE_CHARS
                    + " characters; split it into several rule files"));
            return false;
        }
        return new Scan(file, text, problems).run();
    }

    /** One pass over a file. */
    private static final class Scan {
        private final String file;
        private final String text;
        private final List<RuleProblem> problems;
        private int line = 1;
        private int lineStart;
        private int depth;
        private int rules;
        private int ruleStart = -1;
        private int ruleLine;
        private int logical;
        private int words;

        Scan(String file, String text, List<RuleProblem> problems) {
            this.file = file;
            this.text = text;
            this.problems = problems;
        }

        private boolean refuse(int at, String message) {
            problems.add(new RuleProblem(file, line, at - lineStart + 1, message));
            return false;
        }

        private void newLine(int at) {
            line++;
            lineStart = at + 1;
        }

        boolean run() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n') {
                    newLine(i);
                    i++;
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    i = skipUntil(i + 2, "*/");
                } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                    // Drools reads a text block as three texts, and then fails without saying where.
                    return refuse(i, "text blocks (\"\"\"...\"\"\") are not available in rule files: write the text in quotes on one line");
                } else if (c == '"' || c == '\'') {
                    i = skipQuoted(i, c);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        return refuse(i, "brackets are nested more than " + MAX_DEPTH
                                + " deep here; split the condition or the rule into simpler ones");
                    }
                    i++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(depth - 1, 0);
                    i++;
                } else if ((c == '&' || c == '|') && i + 1 < n && text.charAt(i + 1) == c) {
                    if (++logical > MAX_LOGICAL) {
                        return refuse(i, "a rule may join at most " + MAX_LOGICAL + " conditions with && or ||; split it into several rules");
                    }
                    i += 2;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = i;
                    while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                        i++;
                    }
                    if (!word(start, text.substring(start, Math.min(i, start + 12)), i - start)) {
                        return false;
                    }
                } else {
                    i++;
                }
            }
            if (ruleStart >= 0) {
                return ruleLength(n);
            }
            return true;
        }

        private boolean word(int at, String word, int length) {
            boolean member = at > 0 && (text.charAt(at - 1) == '.' || text.charAt(at - 1) == '$');
            if (length == 4 && word.equals("rule") && !member) {
                if (ruleStart >= 0 && !ruleLength(at)) {
                    return false;
                }
                if (++rules > MAX_RULES) {
                    return refuse(at, "a file may hold at most " + MAX_RULES + " rules; split it into several rule files");
                }
                ruleStart = at;
                ruleLine = line;
                logical = 0;
                words = 0;
            } else if (length == 3 && word.equals("end") && !member && ruleStart >= 0) {
                if (!ruleLength(at)) {
                    return false;
                }
                ruleStart = -1;
            } else if (length <= 10 && CONDITION_WORDS.contains(word) && ++words > MAX_CONDITION_WORDS) {
                return refuse(at, "a rule may use at most " + MAX_CONDITION_WORDS
                        + " of the words not, exists, forall, from, accumulate, collect, eval, and, or; split it into several rules");
            }
            return true;
        }

        private boolean ruleLength(int at) {
            if (at - ruleStart > MAX_RULE_CHARS) {
                problems.add(new RuleProblem(file, ruleLine, 1, "the rule is longer than " + MAX_RULE_CHARS
                        + " characters; split it into several rules"));
                return false;
            }
            return true;
        }

        private int skipUntil(int from, String close) {
            int end = text.indexOf(close, from);
            int stop = end < 0 ? text.length() : end + close.length();
            for (int j = from; j < stop; j++) {
                if (text.charAt(j) == '\n') {
                    newLine(j);
                }
            }
            return stop;
        }

        private int skipQuoted(int from, char quote) {
            int j = from + 1;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (c == '\\') {
                    j += 2;
                } else if (c == quote || c == '\n') {
                    return c == quote ? j + 1 : j;
                } else {
                    j++;
                }
            }
            return j;
        }
    }
}
