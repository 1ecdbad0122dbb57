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

    /** A rule set of the bundled messages and procedure lengths and these DRL files. */
    static RuleFiles alone(Map<String, String> drl) {
        Map<String, String> files = new TreeMap<>();
        RuleFiles.bundled().files().forEach((name, text) -> {
            if (!name.endsWith(".drl")) {
                files.put(name, text);
            }
        });
        files.putAll(drl);
        return new RuleFiles("test", files);
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
