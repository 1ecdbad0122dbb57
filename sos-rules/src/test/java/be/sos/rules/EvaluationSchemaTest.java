package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Actor;
import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.time.ProcedureCalendars;
import be.sos.testkit.CaseGenerator;
import be.sos.core.testing.JsonSchemas;
import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's JSON Schema ({@code be/sos/rules/schema/evaluation.schema.json},
 * docs/evaluation-format.md) holds for what the engine writes, and names exactly the fields and
 * values of the Java types; the case file's schema holds for the generated cases.
 */
class EvaluationSchemaTest {
    private static final Schema EVALUATION = JsonSchemas.load(JsonSchemas.EVALUATION);
    private static final Schema CASE = JsonSchemas.load(JsonSchemas.CASE);
    private static final JsonNode TREE = JsonSchemas.tree(JsonSchemas.EVALUATION);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_schema_is_draft_2020_12_and_uses_only_its_keywords() {
        assertThat(TREE.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonSchemas.schemaProblems(JsonSchemas.EVALUATION)).isEmpty();
    }

    @Test
    void the_evaluations_of_the_pilot_cases_on_every_kind_of_day_pass_in_both_languages_and_calendars() {
        int checked = 0;
        for (Case c : List.of(PilotCases.gent(), PilotCases.dendermonde())) {
            LocalDate petition = c.petitionDate();
            List<LocalDate> days = new ArrayList<>(List.of(petition.minusDays(1), petition, petition.plusDays(4),
                    petition.plusDays(20), petition.plusDays(45), petition.plusDays(62), petition.plusDays(80)));
            days.add(c.closure().date());
            for (LocalDate day : days) {
                for (String calendar : ProcedureCalendars.names()) {
                    for (String language : List.of("nl", "en")) {
                        EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(Locale.forLanguageTag(language))
                                .withCalendar(ProcedureCalendars.byName(calendar).orElseThrow());
                        assertValid(Engines.bundled().evaluate(c, day, options), c.id() + " on " + day);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 8 * ProcedureCalendars.names().size() * 2);
    }

    /**
     * A thousand generated cases, and their evaluations on the day they were generated around, some
     * with the other cases as the programme's portfolio; between them they show every code a rule
     * can emit, so every kind of finding passes through the schema.
     */
    @Test
    void a_thousand_generated_cases_and_their_evaluations_pass() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        CaseGenerator generator = CaseGenerator.withSeed(20240601L).around(day);
        List<Case> previous = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        Set<MilestoneStatus> statuses = new TreeSet<>();
        for (int i = 0; i < 1000; i++) {
            Case c = generator.next();
            String text = CaseJson.write(c);
            assertThat(JsonSchemas.problems(CASE, text)).as("case %d: %s", i, c.id()).isEmpty();
            EvaluationOptions options = i % 10 == 0 ? EvaluationOptions.DEFAULT.withPortfolio(List.copyOf(previous))
                    : EvaluationOptions.DEFAULT;
            Evaluation evaluation = Engines.bundled().evaluate(c, day, options);
            assertValid(evaluation, "evaluation of case " + i);
            evaluation.findings().forEach(f -> codes.add(f.code()));
            evaluation.schedule().forEach(r -> statuses.add(r.status()));
            previous.add(c);
            if (previous.size() > 12) {
                previous.remove(0);
            }
        }
        assertThat(codes).as("codes seen").containsAll(FindingCodesDocTest.codesInBundledRules().keySet());
        assertThat(statuses).containsExactlyInAnyOrder(MilestoneStatus.values());
    }

    @Test
    void the_example_of_docs_evaluation_format_md_passes() throws Exception {
        String doc = java.nio.file.Files.readString(be.sos.core.testing.RepositoryFiles.file("docs/evaluation-format.md"));
        java.util.regex.Matcher example = java.util.regex.Pattern.compile("(?s)## Example\\s+.*?```json\\n(.*?)```").matcher(doc);
        assertThat(example.find()).as("an example in docs/evaluation-format.md").isTrue();
        assertThat(JsonSchemas.problems(EVALUATION, example.group(1))).isEmpty();
    }

    @Test
    void a_field_the_schema_does_not_know_or_a_field_left_out_fails() throws Exception {
        Evaluation evaluation = null;
        for (LocalDate day = PilotCases.gent().petitionDate(); evaluation == null || evaluation.findings().isEmpty(); day = day.plusDays(1)) {
            evaluation = Engines.bundled().evaluate(PilotCases.gent(), day);
        }
        assertValid(evaluation, "as written");
        for (String at : List.of("", "/rules", "/clocks", "/eligibility", "/schedule/0", "/extension", "/metrics", "/findings/0")) {
            ObjectNode added = (ObjectNode) JSON.readTree(EvaluationJson.write(evaluation));
            ((ObjectNode) (at.isEmpty() ? added : added.at(at))).put("addedField", 1);
            assertThat(JsonSchemas.problems(EVALUATION, added.toString())).as("a field added at '%s'", at).isNotEmpty();

            ObjectNode removed = (ObjectNode) JSON.readTree(EvaluationJson.write(evaluation));
            ObjectNode object = (ObjectNode) (at.isEmpty() ? removed : removed.at(at));
            object.remove(object.properties().iterator().next().getKey());
            assertThat(JsonSchemas.problems(EVALUATION, removed.toString())).as("a field left out at '%s'", at).isNotEmpty();
        }
    }

    // ---- the Java types and the schema name the same fields and values ----

    /**
     * The fields written only when they have a value: {@code rules.version} is left out for rules
     * without versions, so that their evaluations stay byte for byte what they were.
     */
    private static final Map<Class<?>, Set<String>> OPTIONAL = Map.of(RuleSetInfo.class, Set.of("version"));

    @Test
    void an_evaluation_by_rules_without_versions_leaves_the_version_out() throws Exception {
        JsonNode rules = JSON.readTree(EvaluationJson.write(Engines.bundled().evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 1)))).path("rules");
        assertThat(rules.has("version")).isFalse();
        assertThat(rules.size()).isEqualTo(2);
    }

