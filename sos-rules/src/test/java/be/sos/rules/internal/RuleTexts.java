package be.sos.rules.internal;

import java.util.Map;
import java.util.TreeMap;

/** Rule files for tests: one rule in a file whose lines are known, and rule sets around it. */
final class RuleTexts {
    /** The line of the first condition in {@link #rule(String, String)}. */
    static final int WHEN_LINE = 10;

    static final String HEADER = """
            package be.sos.rules.drl;

            import be.sos.core.model.NetworkMember;
            import be.sos.rules.facts.Procedure;

            global be.sos.rules.facts.Outcomes out;

            """;

    private RuleTexts() {}

    /**
     * A file with one rule: its conditions start on line {@value #WHEN_LINE}, its consequence on
     * {@link #thenLine(String)}.
     */
    static String rule(String when, String then) {
        return HEADER + """
                rule "TEST-01 Een regel om te testen" @id(TEST-01) @source("test")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    /** The line of the consequence's first statement in {@link #rule(String, String)}. */
    static int thenLine(String when) {
        return WHEN_LINE + (int) when.lines().count() + 1;
    }

    /**
     * A rule set of these DRL files, with what they need of the bundled files: the words for
     * subjects, a message for each code they record (the bundled one when they fill its
     * placeholders, else the code and the placeholders they fill), the parameters the engine
     * reads and those the files read.
     */
    static RuleFiles alone(Map<String, String> drl) {
        Map<String, String> bundled = RuleFiles.bundled().files();
        Map<String, String> files = new TreeMap<>(drl);
        Map<String, int[]> filled = new TreeMap<>(); // code -> subject (0/1), values
        java.util.Set<String> read = new java.util.TreeSet<>(RuleParameters.ENGINE.keySet());
        drl.forEach((name, text) -> {
            RuleCalls calls = RuleCalls.of(name, text);
            for (RuleCalls.Call call : calls.findings()) {
                if (call.literal() != null) {
                    int subject = call.aboutWindow() || call.arguments().size() > 1 && !call.arguments().get(1).equals("null") ? 1 : 0;
                    int values = call.aboutWindow() ? 3 : Math.max(0, call.arguments().size() - 2);
                    filled.merge(call.literal(), new int[] {subject, values},
                            (a, b) -> new int[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])});
                }
            }
            calls.parameters().forEach(call -> {
                if (call.literal() != null) {
                    read.add(call.literal());
                }
            });
        });
        for (String language : Messages.LANGUAGES) {
            String bundle = "messages_" + language + ".properties";
            java.util.Properties messages = new java.util.Properties();
            try {
                messages.load(new java.io.StringReader(bundled.get(bundle)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            StringBuilder text = new StringBuilder();
            messages.stringPropertyNames().stream().sorted().filter(k -> k.startsWith("subject."))
                    .forEach(k -> text.append(k).append('=').append(messages.getProperty(k)).append('\n'));
            filled.forEach((code, f) -> {
                String message = messages.getProperty(code);
                if (message == null || !fits(message, f)) {
                    StringBuilder own = new StringBuilder(code);
                    for (int n = f[0] == 1 ? 0 : 1; n <= f[1]; n++) {
                        own.append(" {").append(n).append('}');
                    }
                    message = own.toString();
                }
                text.append(code).append('=').append(message).append('\n');
            });
            files.putIfAbsent(bundle, text.toString());
        }
        StringBuilder parameters = new StringBuilder();
        bundled.get(RuleParameters.FILE).lines().forEach(line -> {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && read.contains(line.substring(0, eq).strip())) {
                parameters.append(line.replaceAll("\\|\\s*(<=|>=|<|>)\\s*\\S+\\s*$", "")).append('\n');
            }
        });
        files.putIfAbsent(RuleParameters.FILE, parameters.toString());
        return new RuleFiles("test", files);
    }

    private static boolean fits(String message, int[] filled) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(message);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n == 0 ? filled[0] == 0 : n > filled[1]) {
                return false;
            }
        }
        return true;
    }

    /** A rule set of the bundled messages and procedure lengths and one DRL file. */
    static RuleFiles alone(String name, String drl) {
        return alone(Map.of(name, drl));
    }

    /** The bundled rule set with one file added or replaced. */
    static RuleFiles bundledWith(String name, String drl) {
        Map<String, String> files = new TreeMap<>(RuleFiles.bundled().files());
        files.put(name, drl);
        return new RuleFiles("test", files);
    }
}
