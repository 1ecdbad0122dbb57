package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.facts.Outcomes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second line behind the gate reads what a compiled class refers to, whatever the source looked like. */
class GeneratedCodeCheckTest {
    /** Code a rule file may never lead to. */
    static final class Hostile {
        void exit() {
            System.exit(42);
        }

        Object reflect(Object o) throws ReflectiveOperationException {
            return o.getClass().getDeclaredMethod("toString").invoke(o);
        }

        boolean delete() {
            return new java.io.File("x").delete();
        }
    }

    /** Code like that of a rule: text, numbers, lists and dates. */
    static final class Clean {
        String describe(List<String> ids, LocalDate day) {
            return ids.size() + " " + day.plusDays(3) + " " + Math.max(ids.size(), 2);
        }
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        String name = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void calls_that_lead_out_of_the_data_are_found() throws IOException {
        assertThat(GeneratedCodeCheck.forbidden(bytes(Hostile.class))).contains(
                "java.lang.System.exit", "java.lang.Object.getClass", "java.lang.Class.getDeclaredMethod",
                "java.lang.reflect.Method.invoke", "java.io.File", "java.io.File.delete");
    }

    @Test
    void code_like_that_of_a_rule_is_clean() throws IOException {
        // A nested class names the class it is nested in; a generated rule class lives in be.sos.rules.drl.
        assertThat(GeneratedCodeCheck.forbidden(bytes(Clean.class)))
                .allMatch(reference -> reference.startsWith(GeneratedCodeCheckTest.class.getName()));
    }

    /** Code a rule could compile to if it reached the engine's own class behind {@code out}. */
    static final class Hook {
        void fire(Outcomes out) {
            out.warning("X");
            ((RecordingOutcomes) out).firing("DL-01", "§1");
        }
    }

    @Test
    void on_out_generated_code_may_use_exactly_the_outcomes_of_the_interface() throws IOException {
        String owner = Outcomes.class.getName().replace('.', '/');
        for (Method m : Outcomes.class.getMethods()) {
            assertThat(GeneratedCodeCheck.allowed(owner, m.getName())).as(m.getName()).isTrue();
        }
        for (String hook : List.of("firing", "findings", "windows", "statusAt", "extension", "getClass")) {
            assertThat(GeneratedCodeCheck.allowed(owner, hook)).as(hook).isFalse();
        }
        assertThat(GeneratedCodeCheck.forbidden(bytes(Hook.class)))
                .contains("be.sos.rules.internal.RecordingOutcomes", "be.sos.rules.internal.RecordingOutcomes.firing")
                .doesNotContain("be.sos.rules.facts.Outcomes", "be.sos.rules.facts.Outcomes.warning");
    }

    @Test
    void the_gate_test_class_itself_would_be_refused() throws IOException {
        assertThat(GeneratedCodeCheck.forbidden(bytes(RuleGateTest.class))).isNotEmpty();
    }
}