    private static Map<Class<?>, JsonNode> definitions() {
        JsonNode p = TREE.path("properties");
        Map<Class<?>, JsonNode> defs = new LinkedHashMap<>();
        defs.put(Evaluation.class, TREE);
        defs.put(RuleSetInfo.class, p.path("rules"));
        defs.put(RuleVersion.class, p.path("rules").path("properties").path("version"));
        defs.put(EvaluationClocks.class, p.path("clocks"));
        defs.put(Eligibility.class, p.path("eligibility"));
        defs.put(ScheduleRow.class, TREE.path("$defs").path("scheduleRow"));
        defs.put(ExtensionSummary.class, p.path("extension"));
        defs.put(Metrics.class, p.path("metrics"));
        defs.put(Finding.class, TREE.path("$defs").path("finding"));
        return defs;
    }

    @Test
    void every_record_of_the_evaluation_has_a_schema_that_requires_exactly_its_fields() {
        Set<Class<?>> reachable = new java.util.LinkedHashSet<>();
        records(Evaluation.class, reachable);
        assertThat(definitions().keySet()).containsExactlyInAnyOrderElementsOf(reachable);
        definitions().forEach((type, schema) -> {
            Set<String> fields = new TreeSet<>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> fields.add(c.getName()));
            assertThat(JsonSchemas.propertyNames(schema)).as(type.getSimpleName()).isEqualTo(fields);
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            fields.removeAll(OPTIONAL.getOrDefault(type, Set.of()));
            assertThat(required).as(type.getSimpleName() + ": every field but the optional ones is always written").isEqualTo(fields);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
        });
    }

    @Test
    void every_list_of_values_is_exactly_its_enum() {
        JsonNode row = TREE.path("$defs").path("scheduleRow").path("properties");
        assertThat(JsonSchemas.enumValues(TREE.path("$defs").path("finding").path("properties").path("severity").path("enum")))
                .isEqualTo(names(Severity.values()));
        assertThat(JsonSchemas.enumValues(row.path("status").path("enum"))).isEqualTo(names(MilestoneStatus.values()));
        assertThat(JsonSchemas.enumValues(row.path("who").path("items").path("enum"))).isEqualTo(names(Actor.values()));
        assertThat(JsonSchemas.enumValues(row.path("milestone").path("enum")))
                .isEqualTo(names(Stream.of(EventType.values()).filter(EventType::isMilestone).toArray(EventType[]::new)));
        assertThat(JsonSchemas.enumValues(TREE.path("$defs").path("extensionReason").path("enum")))
                .isEqualTo(names(ExtensionReason.values()));
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }

    private static void records(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (var c : type.getRecordComponents()) {
            java.lang.reflect.Type generic = c.getGenericType();
            if (generic instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == List.class) {
                generic = p.getActualTypeArguments()[0];
            }
            if (generic instanceof Class<?> k) {
                records(k, seen);
            }
        }
    }

    private static void assertValid(Evaluation evaluation, String what) {
        assertThat(JsonSchemas.problems(EVALUATION, EvaluationJson.write(evaluation))).as(what).isEmpty();
    }
}
