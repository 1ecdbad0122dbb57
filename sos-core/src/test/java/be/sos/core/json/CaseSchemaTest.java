package be.sos.core.json;

import static be.sos.core.json.CaseJsonTest.VALID;
import static be.sos.core.json.CaseJsonTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.sos.core.model.Case;
import be.sos.core.testing.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The case file's JSON Schema ({@code be/sos/core/schema/case.schema.json}, docs/case-format.md)
 * agrees with the reader: it accepts the pilot cases and the reader tests' valid case, rejects the
 * bad inputs of {@link CaseJsonTest} wherever a schema can say so, and names every field and value
 * of the model. Which bad inputs no schema can reject is listed in {@link #beyondASchema()}, each
 * with the reason.
 */
class CaseSchemaTest {
    private static final Schema SCHEMA = JsonSchemas.load(JsonSchemas.CASE);
    private static final JsonNode TREE = JsonSchemas.tree(JsonSchemas.CASE);
    /** The inputs of {@link CaseJsonTest.NoValuesInMessages} that are no JSON text at all. */
    private static final Set<String> NOT_JSON = Set.of("an unquoted name", "a name with a control character",
            "a name after the case", "a name in an unterminated string");

    @Test
    void the_schema_is_draft_2020_12_and_uses_only_its_keywords() {
        assertThat(TREE.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonSchemas.schemaProblems(JsonSchemas.CASE)).isEmpty();
    }

    @Test
    void the_valid_case_of_the_reader_tests_and_a_minimal_case_pass() {
        assertThat(JsonSchemas.problems(SCHEMA, VALID)).isEmpty();
        String minimal = """
                {"schemaVersion": 1, "id": "c1", "office": "GENT", "petitionDate": "2019-01-14",
                 "minors": [{"id": "m1", "birthDate": "2011-04-05"}]}
                """;
        assertThatBothAccept(minimal);
    }

    @Test
    void the_example_of_docs_case_format_md_reads_and_passes() throws Exception {
        String doc = java.nio.file.Files.readString(be.sos.core.testing.RepositoryFiles.file("docs/case-format.md"));
        Matcher example = Pattern.compile("(?s)## Example\\s+```json\\n(.*?)```").matcher(doc);
        assertThat(example.find()).as("an example in docs/case-format.md").isTrue();
        assertThatBothAccept(example.group(1));
    }

    // ---- the bad inputs of the reader's tests ----

    /** Every bad input of {@link CaseJsonTest} that a schema can reject: the reader's path, and the input. */
    static Stream<Arguments> rejectedByBoth() {
        List<Arguments> inputs = new ArrayList<>();
        Stream.of(CaseJsonTest.missingFields(), CaseJsonTest.wrongTypes(), CaseJsonTest.outOfRange())
                .flatMap(s -> s)
                .map(Arguments::get)
                .forEach(a -> inputs.add(Arguments.of(a[2], with((String) a[0], (String) a[1]))));
        CaseJsonTest.datesInAnotherForm()
                .forEach(date -> inputs.add(Arguments.of("$.minors[0].birthDate", with("\"2011-04-05\"", date))));
        inputs.addAll(List.of(
                Arguments.of("$.minors[0].nickname", with("\"birthDate\": \"2011-04-05\"}",
                        "\"birthDate\": \"2011-04-05\", \"nickname\": \"x\"}")),
                Arguments.of("$.parents[0].availability", with("\"AVAILABLE\"", "\"ON_HOLIDAY\"")),
                Arguments.of("$.minors", with("\"minors\": [{\"id\": \"m1\", \"birthDate\": \"2011-04-05\"}],", "")),
                Arguments.of("$.events[0].subject", with("\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\"",
                        "\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\", \"subject\": \"m1\"")),
                Arguments.of("$.scalings[0].date", with("\"date\": \"2019-01-28\", \"by\"", "\"date\": \"2019-02-30\", \"by\"")),
                Arguments.of("$.minors[0].birthDate", with("\"2011-04-05\"", "\"2011-02-29\"")),
                Arguments.of("$.petitionDate", with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"2019-13-01\"")),
                Arguments.of("$.scalings[0].score", with("\"score\": 6", "\"score\": 99999999999")),
                Arguments.of("$.contacts[0].minutes", with("\"minutes\": 90", "\"minutes\": " + "9".repeat(30))),
                Arguments.of("$.bottomLines[0].text", with("\"text\": \"t\"",
                        "\"text\": \"" + "x".repeat(CaseJson.MAX_STRING_CHARS + 1) + "\"")),
                Arguments.of("$", with("\"dangerStatement\": \"d\",", "\"" + "k".repeat(CaseJson.MAX_NAME_CHARS + 1) + "\": 1,")),
                Arguments.of("$.dangerStatement", with("\"dangerStatement\": \"d\"", "\"dangerStatement\": "
                        + "[".repeat(CaseJson.MAX_NESTING + 1) + "]".repeat(CaseJson.MAX_NESTING + 1))),
                Arguments.of("$", "null"),
                Arguments.of("$", "[]")));
        // the inputs of the test that no message repeats a value, where they are JSON
        CaseJsonTest.NoValuesInMessages.inputs()
                .map(Arguments::get)
                .filter(a -> !NOT_JSON.contains((String) a[0]) && !a[0].equals("a name in a key given twice"))
                .forEach(a -> inputs.add(Arguments.of("$", a[1])));
        return inputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedByBoth")
    void the_schema_rejects_a_bad_input_of_the_reader_at_its_path_or_an_enclosing_one(String path, String json) {
        Problem reader = firstProblem(json);
        assertThat(reader.path()).as("the reader's path").startsWith(path);
        List<Error> errors = JsonSchemas.errors(SCHEMA, json);
        assertThat(errors).as("schema errors").isNotEmpty();
        assertThat(errors).as("an error at %s or a path enclosing it: %s", reader.path(), errors)
                .anyMatch(e -> encloses(e.getInstanceLocation().toString(), reader.path()));
    }

    /**
     * The bad inputs of the reader's tests that no JSON Schema can reject, with the reason: the
     * reader rejects each of them and the schema lets it through. When the schema learns to reject
     * one, move it to {@link #rejectedByBoth()}.
     */
    static Stream<Arguments> beyondASchema() {
        List<Arguments> inputs = new ArrayList<>();
        String crossReference = "a reference to an id elsewhere in the file: a schema checks values, not whether another part holds them";
        CaseJsonTest.danglingReferences().map(Arguments::get)
                .forEach(a -> inputs.add(Arguments.of(crossReference + " (" + a[2] + ")", with((String) a[0], (String) a[1]))));
        String unique = "ids unique across objects: uniqueItems compares whole items, not one field of them";
        inputs.addAll(List.of(
                Arguments.of(unique + " (a person id in two lists)", with("\"to\": \"2019-01-22\"}]}]",
                        "\"to\": \"2019-01-22\"}]}, {\"id\": \"m1\", \"role\": \"JUDGE\", \"reachable\": true}]")),
                Arguments.of(unique + " (two parents)", with("\"livesWithChild\": true}",
                        "\"livesWithChild\": true}, {\"id\": \"p1\", \"availability\": \"UNKNOWN\", \"livesWithChild\": false}")),
                Arguments.of(unique + " (two bottom lines)", with("\"minor\": \"m1\", \"status\": \"OPEN\"}]",
                        "\"minor\": \"m1\", \"status\": \"OPEN\"}, {\"id\": \"BL1\", \"type\": \"ASSESSED\"}]")),
                Arguments.of(unique + " (two safety goals)", with("\"status\": \"OPEN\"}],\n  \"safetyPlans\"",
                        "\"status\": \"OPEN\"}, {\"id\": \"G1\"}],\n  \"safetyPlans\"")),
                Arguments.of(unique + " (two plans with one version)", with("\"when\": \"w\"}]}]",
                        "\"when\": \"w\"}]}, {\"version\": 1, \"date\": \"2019-02-01\"}]")),
                Arguments.of("an absence that ends before it starts: a schema cannot compare two values",
                        with("\"to\": \"2019-01-22\"", "\"to\": \"2019-01-19\"")),
                Arguments.of("a whole number written with a decimal point: to a schema 90.0 is the integer 90",
                        with("\"minutes\": 90", "\"minutes\": 90.0")),
                Arguments.of("a whole number written with an exponent: to a schema 9E1 is the integer 90",
                        with("\"minutes\": 90", "\"minutes\": 9E1")),
                Arguments.of("a key given twice: JSON parsers keep one of them before a schema sees the object",
                        with("\"id\": \"c1\",", "\"id\": \"c1\", \"id\": \"c2\",")),
                Arguments.of("a string over the limit in UTF-16 units but not in code points: the reader counts the first, maxLength the second",
                        with("\"text\": \"t\"", "\"text\": \"" + "\uD83D\uDE00".repeat(CaseJson.MAX_STRING_CHARS / 2 + 1) + "\"")),
                Arguments.of("a document longer than 2,000,000 characters: a schema has no size of the text",
                        VALID + " ".repeat(CaseJson.MAX_DOCUMENT_CHARS - VALID.length() + 1))));
        return inputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondASchema")
    void the_reader_rejects_what_no_schema_can_say(String reason, String json) {
        firstProblem(json);
        assertThat(JsonSchemas.problems(SCHEMA, json)).as(reason).isEmpty();
    }

    /** The reader tests' inputs that are no JSON text: a JSON parser stops them before any schema. */
    static Stream<Arguments> notJson() {
        List<Arguments> inputs = new ArrayList<>(List.of(
                Arguments.of("a syntax error", "{\n  \"schemaVersion\": 1,\n  \"id\": \"c1\" \"office\": \"GENT\"\n}\n"),
                Arguments.of("content after the case", VALID + "{}"),
                Arguments.of("garbage after the case", VALID + "garbage"),
                Arguments.of("nothing", "")));
        CaseJsonTest.NoValuesInMessages.inputs().map(Arguments::get).filter(a -> NOT_JSON.contains((String) a[0]))
                .forEach(a -> inputs.add(Arguments.of(a[0], a[1])));
        return inputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJson")
    void an_input_that_is_no_json_text_is_rejected_by_a_json_parser_before_any_schema(String kind, String json) {
        firstProblem(json);
        com.fasterxml.jackson.databind.ObjectMapper strict = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        assertThat(catchThrowable(() -> {
            if (strict.readTree(json) == null || strict.readTree(json).isMissingNode()) {
                throw new IOException("no JSON value");
            }
        })).as(kind).isNotNull();
    }

    // ---- what both accept ----

    /** Every field that is not required, set to null: both read it as left out. */
    static Stream<Arguments> optionalFieldsAsNull() {
        return Stream.of(
                Arguments.of("\"minors\": [", "\"startingSituation\": null, \"minors\": ["),
                Arguments.of("\"professionals\": [{\"id\": \"cons1\", \"role\": \"CONSULTANT\", \"reachable\": true, \"absences\": [{\"from\": \"2019-01-20\", \"to\": \"2019-01-22\"}]}]",
                        "\"professionals\": null"),
                Arguments.of("\"contacts\": [{\"date\": \"2019-01-18\", \"minutes\": 90}]", "\"contacts\": null"),
                Arguments.of("\"extensionRequests\": [{\"date\": \"2019-02-20\", \"reasons\": [\"GOALS_NOT_YET_REACHED\"]}]", "\"extensionRequests\": null"),
                Arguments.of("\"exit\": [{\"respondent\": \"p1\", \"grade\": 8, \"result\": 3.5, \"process\": 4.0}]", "\"exit\": null"),
                Arguments.of("\"workablePlanExpected\": true", "\"workablePlanExpected\": null"),
                Arguments.of("\"intake\": {\"workablePlanExpected\": true, \"judgeFiatForReturnHome\": true, \"networkMobilisable\": true, \"riskInformationShared\": true}",
                        "\"intake\": null"),
                Arguments.of("\"dangerStatement\": \"d\"", "\"dangerStatement\": null"),
                Arguments.of("\"trustedPersonFor\": [\"m1\"]", "\"trustedPersonFor\": null"),
                Arguments.of(", \"absences\": [{\"from\": \"2019-01-20\", \"to\": \"2019-01-22\"}]", ", \"absences\": null"),
                Arguments.of("\"text\": \"t\"", "\"text\": null"),
                Arguments.of("\"minor\": \"m1\", \"status\": \"OPEN\"", "\"minor\": \"m1\", \"status\": null, \"min\": null"),
                Arguments.of("\"text\": \"g\", \"bottomLines\": [\"BL1\"], \"status\": \"OPEN\"", "\"text\": null, \"bottomLines\": null, \"status\": null"),
                Arguments.of("\"signedBy\": [\"p1\"], \"goodEnough\": \"e\"", "\"signedBy\": null, \"goodEnough\": null"),
                Arguments.of("\"action\": \"a\", \"when\": \"w\"", "\"action\": null, \"when\": null"),
                Arguments.of("\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\"", "\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\", \"subject\": null, \"label\": null"),
                Arguments.of("\"reasons\": [\"GOALS_NOT_YET_REACHED\"]", "\"reasons\": null"),
                Arguments.of("\"safetyGoals\": [{\"id\": \"G1\", \"text\": \"g\", \"bottomLines\": [\"BL1\"], \"status\": \"OPEN\"}]", "\"safetyGoals\": null"),
                Arguments.of("\"closure\": {\"path\": \"REFERRAL_OCJ\", \"date\": \"2019-03-01\"}", "\"closure\": null"),
                Arguments.of("\"grade\": 8, \"result\": 3.5, \"process\": 4.0", "\"grade\": null, \"result\": null, \"process\": null"),
                Arguments.of("\"scalings\": [{\"date\": \"2019-01-28\", \"by\": \"p1\", \"score\": 6}]", "\"scalings\": null"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("optionalFieldsAsNull")
    void both_read_null_as_a_field_left_out(String find, String replacement) {
        assertThatBothAccept(with(find, replacement));
    }

    @Test
    void both_accept_an_empty_label_whole_numbers_for_the_exit_scales_and_the_edges_of_the_ranges() {
        assertThatBothAccept(with("{\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\"}",
                "{\"type\": \"OTHER\", \"date\": \"2019-01-17\", \"label\": \"\"}"));
        assertThatBothAccept(with("\"result\": 3.5, \"process\": 4.0", "\"result\": 1, \"process\": 4"));
        assertThatBothAccept(with("\"score\": 6", "\"score\": 0").replace("\"minutes\": 90", "\"minutes\": 1440")
                .replace("\"version\": 1", "\"version\": 1000").replace("\"grade\": 8", "\"grade\": 10"));
        assertThatBothAccept(with("\"type\": \"TRUSTED_PERSON\", \"minor\": \"m1\"", "\"type\": \"MIN_NETWORK_ADULTS\", \"min\": 100"));
    }

    // ---- ids and dates ----

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "m/1", "\u00e9", "m1\\n", "<m1>"})
    void an_id_is_1_to_100_letters_digits_dots_underscores_or_hyphens(String bad) {
        Map<String, String> places = Map.of(
                "\"id\": \"c1\"", "\"id\": \"%s\"",
                "\"id\": \"m1\"", "\"id\": \"%s\"",
                "\"id\": \"BL1\"", "\"id\": \"%s\"",
                "\"id\": \"G1\"", "\"id\": \"%s\"",
                "\"by\": \"n1\"", "\"by\": \"%s\"",
                "\"respondent\": \"p1\"", "\"respondent\": \"%s\"",
                "\"subject\": \"m1\"", "\"subject\": \"%s\"",
                "\"signedBy\": [\"p1\"]", "\"signedBy\": [\"%s\"]");
        places.forEach((find, replacement) -> assertThat(JsonSchemas.problems(SCHEMA, with(find, String.format(replacement, bad))))
                .as("%s as '%s'", find, bad).isNotEmpty());
        assertThat(JsonSchemas.problems(SCHEMA, with("\"id\": \"c1\"", "\"id\": \"" + "c".repeat(101) + "\""))).isNotEmpty();
        assertThat(JsonSchemas.problems(SCHEMA, with("\"id\": \"c1\"", "\"id\": \"" + "c".repeat(100) + "\""))).isEmpty();
        assertThat(JsonSchemas.problems(SCHEMA, with("\"id\": \"c1\"", "\"id\": \"gent-2019.01_A\""))).isEmpty();
    }

    @Test
    void a_date_lies_between_1900_01_01_and_2200_12_31() {
        for (String bad : List.of("1899-12-31", "2201-01-01", "0000-01-01", "9999-12-31")) {
            assertThat(JsonSchemas.problems(SCHEMA, with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"" + bad + "\"")))
                    .as(bad).isNotEmpty();
        }
        for (String good : List.of("1900-01-01", "2200-12-31", "2000-02-29")) {
            assertThat(JsonSchemas.problems(SCHEMA, with("\"2011-04-05\"", "\"" + good + "\""))).as(good).isEmpty();
        }
    }

    /**
     * The date pattern alone says which days exist (hosts whose validator does not assert
     * {@code format} get the same answer): for every text YYYY-MM-DD around the range, it matches
     * exactly when the reader reads a day between 1900-01-01 and 2200-12-31.
     */
    @Test
    void the_date_pattern_matches_exactly_the_days_of_the_calendar_in_the_range() {
        Pattern pattern = Pattern.compile(TREE.path("$defs").path("date").path("pattern").asText());
        LocalDate first = LocalDate.of(1900, 1, 1);
        LocalDate last = LocalDate.of(2200, 12, 31);
        int days = 0;
        List<String> wrong = new ArrayList<>();
        for (int year = 1896; year <= 2204; year++) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
                    LocalDate date = CaseJson.isoDate(text);
                    boolean expected = date != null && !date.isBefore(first) && !date.isAfter(last);
                    if (pattern.matcher(text).matches() != expected) {
                        wrong.add(text);
                    }
                    days += expected ? 1 : 0;
                }
            }
        }
        assertThat(wrong).as("texts the pattern judges otherwise than the reader and the range").isEmpty();
        assertThat(days).isEqualTo(first.until(last.plusDays(1), java.time.temporal.ChronoUnit.DAYS));
    }

    // ---- the model and the schema name the same fields and values ----

    /** The schema of each record of the case model, by the record. */
    private static Map<Class<?>, JsonNode> definitions() {
        Map<Class<?>, JsonNode> defs = new LinkedHashMap<>();
        defs.put(Case.class, TREE);
        JsonNode d = TREE.path("$defs");
        defs.put(be.sos.core.model.Minor.class, d.path("minor"));
        defs.put(be.sos.core.model.Parent.class, d.path("parent"));
        defs.put(be.sos.core.model.NetworkMember.class, d.path("networkMember"));
        defs.put(be.sos.core.model.Professional.class, d.path("professional"));
        defs.put(be.sos.core.model.Absence.class, d.path("absence"));
        defs.put(be.sos.core.model.Intake.class, d.path("intake"));
        defs.put(be.sos.core.model.BottomLine.class, d.path("bottomLine"));
        defs.put(be.sos.core.model.SafetyGoal.class, d.path("safetyGoal"));
        defs.put(be.sos.core.model.SafetyPlan.class, d.path("safetyPlan"));
        defs.put(be.sos.core.model.Commitment.class, d.path("commitment"));
        defs.put(be.sos.core.model.Event.class, d.path("event"));
        defs.put(be.sos.core.model.Scaling.class, d.path("scaling"));
        defs.put(be.sos.core.model.Contact.class, d.path("contact"));
        defs.put(be.sos.core.model.ExtensionRequest.class, d.path("extensionRequest"));
        defs.put(be.sos.core.model.Closure.class, d.path("closure"));
        defs.put(be.sos.core.model.ExitAnswer.class, d.path("exitAnswer"));
        return defs;
    }

    @Test
    void every_record_of_the_case_has_a_schema_with_exactly_its_fields() {
        Set<Class<?>> reachable = new java.util.LinkedHashSet<>();
        records(Case.class, reachable);
        Map<Class<?>, JsonNode> defs = definitions();
        assertThat(defs.keySet()).containsExactlyInAnyOrderElementsOf(reachable);
        defs.forEach((type, schema) -> {
            Set<String> fields = new TreeSet<>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> fields.add(c.getName()));
            assertThat(JsonSchemas.propertyNames(schema)).as(type.getSimpleName()).isEqualTo(fields);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
        });
    }

    @Test
    void every_enum_field_of_the_case_lists_exactly_the_values_of_its_enum() {
        int checked = 0;
        for (Map.Entry<Class<?>, JsonNode> def : definitions().entrySet()) {
            for (RecordComponent c : def.getKey().getRecordComponents()) {
                Class<?> element = element(c.getGenericType());
                if (element.isEnum()) {
                    JsonNode property = def.getValue().path("properties").path(c.getName());
                    JsonNode values = c.getType() == List.class ? property.path("items").path("enum") : property.path("enum");
                    Set<String> expected = new TreeSet<>();
                    Arrays.stream(element.getEnumConstants()).forEach(v -> expected.add(((Enum<?>) v).name()));
                    assertThat(JsonSchemas.enumValues(values)).as(def.getKey().getSimpleName() + "." + c.getName()).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(11);
    }

    // ---- steps the tests share ----

    private static void records(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            records(element(c.getGenericType()), seen);
        }
    }

    /** The class of a field, or of its elements when it is a list. */
    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return (Class<?>) p.getActualTypeArguments()[0];
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static boolean encloses(String schemaPath, String readerPath) {
        return readerPath.equals(schemaPath) || readerPath.startsWith(schemaPath + ".") || readerPath.startsWith(schemaPath + "[");
    }

    private static Problem firstProblem(String json) {
        Throwable thrown = catchThrowable(() -> CaseJson.read(json));
        assertThat(thrown).as("the reader rejects it").isInstanceOf(InvalidCaseException.class);
        return ((InvalidCaseException) thrown).problems().get(0);
    }

    private static void assertThatBothAccept(String json) {
        assertThat(catchThrowable(() -> CaseJson.read(json))).as("the reader").isNull();
        assertThat(JsonSchemas.problems(SCHEMA, json)).as("the schema").isEmpty();
    }

    private static String resource(String name) {
        try (InputStream in = CaseSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
