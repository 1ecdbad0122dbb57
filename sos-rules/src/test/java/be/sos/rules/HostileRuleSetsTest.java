package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile rule directories, by kind: what was tried, and what must happen. Each is the bundled
 * rule set with one edit, loaded with {@link SosEngine#reload(Path)} into a running engine: every
 * one must end in a {@link RuleSetException} whose problems say, on one line each, which limit was
 * passed and where, while the running rule set stays and goes on evaluating. To add a kind, add a
 * row to {@link #kinds()}.
 *
 * <p>Each of these passed {@code rules validate} before the limits existed, and then exhausted
 * the host's memory or processor, or ended in a StackOverflowError.
 */
class HostileRuleSetsTest {
    private static final be.sos.core.model.Case GENT = be.sos.testkit.PilotCases.gent();
    private static final String HEADER = """
            package be.sos.rules.drl;

            import be.sos.core.model.Event;
            import be.sos.core.model.EventType;
            import be.sos.core.model.Minor;
            import be.sos.core.model.NetworkMember;
            import be.sos.core.model.Parent;
            import be.sos.rules.facts.Procedure;

            global be.sos.rules.facts.Outcomes out;

            """;

    /**
     * One hostile rule directory.
     *
     * @param name the kind of attack
     * @param tried what the edit does
     * @param edit the edit, on the bundled files by name
     * @param says what the (first) problem must say
     */
    record Kind(String name, String tried, UnaryOperator<Map<String, String>> edit, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static UnaryOperator<Map<String, String>> put(String file, String text) {
        return files -> {
            files.put(file, text);
            return files;
        };
    }

    /** The parameters file with the line of one parameter written anew (or, with {@code twice}, written a second time). */
    private static UnaryOperator<Map<String, String>> parameter(String name, String line, boolean twice) {
        return files -> {
            String text = files.get("procedure.properties");
            StringBuilder edited = new StringBuilder();
            for (String l : text.split("\n", -1)) {
                boolean it = l.startsWith(name + " ");
                edited.append(it && !twice ? line : l).append('\n');
                if (it && twice) {
                    edited.append(line).append('\n');
                }
            }
            files.put("procedure.properties", edited.toString());
            return files;
        };
    }

    private static UnaryOperator<Map<String, String>> rule(String when, String then) {
        return put("hostile.drl", HEADER + """
                rule "HOSTILE-01 Een vijandige regel" @id(HOSTILE-01) @source("test")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then));
    }

    private static UnaryOperator<Map<String, String>> property(String file, String line) {
        return files -> {
            files.put(file, files.get(file) + "\n" + line + "\n");
            return files;
        };
    }

    private static String events(int n) {
        return "$p : Procedure()\n" + IntStream.rangeClosed(1, n).mapToObj(i -> "    $e" + i + " : Event() from $p.events()")
                .collect(Collectors.joining("\n"));
    }

    private static String doubling(int n, String join) {
        StringBuilder when = new StringBuilder("$p : Procedure()\n    $s0 : String() from $p.office\n");
        for (int i = 1; i <= n; i++) {
            when.append("    $s").append(i).append(" : String() from ").append(join.replace("A", "$s" + (i - 1))).append('\n');
        }
        return when.toString();
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("cross-join", "seven patterns Event() from $p.events() in one rule: 13^7 matches on a pilot case",
                        rule(events(7), "out.warning(\"HD_END_NEAR\");"), "patterns with 'from'"),
                new Kind("cross-join of six", "six such patterns: 4.8 million matches",
                        rule(events(6), "out.warning(\"HD_END_NEAR\");"), "patterns with 'from'"),
                new Kind("cross-join of facts", "four lists joined with from and three parts of the case: tens of thousands of matches",
                        rule(events(4) + "\n    NetworkMember()\n    Parent()\n    Minor()", "out.warning(\"HD_END_NEAR\");"),
                        "matches"),
                new Kind("string doubling with concat", "$sN : String() from $sN-1.concat($sN-1), 35 times",
                        rule(doubling(35, "A.concat(A)"), "out.warning(\"HD_END_NEAR\");"), "at most 24 of the words"),
                new Kind("text built with concat", "$s1 : String() from $s0.concat($s0)",
                        rule(doubling(1, "A.concat(A)"), "out.warning(\"HD_END_NEAR\");"), "concat"),
                new Kind("text built with +", "$s1 : String() from $s0 + $s0",
                        rule(doubling(1, "A + A"), "out.warning(\"HD_END_NEAR\");"), "joining texts with '+'"),
                new Kind("string doubling with +", "$sN : String() from $sN-1 + $sN-1, 35 times",
                        rule(doubling(35, "A + A"), "out.warning(\"HD_END_NEAR\");"), "at most 24 of the words"),
                new Kind("processor time in one condition", "a 2^21-character text searched with indexOf in an eval",
                        rule(doubling(21, "A.concat(A)") + "    eval($s21.indexOf($s19.concat(\"b\")) < 0)", "out.warning(\"HD_END_NEAR\");"),
                        "at most 12"),
                new Kind("search inside one condition", "indexOf of a case's text in another",
                        rule("$p : Procedure( office.indexOf(office) < 0 )", "out.warning(\"HD_END_NEAR\");"), "indexOf"),
                new Kind("exponential parsing", "16 nested parentheses in a condition",
                        rule("Procedure( " + "(".repeat(16) + "day > 0" + ")".repeat(16) + " )", "out.warning(\"HD_END_NEAR\");"),
                        "nested more than"),
                new Kind("exponential parsing in from", "12 nested parentheses around a from",
                        rule("$p : Procedure()\n    $e : Event() from " + "(".repeat(12) + "$p.events()" + ")".repeat(12),
                                "out.warning(\"HD_END_NEAR\");"), "nested more than"),
                new Kind("deep condition", "600 nested parentheses in a condition",
                        rule("Procedure( " + "(".repeat(600) + "day > 0" + ")".repeat(600) + " )", "out.warning(\"HD_END_NEAR\");"),
                        "nested more than"),
                new Kind("deep consequence", "5,000 nested parentheses in a consequence",
                        rule("Procedure()", "out.warning(" + "(".repeat(5000) + "\"X\"" + ")".repeat(5000) + ");"), "nested more than"),
                new Kind("deep not", "2,000 nested not(",
                        rule("not(".repeat(2000) + "Procedure()" + ")".repeat(2000), "out.warning(\"HD_END_NEAR\");"), "nested more than"),
                new Kind("not without parentheses", "300 times not before a pattern",
                        rule("not ".repeat(300) + "Procedure()", "out.warning(\"HD_END_NEAR\");"), "at most"),
                new Kind("long chain of &&", "1,000 terms joined by &&",
                        rule("Procedure( " + String.join(" && ", java.util.Collections.nCopies(1000, "day > 0")) + " )",
                                "out.warning(\"HD_END_NEAR\");"), "&& or ||"),
                new Kind("many patterns", "20 patterns of the procedure in one rule",
                        rule(String.join("\n    ", java.util.Collections.nCopies(20, "Procedure()")), "out.warning(\"HD_END_NEAR\");"),
                        "patterns"),
                new Kind("long rule", "a rule of 10,000 characters of comparisons joined by commas",
                        rule("Procedure( " + String.join(", ", java.util.Collections.nCopies(1000, "day > 0")) + " )",
                                "out.warning(\"HD_END_NEAR\");"), "longer than"),
                new Kind("message of placeholders", "DEADLINE_DUE= followed by 100,000 copies of {0}",
                        property("messages_nl.properties", "DEADLINE_DUE=" + "{0}".repeat(100_000)), "longer than"),
                new Kind("long subject words", "a subject.* entry of 60,000 characters",
                        property("messages_en.properties", "subject.FIRST_HEARING=" + "x".repeat(60_000)), "longer than"),
                new Kind("many placeholders", "a message of 50 placeholders",
                        property("messages_en.properties", "DEADLINE_DUE=" + "{1}".repeat(50)), "more than 12 values"),
                new Kind("absurd HD length", "hd.days = 2147483646 days",
                        parameter("hd.days", "hd.days = 2147483646 days | §3 Afronding traject | absurd", false), "not a whole number"),
                new Kind("absurd BMO day", "bmo.day = 3651 day-number",
                        parameter("bmo.day", "bmo.day = 3651 day-number | §3 Afronding traject | absurd", false), "out of range"),
                new Kind("Arabic-Indic digits", "module.days written in Arabic-Indic digits (٤٢)",
                        parameter("module.days", "module.days = \u0664\u0662 days | §3 Werkafspraken | Arabic-Indic", false), "not a whole number"),
                new Kind("duplicate key", "hd.days set twice",
                        parameter("hd.days", "hd.days = 59 days | §3 Afronding traject | twice", true), "written once"),
                new Kind("firing loop", "a rule that inserts a window for every window",
                        put("hostile.drl", HEADER.replace("import be.sos.core.model.Event;", "import be.sos.rules.facts.Window;") + """
                                rule "HOSTILE-01 Een lus" @id(HOSTILE-01) @source("test")
                                when
                                    $w : Window()
                                then
                                    insert(out.window(EventType.BMO, $w.from(), $w.to()));
                                end
                                """), "HOSTILE-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void is_refused_with_a_one_line_problem_and_the_running_rules_stay(Kind kind, @TempDir Path dir) throws Exception {
        Map<String, String> files = kind.edit().apply(new TreeMap<>(SosEngine.bundled().ruleFiles()));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        SosEngine engine = SosEngine.bundled();
        Evaluation before = engine.evaluate(GENT, GENT.petitionDate().plusDays(20));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> engine.reload(dir));

        assertThat(e).as(kind.tried()).isNotNull();
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).message()).as(kind.tried()).contains(kind.says()).doesNotContain("\n");
        assertThat(e.getStackTrace()).isNotEmpty();
        assertThat(engine.ruleSet().source()).as("the running rule set stays").isEqualTo("bundled");
        assertThat(engine.evaluate(GENT, GENT.petitionDate().plusDays(20))).as("and goes on evaluating").isEqualTo(before);
    }

    @Test
    void a_rule_file_that_is_a_symbolic_link_is_refused_unread(@TempDir Path dir, @TempDir Path elsewhere) throws IOException {
        SosEngine.bundled().ruleFiles().forEach((name, text) -> {
            try {
                Files.writeString(dir.resolve(name), text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "geheim: niet voor regels\n");
        Files.createSymbolicLink(dir.resolve("extra.drl"), secret);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> SosEngine.fromDirectory(dir));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(RuleProblem::toString)
                .containsExactly("extra.drl:0:0: is a symbolic link; rule files are read only when they are plain files in the rule directory");
        assertThat(e.getMessage()).doesNotContain("geheim");
    }

    @Test
    void the_bundled_rules_exported_pass_the_trial(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String> file : SosEngine.bundled().ruleFiles().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }

        SosEngine engine = SosEngine.fromDirectory(dir);

        assertThat(engine.ruleSet().fingerprint()).isEqualTo(SosEngine.bundled().ruleSet().fingerprint());
        assertThat(List.copyOf(engine.ruleIds())).isEqualTo(SosEngine.bundled().ruleIds());
    }
}
