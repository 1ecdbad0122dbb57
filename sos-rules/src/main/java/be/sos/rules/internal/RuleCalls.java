package be.sos.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The calls in a rule file that the wording and parameter checks look at: the findings a rule
 * records ({@code out.blocker("CODE", ...)} and the like) and the parameters it reads
 * ({@code $p.parameter("name")}, {@code $p.dayOf("name")}). Read from the text, comments and
 * strings skipped, so that each call keeps its line and column. Immutable.
 *
 * @param file the file
 * @param findings the calls that record a finding
 * @param parameters the calls that read a parameter
 */
record RuleCalls(String file, List<Call> findings, List<Call> parameters) {
    /** The outcomes of {@code out} that record a finding, read from its interface. */
    static final Set<String> FINDINGS = Vocabulary.get().findingOutcomes();
    /** The methods of the procedure that read a parameter. */
    static final Set<String> PARAMETERS = Set.of("parameter", "dayOf");

    /**
     * One call.
     *
     * @param method the method called
     * @param arguments its arguments as written, stripped
     * @param line the line of the method's name
     * @param column its column
     * @param argumentLine the line of the first argument
     * @param argumentColumn its column
     */
    record Call(String method, List<String> arguments, int line, int column, int argumentLine, int argumentColumn) {
        /** The first argument when it is a text in quotes, without them; else null. */
        String literal() {
            if (arguments.isEmpty()) {
                return null;
            }
            String first = arguments.get(0);
            return first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"") && first.indexOf('"', 1) == first.length() - 1
                    ? first.substring(1, first.length() - 1) : null;
        }

        /** Whether this call records a finding about a milestone's window (its subject and three values are set). */
        boolean aboutWindow() {
            return method.startsWith("window");
        }
    }

    RuleCalls {
        findings = List.copyOf(findings);
        parameters = List.copyOf(parameters);
    }

    /** The calls of one file. */
    static RuleCalls of(String file, String text) {
        SourceText src = new SourceText(file, text);
        List<Call> findings = new ArrayList<>();
        List<Call> parameters = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i, c);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (Character.isJavaIdentifierStart(c) && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                int open = skipSpaces(text, end);
                boolean finding = FINDINGS.contains(word) && receiverIsOut(text, i);
                boolean parameter = PARAMETERS.contains(word) && !precededByDot(text, i, "out");
                if ((finding || parameter) && open < n && text.charAt(open) == '(') {
                    List<String> args = new ArrayList<>();
                    arguments(text, open, args);
                    int firstArg = skipSpaces(text, open + 1);
                    Call call = new Call(word, args, src.line(i), src.column(i), src.line(firstArg), src.column(firstArg));
                    (finding ? findings : parameters).add(call);
                    i = open + 1; // calls inside the arguments count too
                } else {
                    i = end;
                }
            } else {
                i++;
            }
        }
        return new RuleCalls(file, findings, parameters);
    }

    private static boolean receiverIsOut(String text, int at) {
        return precededByDot(text, at, "out");
    }

    /** Whether the word at {@code at} is written as {@code receiver.word}. */
    private static boolean precededByDot(String text, int at, String receiver) {
        int j = at - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j < 0 || text.charAt(j) != '.') {
            return false;
        }
        j--;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        int end = j + 1;
        while (j >= 0 && Character.isJavaIdentifierPart(text.charAt(j))) {
            j--;
        }
        return text.substring(j + 1, end).equals(receiver) && (j < 0 || text.charAt(j) != '.');
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Reads the arguments of the call whose '(' is at {@code open}; returns the offset after its ')'. */
    private static int arguments(String text, int open, List<String> args) {
        int depth = 0;
        int start = open + 1;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i, c);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    String last = text.substring(start, i).strip();
                    if (!last.isEmpty() || !args.isEmpty()) {
                        args.add(last);
                    }
                    return i + 1;
                }
            } else if (c == ',' && depth == 1) {
                args.add(text.substring(start, i).strip());
                start = i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int skipQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
