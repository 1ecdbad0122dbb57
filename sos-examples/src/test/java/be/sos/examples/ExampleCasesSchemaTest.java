package be.sos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import be.sos.core.testing.JsonSchemas;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example cases bundled in sos.jar ({@code be/sos/examples/cases/}, listed in its
 * {@code index.txt}) pass the case file's JSON Schema, and their evaluations, from the day before
 * the petition to after the closure, pass the evaluation's.
 */
class ExampleCasesSchemaTest {
    private static final String FOLDER = "be/sos/examples/cases/";

    @Test
    void the_bundled_example_cases_and_their_evaluations_pass_the_schemas() throws Exception {
        Schema caseSchema = JsonSchemas.load(JsonSchemas.CASE);
        Schema evaluationSchema = JsonSchemas.load(JsonSchemas.EVALUATION);
        SosEngine engine = SosEngine.bundled();
        List<String> names = resource("index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(3);
        for (String name : names) {
            String text = resource(name);
            assertThat(JsonSchemas.problems(caseSchema, text)).as(name).isEmpty();
            Case c = CaseJson.read(text);
            LocalDate last = c.closure() == null ? c.petitionDate().plusDays(80) : c.closure().date().plusDays(1);
            for (LocalDate day = c.petitionDate().minusDays(1); !day.isAfter(last); day = day.plusDays(3)) {
                assertThat(JsonSchemas.problems(evaluationSchema, EvaluationJson.write(engine.evaluate(c, day))))
                        .as("%s on %s", name, day).isEmpty();
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExampleCasesSchemaTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(FOLDER + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
