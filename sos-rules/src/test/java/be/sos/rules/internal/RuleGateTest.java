package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sos.rules.RuleEdits;
import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import be.sos.rules.facts.Outcomes;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * Rule files are code, and Drools runs whatever a consequence says (DROOLS-NOTES.md, "Rules are
 * code"). Each hostile rule file here is refused by the gate with its file and line, before any
 * of it reaches Drools; the sentinels (a system property and files in a temporary folder) show
 * that none of them ran, and a control test shows that the same code does run without the gate.
 */
class RuleGateTest {
    private static final String SENTINEL = "sos.attack";

    @TempDir
    static Path sentinels;

    @AfterEach
    void nothing_ran() throws IOException {
        assertThat(System.getProperty(SENTINEL)).as("an attack set the sentinel property").isNull();
        try (Stream<Path> files = Files.list(sentinels)) {
            assertThat(files.filter(p -> !p.getFileName().toString().startsWith("control"))).as("an attack wrote a file").isEmpty();
        }
    }

    private static String in(String name) {
        return sentinels.resolve(name).toString();
    }

    private static Arguments consequence(String name, String then, String says) {
        String when = "$p : Procedure()";
        return Arguments.of(name, RuleTexts.rule(when, then), RuleTexts.thenLine(when), says);
    }

    private static Arguments condition(String name, String when, String says) {
        return Arguments.of(name, RuleTexts.rule(when, "out.warning(\"X\");"), RuleTexts.WHEN_LINE + (int) when.lines().count() - 1, says);
    }

    private static Arguments file(String name, String drl, String lineWith, String says) {
        return Arguments.of(name, drl, lineOf(drl, lineWith), says);
    }

    static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertThat(at).as("snippet in the test's rule file: " + snippet).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static Stream<Arguments> attacks() {
        String setProperty = "System.setProperty(\"" + SENTINEL + "\", \"ran\")";
        return Stream.of(
                consequence("System.exit in a consequence", "System.exit(42);", "'System' is not available"),
                condition("System.exit in a condition", "$p : Procedure( System.exit(42) == null )", "'System' is not available"),
                consequence("writing a file with java.nio.file.Files",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + in("files") + "\"), \"ran\");",
                        "'java.nio.file.Files' is not available"),
                consequence("Runtime.exec", "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + in("exec") + "\"});",
                        "'Runtime' is not available"),
                consequence("Class.forName", "out.warning(\"X\", Class.forName(\"java.lang.System\").getMethod(\"setProperty\", "
                        + "String.class, String.class).invoke(null, \"" + SENTINEL + "\", \"ran\"));", "'Class' is not available"),
                consequence("reflection with getClass().getMethod",
                        "out.warning(\"X\", $p.getClass().getMethod(\"toString\").invoke($p));", "'getClass' is not available"),
                condition("reflection with getDeclaredField in a condition",
                        "$p : Procedure( getClass().getDeclaredField(\"file\") != null )", "'getClass' is not available"),
                consequence("setAccessible", "$p.file().getClass().getDeclaredField(\"id\").setAccessible(true);",
                        "'getClass' is not available"),
                consequence("a fully qualified name", "out.warning(\"X\", java.lang.System.getenv(\"HOME\"));",
                        "'java.lang.System' is not available"),
                condition("a fully qualified name in a condition",
                        "$p : Procedure( java.lang." + setProperty + " != null )", "'java.lang.System' is not available"),
                file("a function block", RuleTexts.HEADER + "function void boom() {\n    " + setProperty + ";\n}\n\n"
                        + RuleTexts.rule("$p : Procedure()", "boom();").substring(RuleTexts.HEADER.length()),
                        "function void boom", "functions are not available"),
                file("a second global", RuleTexts.HEADER + "global java.util.List leak;\n\n"
                        + RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");").substring(RuleTexts.HEADER.length()),
                        "global java.util.List", "the only global is"),
                file("an import of java.io.File", "package be.sos.rules.drl;\n\nimport java.io.File;\n"
                        + RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");").substring("package be.sos.rules.drl;\n".length()),
                        "import java.io.File", "rule files may import only"),
                consequence("new java.io.File(...)", "new java.io.File(\"" + in("new") + "\").createNewFile();", "'new' is not available"),
                consequence("new ProcessBuilder(...)", "new ProcessBuilder(\"touch\", \"" + in("process") + "\").start();",
                        "'new' is not available"),
                consequence("an endless loop", "while (true) { }", "loops ('while') are not available"),
                consequence("a lambda", "out.warning(\"X\", () -> " + setProperty + ");", "lambdas ('->') are not available"),
                condition("a lambda in a condition", "$p : Procedure( minors.stream().anyMatch(m -> m.id() == \"x\") )", ""),
                consequence("a method reference", "out.warning(\"X\", $p.minors().stream().map(Object::toString));", "not available"),
                consequence("drools.getKieRuntime()", "drools.getKieRuntime().halt();", "'drools' is not available"),
                consequence("kcontext", "kcontext.getKieRuntime().halt();", "'kcontext' is not available"),
                file("a static import", "package be.sos.rules.drl;\n\nimport static java.lang.System.exit;\n"
                        + RuleTexts.rule("$p : Procedure()", "exit(42);").substring("package be.sos.rules.drl;\n".length()),
                        "import static", "'import static' are not available"),
                consequence("Thread.sleep", "Thread.sleep(100000);", "'Thread' is not available"),
                consequence("ClassLoader", "out.warning(\"X\", ClassLoader.getSystemClassLoader());", "'ClassLoader' is not available"),
                consequence("a class literal", "out.warning(\"X\", String.class);", "class literals"),
                consequence("getClass on a text", "out.warning(\"X\".getClass().getName());", "'getClass' is not available"),
                consequence("a unicode escape that ends a text", "out.warning(\"X\\u0022); " + setProperty.replace("\"", "\\u0022") + "; //\");",
                        "unicode escapes"),
                consequence("a unicode newline in a comment", "out.warning(\"X\"); // \\u000a " + setProperty + ";", "unicode escapes"),
                condition("eval", "$p : Procedure()\n    eval( System.exit(3) == null )", "'System' is not available"),
                condition("from", "$p : Procedure()\n    NetworkMember() from java.lang.System.getenv().values()",
                        "'java.lang.System' is not available"),
                condition("accumulate with action code", "$p : Procedure()\n    $n : Number() from accumulate( NetworkMember() from "
                        + "$p.network(), init( int c = 0; ), action( System.exit(1); ), result( c ) )", "init/action/result"),
                condition("an accumulate function's value", "$p : Procedure()\n    accumulate( NetworkMember() from $p.network(); "
                        + "$n : count( java.lang.System.exit(1) ) )", "'java.lang.System' is not available"),
                condition("the system clock", "$p : Procedure( today == java.time.LocalDate.now() )", "'now' is not available"),
                consequence("what out keeps for the engine", "out.findings().clear();", "unknown outcome 'findings'; out records only "),
                consequence("out.firing", "out.firing(\"DL-01\", \"§1\");", "unknown outcome 'firing'; out records only "),
                consequence("out cast to the engine's class", "((be.sos.rules.internal.RecordingOutcomes) out).firing(\"DL-01\", \"§1\");",
                        "casts are not available"),
                consequence("inserting a fact that out did not make", "insert($p);", "insert(...) only takes what out returns"),
                consequence("update", "update($p);", "'update(...)' is not available"),
                consequence("modify", "modify($p) { }", "cannot be read"),
                file("a timer", RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");")
                        .replace("@source(\"test\")", "@source(\"test\") timer (int: 0s 1s)"), "timer (int", "'timer' is not available"),
                file("the mvel dialect", RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");")
                        .replace("@source(\"test\")", "@source(\"test\") dialect \"mvel\""), "dialect", "'dialect' is not available"),
                file("a declared type", RuleTexts.HEADER + "declare Leak\n    x : int\nend\n\n"
                        + RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");").substring(RuleTexts.HEADER.length()),
                        "declare Leak", "declaring types is not available"),
                file("a query", RuleTexts.HEADER + "query \"leak\"\n    $p : Procedure()\nend\n\n"
                        + RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");").substring(RuleTexts.HEADER.length()),
                        "query \"leak\"", "queries are not available"),
                condition("an entry point", "$p : Procedure() from entry-point \"elsewhere\"", "source of facts"),
                consequence("a consequence that closes its block", "out.warning(\"X\"); } static { " + setProperty + "; } void x() {",
                        "unexpected 'static'"),
                file("metadata that is code", RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");")
                        .replace("@source(\"test\")", "@source(\"x\" + " + setProperty + " + \"y\")"), "@source(", "@source is one text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void a_hostile_rule_file_is_refused_with_its_file_and_line_and_never_compiled(String attack, String drl, int line, String says) {
        RuleFiles files = RuleTexts.alone("attack.drl", drl);

        List<RuleProblem> gate = RuleSetCompiler.check(files);

        assertThat(gate).as(attack).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("attack.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains(says);
        });
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(files));
        assertThat(refused).as(attack + " compiled").isNotNull();
        // The compile stopped at the gate: its problems are the gate's, none of Drools'.
        assertThat(refused.problems()).containsExactlyElementsOf(gate);
    }

    @Test
    void without_the_gate_the_same_consequence_runs() throws IOException {
        Path written = sentinels.resolve("control-file");
        String control = "sos.attack.control";
        String drl = "package be.sos.rules.drl;\n\nrule \"control\"\nwhen\nthen\n"
                + "    System.setProperty(\"" + control + "\", \"ran\");\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written + "\"), \"ran\");\nend\n";
        assertThat(RuleSetCompiler.check(RuleTexts.alone("control.drl", drl))).isNotEmpty();

        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("be.sos.rules", "control", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/be/sos/rules/drl/control.drl", drl);
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
            KieSession session = ks.newKieContainer(id).getKieBase().newKieSession();
            try {
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            assertThat(System.getProperty(control)).isEqualTo("ran");
            assertThat(written).exists();
        } finally {
            System.clearProperty(control);
            ks.getRepository().removeKieModule(id);
        }
    }

    /** The methods of the engine's {@code out} that are not outcomes: its hooks, read from the class rather than listed. */
    static Stream<Method> hooks() {
        Set<String> outcomes = Arrays.stream(Outcomes.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        return Arrays.stream(RecordingOutcomes.class.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic() && !outcomes.contains(m.getName()));
    }

    @Test
    void the_engine_keeps_hooks_on_out_that_rules_must_not_reach() {
        assertThat(hooks().map(Method::getName)).contains("firing", "findings", "windows", "statusAt", "extension");
    }

    @ParameterizedTest(name = "out.{0}")
    @MethodSource("hooks")
    void a_rule_that_calls_a_hook_of_the_engine_on_out_is_refused_in_one_line(Method hook) {
        String args = Arrays.stream(hook.getParameterTypes()).map(t -> t == String.class ? "\"DL-01\"" : "null")
                .collect(Collectors.joining(", "));
        String when = "$p : Procedure()";
        List<RuleProblem> gate = RuleSetCompiler.check(RuleTexts.alone("hook.drl", RuleTexts.rule(when, "out." + hook.getName() + "(" + args + ");")));
        assertThat(gate).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(RuleTexts.thenLine(when));
            // a hook close to an outcome's name (statusAt, windows) is told that outcome; any other, all of them
            String outcomes = String.join(", ", new TreeSet<>(Arrays.stream(Outcomes.class.getMethods()).map(Method::getName).toList()));
            assertThat(p.message()).doesNotContain("\n").isIn("unknown outcome '" + hook.getName() + "'; out records only " + outcomes,
                    "unknown outcome '" + hook.getName() + "'; did you mean '" + hook.getName().replaceAll("(Of|At|s)$", "") + "'?");
        });
    }

    @Test
    void every_outcome_of_the_interface_may_be_called_on_out_and_nothing_else() {
        Set<String> declared = Arrays.stream(Outcomes.class.getMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(Vocabulary.get().outcomes()).isEqualTo(declared);
        assertThat(Vocabulary.get().methods(Vocabulary.OUT_TYPE)).containsExactlyInAnyOrder(Outcomes.class.getMethods());
        assertThat(RuleCalls.FINDINGS).containsExactlyInAnyOrder("blocker", "warning", "info", "windowWarning", "windowInfo");
    }

    @Test
    void the_bundled_rule_set_passes_the_gate() {
        assertThat(RuleSetCompiler.check(RuleFiles.bundled())).isEmpty();
    }

    @Test
    void a_window_moved_from_day_14_15_to_13_16_passes() {
        String parameters = RuleFiles.bundled().files().get("procedure.properties");
        String moved = RuleEdits.moveFirstNetworkMeeting(parameters);
        assertThat(moved).isNotEqualTo(parameters);

        assertThat(RuleSetCompiler.check(RuleTexts.bundledWith("procedure.properties", moved))).isEmpty();
    }

    @Test
    void everything_a_rule_may_say_passes_the_gate_and_compiles() throws RuleSetException {
        String drl = """
                package be.sos.rules.drl;

                import be.sos.core.model.EventType;
                import be.sos.core.model.NetworkMember;
                import be.sos.core.model.Role;
                import be.sos.core.model.Professional;
                import be.sos.core.model.Minor;
                import be.sos.rules.MilestoneStatus;
                import be.sos.rules.facts.Procedure;
                import be.sos.rules.facts.Window;
                import java.time.LocalDate;
                import java.time.temporal.ChronoUnit;

                global be.sos.rules.facts.Outcomes out;

                rule "OK-01 Alles wat een regel mag" @id(OK-01) @source("test")
                    salience 10
                    no-loop
                when
                    $p : Procedure( day > 1 && < 100, $start : moduleStart, closedOn == null || closedOn > today )
                    exists Professional( role == Role.JUDGE ) from $p.professionals()
                    not NetworkMember( adult == true, trustedPersonFor contains "nobody" ) from $p.network()
                    $n : Number( intValue >= 0 ) from accumulate( $m : NetworkMember( adult ) from $p.network(), count( $m ) )
                    accumulate( Minor( $b : birthDate ) from $p.minors(); $first : min( $b ), $all : collectList( $b ) )
                    ( Minor( id != null ) from $p.minors() or Minor( eighteenthBirthday.isAfter($start) ) from $p.minors() )
                    forall( $x : Professional( role == Role.CONSULTANT ) from $p.professionals()
                            Professional( this == $x, reachable ) from $p.professionals() )
                    eval( ChronoUnit.DAYS.between($p.petition(), $p.today()) >= 0 )
                    $w : Window( milestone == EventType.FIRST_HEARING, to != null, from.plusDays(1) <= to.plusDays(2) )
                then
                    out.info("DEADLINE_DUE", EventType.FIRST_HEARING, $n, $first, $p.day(3), LocalDate.of(2019, 1, 1));
                    out.status($w, MilestoneStatus.DUE);
                    insert(out.window(EventType.BMO, $p.day(75), $p.day(75).plusDays(1)));
                end
                """;
        RuleFiles files = RuleTexts.alone("ok.drl", drl);
        assertThat(RuleSetCompiler.check(files)).isEmpty();
        assertThat(RuleSetCompiler.compile(files).kieBase().getKiePackage("be.sos.rules.drl").getRules()).hasSize(1);
    }
}
