package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the words and numbers of a rule set fit its rules: every finding code a rule can
 * record has a message in each language, every message is used by a rule, every placeholder of a
 * message is filled by every rule that records its code; every parameter a rule reads is in
 * {@value RuleParameters#FILE} and every parameter there is read (by a rule or by the engine).
 * Stateless.
 */
final class WordingCheck {
    private static final String SUBJECT = "subject.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private WordingCheck() {}

    /** One place a rule records a code, with how many of the message's placeholders it fills. */
    private record Use(String file, int line, int column, boolean subject, int values) {
    }

    /** Adds every problem of the rule set's wording and parameter use to {@code problems}. */
    static void check(RuleFiles files, RuleParameters parameters, List<RuleProblem> problems) {
        Map<String, List<Use>> codes = new TreeMap<>();
        Map<String, RuleCalls.Call> read = new LinkedHashMap<>();
        for (Map.Entry<String, String> drl : files.drl().entrySet()) {
            RuleCalls calls = RuleCalls.of(drl.getKey(), drl.getValue());
            for (RuleCalls.Call call : calls.findings()) {
                String code = call.literal();
                if (code == null || !CODE.matcher(code).matches()) {
                    problems.add(new RuleProblem(drl.getKey(), call.argumentLine(), call.argumentColumn(), "out." + call.method()
                            + "(...): write the finding's code in quotes, in capitals with '_', such as \"SEL_NO_JUDGE_FIAT\""));
                    continue;
                }
                boolean subject = call.aboutWindow() || call.arguments().size() > 1 && !call.arguments().get(1).equals("null");
                int values = call.aboutWindow() ? 3 : Math.max(0, call.arguments().size() - 2);
                codes.computeIfAbsent(code, c -> new ArrayList<>()).add(new Use(drl.getKey(), call.argumentLine(), call.argumentColumn(), subject, values));
            }
            for (RuleCalls.Call call : calls.parameters()) {
                String name = call.literal();
                if (name == null) {
                    problems.add(new RuleProblem(drl.getKey(), call.argumentLine(), call.argumentColumn(), call.method()
                            + "(...): write the parameter's name in quotes, such as " + call.method() + "(\"plan.checked-from.day\")"));
                } else if (!parameters.all().containsKey(name)) {
                    problems.add(new RuleProblem(drl.getKey(), call.argumentLine(), call.argumentColumn(), "no parameter '" + name
                            + "' in " + RuleParameters.FILE + Vocabulary.didYouMean(name, parameters.all().keySet())));
                } else {
                    read.putIfAbsent(name, call);
                    if (call.method().equals("dayOf") && !parameters.all().get(name).unit().equals("day-number")
                            && !parameters.all().get(name).unit().equals("?")) {
                        problems.add(new RuleProblem(drl.getKey(), call.argumentLine(), call.argumentColumn(), "dayOf(\"" + name
                                + "\"): the parameter is in " + parameters.all().get(name).unit() + ", not a day-number; use parameter(...)"));
                    }
                }
            }
        }
        for (RuleParameters.Parameter p : parameters.all().values()) {
            if (!read.containsKey(p.name()) && !RuleParameters.ENGINE.containsKey(p.name())) {
                problems.add(new RuleProblem(RuleParameters.FILE, p.line(), 1, "no rule reads '" + p.name()
                        + "': remove it, or read it in a rule with $p.parameter(\"" + p.name() + "\")"));
            }
        }
        for (String language : Messages.LANGUAGES) {
            String name = "messages_" + language + ".properties";
            String text = files.files().get(name);
            if (text != null) {
                messages(name, text, codes, problems);
            }
        }
    }

    private static void messages(String file, String text, Map<String, List<Use>> codes, List<RuleProblem> problems) {
        Map<String, int[]> lines = new LinkedHashMap<>(); // key -> line, column of its value
        Map<String, String> values = new LinkedHashMap<>();
        String[] raw = text.split("\r?\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int sep = -1;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    sep = j;
                    break;
                }
            }
            String key = sep < 0 ? line : line.substring(0, sep);
            String value = sep < 0 ? "" : line.substring(sep + 1).strip();
            if (value.startsWith("=") || value.startsWith(":")) {
                value = value.substring(1).strip();
            }
            int valueColumn = raw[i].indexOf(value) + 1;
            lines.putIfAbsent(key, new int[] {i + 1, value.isEmpty() ? 1 : valueColumn, raw[i].indexOf(key) + 1});
            values.putIfAbsent(key, value);
        }
        for (Map.Entry<String, List<Use>> code : codes.entrySet()) {
            if (!values.containsKey(code.getKey())) {
                Use first = code.getValue().get(0);
                problems.add(new RuleProblem(first.file(), first.line(), first.column(), "the finding " + code.getKey() + " has no message in " + file
                        + ": add a line " + code.getKey() + "=..."));
            }
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            int[] at = lines.get(key);
            if (key.indexOf('.') >= 0) {
                continue; // a label (subject., milestone., status., actor., ...), not the message of a finding
            }
            List<Use> uses = codes.get(key);
            if (uses == null) {
                problems.add(new RuleProblem(file, at[0], at[2], "no rule records the finding " + key
                        + ": remove its message, or check the code in the rule" + Vocabulary.didYouMean(key, codes.keySet())));
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(entry.getValue());
            Set<Integer> reported = new TreeSet<>();
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                for (Use use : uses) {
                    boolean filled = n == 0 ? use.subject() : n <= use.values();
                    if (!filled && reported.add(n)) {
                        problems.add(new RuleProblem(file, at[0], at[1] + m.start(), "{" + n + "} in the message of " + key
                                + " is not filled by the rule at " + use.file() + ":" + use.line() + ", which gives "
                                + (use.subject() ? "a subject" : "no subject") + " and " + use.values()
                                + (use.values() == 1 ? " value" : " values")));
                    }
                }
            }
        }
    }
}
