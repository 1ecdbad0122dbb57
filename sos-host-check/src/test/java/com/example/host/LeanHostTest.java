package com.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host that depends on sos-bom and sos-rules alone (docs/embedding.md): it runs the bundled rules,
 * and its class path holds no DRL parser, code generator or Java compiler.
 */
class LeanHostTest {
    /** Jars of the rule compiler that a host running only the bundled rules must not carry. */
    private static final List<String> COMPILER = List.of("ecj-", "drools-ecj-", "javaparser-core-", "antlr-runtime-",
            "antlr4-runtime-", "drools-drl-parser-", "drools-drl-ast-", "drools-model-codegen-", "drools-mvel-parser-",
            "drools-mvel-compiler-");
    /** Jars of the report (Mustache) and of the scenario files (YAML), which are in modules of their own. */
    private static final List<String> EXTRAS = List.of("compiler-0.9.", "jackson-dataformat-yaml-", "snakeyaml-");

    private static List<Path> hostJars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            // the host's own classes and its test tools (the test kit among them) are not what sos brings
            boolean test = name.startsWith("junit-") || name.startsWith("opentest4j") || name.startsWith("apiguardian")
                    || name.startsWith("surefire") || entry.contains("sos-host-check") || entry.contains("sos-testkit");
            if (!test && !name.isEmpty()) {
                jars.add(path);
            }
        }
        return jars;
    }

    @Test
    void the_bundled_rules_run_without_a_rule_compiler_on_the_class_path() throws Exception {
        List<Path> jars = hostJars();
        long bytes = 0;
        for (Path jar : jars) {
            bytes += Files.isDirectory(jar) ? 0 : Files.size(jar);
            String name = jar.getFileName().toString();
            for (String compiler : COMPILER) {
                assertFalse(name.startsWith(compiler), "the host carries " + name);
            }
            for (String extra : EXTRAS) {
                assertFalse(name.startsWith(extra), "the host carries " + name);
            }
        }
        System.out.printf("sos-rules brings %d class path entries, %.1f MB of jars%n", jars.size(), bytes / 1e6);

        SosEngine engine = SosEngine.bundled();
        CaseGenerator cases = CaseGenerator.withSeed(7).around(LocalDate.of(2024, 6, 1));
        for (int i = 0; i < 50; i++) {
            Case c = cases.next();
            Evaluation evaluation = engine.evaluate(c, LocalDate.of(2024, 6, 1));
            assertEquals(c.id(), evaluation.caseId());
            assertFalse(evaluation.schedule().isEmpty());
            assertEquals(EvaluationJson.write(evaluation), EvaluationJson.write(EvaluationJson.read(EvaluationJson.write(evaluation))));
            assertEquals(c, CaseJson.read(CaseJson.write(c)));
        }
    }

    @Test
    void loading_a_rule_directory_says_which_artifact_it_needs() throws Exception {
        Path dir = Files.createTempDirectory("rules");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SosEngine.fromDirectory(dir));
        assertTrue(e.getMessage().contains("be.sos:sos-rules-compiler"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> SosEngine.bundled().reload(dir));
    }
}
