package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Drools' executable-model builder reports into problems of the rule files. The
 * builder gives line -1 for many problems of conditions, and reports problems of consequences
 * in the Java classes it generates; such a problem is placed back on the rule it came from (its
 * consequence's line, or the rule's line) and said in plain words.
 */
final class BuildMessages {
    private static final Pattern JAVA_SOURCE = Pattern.compile("^Java source of (\\S+) in error:", Pattern.DOTALL);
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\S+) cannot be resolved(?: to a variable)?");
    private static final Pattern PREDICATE = Pattern.compile("new org\\.drools\\.model\\.functions\\.PredicateInformation\\(\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE_NAMES = Pattern.compile("addRuleNames\\(\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"([^\"]*)\"");
    private static final Pattern RULE_COMMENT = Pattern.compile("^\\s*\\* Rule name: (.+)$");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("The literal (\\S+) of type \\w+ is out of range");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{2,80})\"|'([^'\\n]{2,80})'");

    private final RuleFiles files;
    private final List<RuleGate.RuleSite> rules;
    private final Map<String, SourceText> texts = new HashMap<>();
    private final Map<String, String[]> generated = new HashMap<>();

    BuildMessages(RuleFiles files, List<RuleGate.RuleSite> rules) {
        this.files = files;
        this.rules = rules;
        files.drl().forEach((name, text) -> texts.put(name, new SourceText(name, text)));
    }

    /** One builder message; a generated class's source is kept to place the messages about it, and gives no problem itself. */
    RuleProblem problem(String path, int line, String message) {
        String text = message == null ? "" : message.strip();
        String file = fileName(path);
        Matcher source = JAVA_SOURCE.matcher(text);
        if (source.find()) {
            int nl = text.indexOf('\n');
            generated.put(fileName(source.group(1)), nl < 0 ? new String[0] : text.substring(nl + 1).split("\n", -1));
            return null;
        }
        if (texts.containsKey(file) && line > 0) {
            SourceText src = texts.get(file);
            int at = src.offset(line, 1);
            while (at < src.length() && (src.text().charAt(at) == ' ' || src.text().charAt(at) == '\t')) {
                at++;
            }
            return new RuleProblem(file, line, src.column(at), text);
        }
        if (file.endsWith(".java")) {
            RuleProblem mapped = fromGenerated(file, line, text);
            if (mapped != null) {
                return mapped;
            }
        }
        RuleProblem byText = fromText(text, texts.containsKey(file) ? file : null);
        if (byText != null) {
            return byText;
        }
        String first = texts.containsKey(file) ? file : files.drl().isEmpty() ? files.source() : files.drl().keySet().iterator().next();
        return new RuleProblem(first, 0, 0, "Drools could not compile the rules and did not say which rule: " + plain(text));
    }

    /**
     * A problem of a generated class, placed on the rule it came from: on the consequence's
     * statement, or on the condition the class tests, or else on the rule's first line.
     */
    private RuleProblem fromGenerated(String file, int line, String text) {
        String[] source = generated.get(file);
        if (source == null || line < 1 || line > source.length) {
            return null;
        }
        String statement = squeeze(source[line - 1].strip().replace("drools.insert(", "insert("));
        if (statement.length() > 2) {
            for (RuleGate.RuleSite rule : rules) {
                if (rule.consequenceOffset() < 0) {
                    continue;
                }
                int at = indexIgnoringSpace(rule.consequence(), statement);
                if (at >= 0) {
                    SourceText src = texts.get(rule.file());
                    int offset = rule.consequenceOffset() + at;
                    return new RuleProblem(rule.file(), src.line(offset), src.column(offset),
                            "in the consequence of rule \"" + rule.name() + "\": " + plain(text));
                }
            }
        }
        RuleGate.RuleSite rule = namedIn(source, line);
        if (rule == null) {
            return null;
        }
        SourceText src = texts.get(rule.file());
        Matcher condition = PREDICATE.matcher(String.join("\n", source));
        if (condition.find()) {
            String constraint = squeeze(condition.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            int from = src.offset(rule.line(), 1);
            int to = end(rule, src);
            int at = indexIgnoringSpace(src.text().substring(from, to), constraint);
            if (at >= 0 && !constraint.isEmpty()) {
                return new RuleProblem(rule.file(), src.line(from + at), src.column(from + at),
                        "in a condition of rule \"" + rule.name() + "\": " + plain(text));
            }
        }
        return new RuleProblem(rule.file(), rule.line(), rule.column(), "rule \"" + rule.name() + "\": " + plain(text));
    }

    /** The rule a generated class names: in its predicate's information, or in the comment above the method in error. */
    private RuleGate.RuleSite namedIn(String[] source, int line) {
        Matcher names = RULE_NAMES.matcher(String.join("\n", source));
        if (names.find()) {
            String name = names.group(1).replace("\\\"", "\"");
            String file = fileName(names.group(2));
            for (RuleGate.RuleSite rule : rules) {
                if (rule.name().equals(name) && rule.file().equals(file)) {
                    return rule;
                }
            }
        }
        for (int i = Math.min(line, source.length) - 1; i >= 0; i--) {
            Matcher comment = RULE_COMMENT.matcher(source[i]);
            if (comment.find()) {
                String name = comment.group(1).strip();
                for (RuleGate.RuleSite rule : rules) {
                    if (rule.name().equals(name)) {
                        return rule;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Where a rule's text ends: at the next rule of its file, or at the end of the file. */
    private int end(RuleGate.RuleSite rule, SourceText src) {
        int end = src.length();
        for (RuleGate.RuleSite other : rules) {
            if (other.file().equals(rule.file()) && other.line() > rule.line()) {
                end = Math.min(end, src.offset(other.line(), 1));
            }
        }
        return end;
    }

    /** A problem placed by a rule name or a quoted piece of rule text in the message. */
    private RuleProblem fromText(String text, String file) {
        for (RuleGate.RuleSite rule : rules) {
            if ((file == null || rule.file().equals(file)) && text.contains("\"" + rule.name() + "\"")) {
                return new RuleProblem(rule.file(), rule.line(), rule.column(), "rule \"" + rule.name() + "\": " + plain(text));
            }
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String fragment = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            List<int[]> hits = new ArrayList<>();
            String hitFile = null;
            for (Map.Entry<String, SourceText> e : texts.entrySet()) {
                if (file != null && !e.getKey().equals(file)) {
                    continue;
                }
                int at = e.getValue().text().indexOf(fragment);
                if (at >= 0 && e.getValue().text().indexOf(fragment, at + 1) < 0) {
                    hits.add(new int[] {at});
                    hitFile = e.getKey();
                }
            }
            if (hits.size() == 1) {
                SourceText src = texts.get(hitFile);
                int at = hits.get(0)[0];
                RuleGate.RuleSite rule = ruleAt(hitFile, src.line(at));
                return new RuleProblem(hitFile, src.line(at), src.column(at),
                        (rule == null ? "" : "rule \"" + rule.name() + "\": ") + plain(text));
            }
        }
        return null;
    }

    private RuleGate.RuleSite ruleAt(String file, int line) {
        RuleGate.RuleSite found = null;
        for (RuleGate.RuleSite rule : rules) {
            if (rule.file().equals(file) && rule.line() <= line && (found == null || rule.line() > found.line())) {
                found = rule;
            }
        }
        return found;
    }

    /**
     * The problems without repeats: Drools reports a condition's problem in two generated classes;
     * the one placed on the rule's first line goes when another places it more exactly.
     */
    static List<RuleProblem> tidy(List<RuleProblem> problems) {
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            if (kept.contains(p)) {
                continue;
            }
            boolean vaguer = false;
            if (p.message().startsWith("rule \"")) {
                for (RuleProblem other : problems) {
                    vaguer |= other != p && other.file().equals(p.file()) && other.message().endsWith(" of " + p.message());
                }
            }
            if (!vaguer) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The message in the rule author's words where a common one is recognised. */
    static String plain(String text) {
        String first = RuleGate.firstLine(text);
        Matcher m = UNDEFINED_METHOD.matcher(first);
        if (m.find()) {
            return "unknown method '" + m.group(1) + "' on " + m.group(3);
        }
        m = UNRESOLVED.matcher(first);
        if (m.find()) {
            return "unknown name '" + m.group(1) + "'";
        }
        m = OUT_OF_RANGE.matcher(first);
        if (m.find()) {
            return "the number " + m.group(1) + " is too large";
        }
        return first;
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Where {@code squeezed} (without white space) starts in {@code text}, ignoring white space, or -1. */
    static int indexIgnoringSpace(String text, String squeezed) {
        StringBuilder b = new StringBuilder(text.length());
        List<Integer> offsets = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                b.append(text.charAt(i));
                offsets.add(i);
            }
        }
        int at = b.indexOf(squeezed);
        return at < 0 ? -1 : offsets.get(at);
    }
}
