package be.sos.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseJsonTest {
    /** A valid case with one entry in every list, one list per line (line numbers matter below). */
    static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "c1",
              "office": "GENT",
              "petitionDate": "2019-01-14",
              "minors": [{"id": "m1", "birthDate": "2011-04-05"}],
              "parents": [{"id": "p1", "availability": "AVAILABLE", "livesWithChild": true}],
              "network": [{"id": "n1", "relation": "FAMILY", "kind": "INFORMAL", "adult": true, "trustedPersonFor": ["m1"]}],
              "professionals": [{"id": "cons1", "role": "CONSULTANT", "reachable": true, "absences": [{"from": "2019-01-20", "to": "2019-01-22"}]}],
              "intake": {"workablePlanExpected": true, "judgeFiatForReturnHome": true, "networkMobilisable": true, "riskInformationShared": true},
              "dangerStatement": "d",
              "bottomLines": [{"id": "BL1", "text": "t", "type": "TRUSTED_PERSON", "minor": "m1", "status": "OPEN"}],
              "safetyGoals": [{"id": "G1", "text": "g", "bottomLines": ["BL1"], "status": "OPEN"}],
              "safetyPlans": [{"version": 1, "date": "2019-01-28", "signedBy": ["p1"], "goodEnough": "e", "commitments": [{"by": "n1", "action": "a", "when": "w"}]}],
              "events": [{"type": "FIRST_HEARING", "date": "2019-01-17"}, {"type": "WORDS_AND_PICTURES", "date": "2019-01-20", "subject": "m1"}],
              "scalings": [{"date": "2019-01-28", "by": "p1", "score": 6}],
              "contacts": [{"date": "2019-01-18", "minutes": 90}],
              "extensionRequests": [{"date": "2019-02-20", "reasons": ["GOALS_NOT_YET_REACHED"]}],
              "closure": {"path": "REFERRAL_OCJ", "date": "2019-03-01"},
              "exit": [{"respondent": "p1", "grade": 8, "result": 3.5, "process": 4.0}]
            }
            """;

    /** The valid case with exactly one occurrence of {@code find} replaced. */
    static String with(String find, String replacement) {
        int at = VALID.indexOf(find);
        assertThat(at).as("'%s' occurs in the valid case", find).isNotNegative();
        assertThat(VALID.indexOf(find, at + 1)).as("'%s' occurs once in the valid case", find).isNegative();
        return VALID.replace(find, replacement);
    }

    static InvalidCaseException rejected(String json) {
        Throwable thrown = catchThrowable(() -> CaseJson.read(json));
        assertThat(thrown).isInstanceOf(InvalidCaseException.class);
        return (InvalidCaseException) thrown;
    }

    /** The one problem of an input with a single error. */
    static Problem problem(String json) {
        List<Problem> problems = rejected(json).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void the_valid_case_reads() throws InvalidCaseException {
        Case c = CaseJson.read(VALID);
        assertThat(c.id()).isEqualTo("c1");
        assertThat(c.minors()).hasSize(1);
        assertThat(c.bottomLines().get(0).type()).isEqualTo(BottomLineType.TRUSTED_PERSON);
        assertThat(c.exit().get(0).process()).isEqualTo(4.0);
    }

    @Test
    void a_syntax_error_names_the_path_line_and_column() {
        String json = """
                {
                  "schemaVersion": 1,
                  "id": "c1" "office": "GENT"
                }
                """;
        Problem p = problem(json);
        assertThat(p.path()).isEqualTo("$.id");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(14);
        assertThat(p.message()).startsWith("invalid JSON");
        assertThat(rejected(json)).hasMessageContaining("line 3, column 14");
    }

    @Test
    void an_unknown_field_is_named_with_the_fields_that_are_known() {
        Problem p = problem(with("\"birthDate\": \"2011-04-05\"}", "\"birthDate\": \"2011-04-05\", \"nickname\": \"x\"}"));
        assertThat(p.path()).isEqualTo("$.minors[0].nickname");
        assertThat(p.message()).isEqualTo("unknown field 'nickname'; known fields: birthDate, id");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.column()).isPositive();
    }

    @Test
    void an_unknown_enum_value_lists_the_values_that_are_known() {
        Problem p = problem(with("\"AVAILABLE\"", "\"ON_HOLIDAY\""));
        assertThat(p.path()).isEqualTo("$.parents[0].availability");
        assertThat(p.message()).isEqualTo(
                "unknown value; expected one of AVAILABLE, DETAINED, COMPULSORY_ADMISSION, UNKNOWN");
        assertThat(p.line()).isEqualTo(7);
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                Arguments.of("\"schemaVersion\": 1,", "", "$.schemaVersion", "required"),
                Arguments.of("\"id\": \"c1\",", "", "$.id", "required"),
                Arguments.of("\"office\": \"GENT\",", "", "$.office", "required"),
                Arguments.of("\"petitionDate\": \"2019-01-14\",", "", "$.petitionDate", "required"),
                Arguments.of("[{\"id\": \"m1\", \"birthDate\": \"2011-04-05\"}]", "[]", "$.minors", "at least one minor is required"),
                Arguments.of(", \"birthDate\": \"2011-04-05\"", "", "$.minors[0].birthDate", "required"),
                Arguments.of("\"availability\": \"AVAILABLE\", ", "", "$.parents[0].availability", "required"),
                Arguments.of(", \"livesWithChild\": true", "", "$.parents[0].livesWithChild", "required"),
                Arguments.of("\"kind\": \"INFORMAL\", ", "", "$.network[0].kind", "required"),
                Arguments.of("\"adult\": true, ", "", "$.network[0].adult", "required"),
                Arguments.of("\"role\": \"CONSULTANT\", ", "", "$.professionals[0].role", "required"),
                Arguments.of("\"from\": \"2019-01-20\", ", "", "$.professionals[0].absences[0].from", "required"),
                Arguments.of(", \"minor\": \"m1\"", "", "$.bottomLines[0].minor", "required"),
                Arguments.of("\"type\": \"FIRST_HEARING\", ", "", "$.events[0].type", "required"),
                Arguments.of(", \"subject\": \"m1\"", "", "$.events[1].subject", "required"),
                Arguments.of("\"by\": \"p1\", ", "", "$.scalings[0].by", "required"),
                Arguments.of(", \"score\": 6", "", "$.scalings[0].score", "required"),
                Arguments.of("\"by\": \"n1\", ", "", "$.safetyPlans[0].commitments[0].by", "required"),
                Arguments.of("\"path\": \"REFERRAL_OCJ\", ", "", "$.closure.path", "required"),
                Arguments.of("\"respondent\": \"p1\", ", "", "$.exit[0].respondent", "required"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("missingFields")
    void a_missing_required_field_is_named(String find, String replacement, String path, String message) {
        Problem p = problem(with(find, replacement));
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).isEqualTo(message);
        assertThat(p.line()).isPositive();
    }

    @Test
    void a_case_without_a_minors_list_is_rejected() {
        Problem p = problem(with("\"minors\": [{\"id\": \"m1\", \"birthDate\": \"2011-04-05\"}],", ""));
        assertThat(p.path()).isEqualTo("$.minors");
        assertThat(p.message()).isEqualTo("at least one minor is required");
    }

    @Test
    void a_field_that_belongs_to_another_type_is_rejected() {
        Problem p = problem(with("\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\"",
                "\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\", \"subject\": \"m1\""));
        assertThat(p.path()).isEqualTo("$.events[0].subject");
        assertThat(p.message()).isEqualTo("only for type WORDS_AND_PICTURES");
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("\"score\": 6", "\"score\": \"six\"", "$.scalings[0].score", "expected a whole number"),
                Arguments.of("\"minutes\": 90", "\"minutes\": 90.5", "$.contacts[0].minutes", "expected a whole number"),
                Arguments.of("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", "$.schemaVersion", "expected a whole number"),
                Arguments.of("\"adult\": true", "\"adult\": \"yes\"", "$.network[0].adult", "expected true or false"),
                Arguments.of("\"result\": 3.5", "\"result\": \"3.5\"", "$.exit[0].result", "expected a number"),
                Arguments.of("\"id\": \"c1\"", "\"id\": 17", "$.id", "expected a string"),
                Arguments.of("\"signedBy\": [\"p1\"]", "\"signedBy\": \"p1\"", "$.safetyPlans[0].signedBy", "expected a list"),
                Arguments.of("\"closure\": {\"path\": \"REFERRAL_OCJ\", \"date\": \"2019-03-01\"}", "\"closure\": \"closed\"",
                        "$.closure", "expected an object"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("wrongTypes")
    void a_value_of_the_wrong_type_is_named(String find, String replacement, String path, String message) {
        Problem p = problem(with(find, replacement));
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).isEqualTo(message);
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
    }

    @Test
    void an_impossible_date_is_rejected() {
        Problem p = problem(with("\"date\": \"2019-01-28\", \"by\"", "\"date\": \"2019-02-30\", \"by\""));
        assertThat(p.path()).isEqualTo("$.scalings[0].date");
        assertThat(p.message()).isEqualTo("not a valid date (expected YYYY-MM-DD)");
        assertThat(p.line()).isEqualTo(16);
        assertThat(p.column()).isPositive();

        assertThat(problem(with("\"2011-04-05\"", "\"2011-02-29\"")).path()).isEqualTo("$.minors[0].birthDate");
        assertThat(problem(with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"2019-13-01\"")).path())
                .isEqualTo("$.petitionDate");
    }

    @ParameterizedTest
    @MethodSource("datesInAnotherForm")
    void a_date_must_be_written_as_year_month_day(String date) {
        Problem p = problem(with("\"2011-04-05\"", date));
        assertThat(p.path()).isEqualTo("$.minors[0].birthDate");
        assertThat(p.message()).isEqualTo("not a valid date (expected YYYY-MM-DD)");
    }

    static Stream<String> datesInAnotherForm() {
        return Stream.of("\"2011-04-05T10:00\"", "\"2011-04-05T10:00:00Z\"", "[2011, 4, 5]", "20110405",
                "\"05/04/2011\"", "\"2011-4-5\"", "\"+2011-04-05\"", "\"\"");
    }

    @Test
    void an_absence_that_ends_before_it_starts_is_rejected() {
        Problem p = problem(with("\"to\": \"2019-01-22\"", "\"to\": \"2019-01-19\""));
        assertThat(p.path()).isEqualTo("$.professionals[0].absences[0].to");
        assertThat(p.message()).isEqualTo("ends before it starts");
        assertThat(p.line()).isEqualTo(9);
    }

    @Test
    void a_one_day_absence_is_fine() throws InvalidCaseException {
        Case c = CaseJson.read(with("\"to\": \"2019-01-22\"", "\"to\": \"2019-01-20\""));
        assertThat(c.professionals().get(0).absences().get(0).daysWithin(c.petitionDate(), c.petitionDate().plusDays(41)))
                .isEqualTo(1);
    }

    @Test
    void a_person_id_used_twice_is_a_duplicate_even_across_lists() {
        Problem p = problem(with("\"to\": \"2019-01-22\"}]}]",
                "\"to\": \"2019-01-22\"}]}, {\"id\": \"m1\", \"role\": \"JUDGE\", \"reachable\": true}]"));
        assertThat(p.path()).isEqualTo("$.professionals[1].id");
        assertThat(p.message()).isEqualTo("duplicate id");

        Problem inOneList = problem(with("\"livesWithChild\": true}", "\"livesWithChild\": true}, {\"id\": \"p1\", \"availability\": \"UNKNOWN\", \"livesWithChild\": false}"));
        assertThat(inOneList.path()).isEqualTo("$.parents[1].id");
    }

    @Test
    void a_bottom_line_id_used_twice_is_a_duplicate() {
        Problem p = problem(with("\"minor\": \"m1\", \"status\": \"OPEN\"}]",
                "\"minor\": \"m1\", \"status\": \"OPEN\"}, {\"id\": \"BL1\", \"type\": \"ASSESSED\"}]"));
        assertThat(p.path()).isEqualTo("$.bottomLines[1].id");
        assertThat(p.message()).isEqualTo("duplicate id");
    }

    @Test
    void a_safety_goal_id_or_plan_version_used_twice_is_a_duplicate() {
        assertThat(problem(with("\"status\": \"OPEN\"}],\n  \"safetyPlans\"",
                "\"status\": \"OPEN\"}, {\"id\": \"G1\"}],\n  \"safetyPlans\"")).path())
                .isEqualTo("$.safetyGoals[1].id");
        assertThat(problem(with("\"when\": \"w\"}]}]", "\"when\": \"w\"}]}, {\"version\": 1, \"date\": \"2019-02-01\"}]")).path())
                .isEqualTo("$.safetyPlans[1].version");
    }

    static Stream<Arguments> danglingReferences() {
        return Stream.of(
                Arguments.of("\"by\": \"n1\"", "\"by\": \"n9\"", "$.safetyPlans[0].commitments[0].by", "person"),
                Arguments.of("\"signedBy\": [\"p1\"]", "\"signedBy\": [\"p1\", \"p9\"]", "$.safetyPlans[0].signedBy[1]", "person"),
                Arguments.of("\"bottomLines\": [\"BL1\"]", "\"bottomLines\": [\"BL9\"]", "$.safetyGoals[0].bottomLines[0]", "bottom line"),
                Arguments.of("\"trustedPersonFor\": [\"m1\"]", "\"trustedPersonFor\": [\"m9\"]", "$.network[0].trustedPersonFor[0]", "minor"),
                // a parent is a person, but not a minor
                Arguments.of("\"trustedPersonFor\": [\"m1\"]", "\"trustedPersonFor\": [\"p1\"]", "$.network[0].trustedPersonFor[0]", "minor"),
                Arguments.of("\"by\": \"p1\"", "\"by\": \"p9\"", "$.scalings[0].by", "person"),
                Arguments.of("\"respondent\": \"p1\"", "\"respondent\": \"p9\"", "$.exit[0].respondent", "person"),
                Arguments.of("\"subject\": \"m1\"", "\"subject\": \"n1\"", "$.events[1].subject", "minor"),
                Arguments.of("\"minor\": \"m1\"", "\"minor\": \"m9\"", "$.bottomLines[0].minor", "minor"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("danglingReferences")
    void a_reference_to_nobody_is_named(String find, String replacement, String path, String what) {
        Problem p = problem(with(find, replacement));
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).isEqualTo("refers to no " + what + " of the case");
    }

    @Test
    void every_problem_of_a_case_is_reported() {
        InvalidCaseException e = rejected(with("\"by\": \"p1\"", "\"by\": \"p9\"")
                .replace("\"respondent\": \"p1\"", "\"respondent\": \"p9\""));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.scalings[0].by", "$.exit[0].respondent");
        assertThat(e).hasMessage("$.scalings[0].by: refers to no person of the case (and 1 more problem)");
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("\"score\": 6", "\"score\": 11", "$.scalings[0].score", "must be 0 to 10"),
                Arguments.of("\"score\": 6", "\"score\": -1", "$.scalings[0].score", "must be 0 to 10"),
                Arguments.of("\"grade\": 8", "\"grade\": 0", "$.exit[0].grade", "must be 1 to 10"),
                Arguments.of("\"grade\": 8", "\"grade\": 11", "$.exit[0].grade", "must be 1 to 10"),
                Arguments.of("\"result\": 3.5", "\"result\": 4.5", "$.exit[0].result", "must be 1.0 to 4.0"),
                Arguments.of("\"process\": 4.0", "\"process\": 0.9", "$.exit[0].process", "must be 1.0 to 4.0"),
                Arguments.of("\"minutes\": 90", "\"minutes\": 0", "$.contacts[0].minutes", "must be 1 to 1440"),
                Arguments.of("\"minutes\": 90", "\"minutes\": 1441", "$.contacts[0].minutes", "must be 1 to 1440"),
                Arguments.of("\"version\": 1", "\"version\": 0", "$.safetyPlans[0].version", "must be 1 to 1000"),
                Arguments.of("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", "must be 1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("outOfRange")
    void a_number_out_of_range_is_named(String find, String replacement, String path, String message) {
        Problem p = problem(with(find, replacement));
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).isEqualTo(message);
        assertThat(p.line()).isPositive();
    }

    @Test
    void the_edges_of_the_ranges_are_fine() throws InvalidCaseException {
        Case c = CaseJson.read(with("\"score\": 6", "\"score\": 10")
                .replace("\"grade\": 8, \"result\": 3.5, \"process\": 4.0", "\"grade\": 1, \"result\": 1.0, \"process\": 4.0")
                .replace("\"minutes\": 90", "\"minutes\": 1440"));
        assertThat(c.scalings().get(0).score()).isEqualTo(10);
        assertThat(c.exit().get(0).grade()).isEqualTo(1);
        assertThat(c.contacts().get(0).minutes()).isEqualTo(1440);
    }

    @Test
    void a_number_too_large_for_its_field_is_out_of_range() {
        Problem p = problem(with("\"score\": 6", "\"score\": 99999999999"));
        assertThat(p.path()).isEqualTo("$.scalings[0].score");
        assertThat(p.message()).isEqualTo("number out of range");
        assertThat(p.line()).isEqualTo(16);
    }

    @Test
    void a_key_given_twice_is_rejected() {
        Problem p = problem(with("\"id\": \"c1\",", "\"id\": \"c1\", \"id\": \"c2\","));
        assertThat(p.path()).isEqualTo("$.id");
        assertThat(p.message()).isEqualTo("invalid JSON: duplicate field");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void content_after_the_case_is_rejected() {
        Problem p = problem(VALID + "{}");
        assertThat(p.path()).isEqualTo("$");
        assertThat(p.message()).isEqualTo("content after the case object");
        assertThat(p.line()).isEqualTo(22);
        assertThat(p.column()).isEqualTo(1);

        assertThat(problem(VALID + "garbage").line()).isEqualTo(22);
    }

    @Test
    void no_case_at_all_is_rejected() {
        assertThat(problem("null").message()).isEqualTo("a case object is required");
        assertThat(problem("[]").path()).isEqualTo("$");
        assertThat(problem("").path()).isEqualTo("$");
    }

    @Nested
    class Limits {
        @Test
        void a_document_longer_than_the_limit_is_rejected() {
            String padded = VALID + " ".repeat(CaseJson.MAX_DOCUMENT_CHARS - VALID.length() + 1);
            Problem p = problem(padded);
            assertThat(p.message()).startsWith("too large").contains(String.valueOf(CaseJson.MAX_DOCUMENT_CHARS));
        }

        @Test
        void a_document_at_the_limit_reads() {
            String padded = VALID + " ".repeat(CaseJson.MAX_DOCUMENT_CHARS - VALID.length());
            assertThat(padded).hasSize(CaseJson.MAX_DOCUMENT_CHARS);
            assertThatCode(() -> CaseJson.read(padded)).doesNotThrowAnyException();
        }

        @Test
        void a_string_longer_than_the_limit_is_rejected_at_its_path() {
            Problem p = problem(with("\"text\": \"t\"", "\"text\": \"" + "x".repeat(CaseJson.MAX_STRING_CHARS + 1) + "\""));
            assertThat(p.path()).isEqualTo("$.bottomLines[0].text");
            assertThat(p.message()).startsWith("too large").contains(String.valueOf(CaseJson.MAX_STRING_CHARS))
                    .doesNotContain("StreamReadConstraints");
            assertThat(p.line()).isEqualTo(12);
        }

        @Test
        void a_string_at_the_limit_reads() throws InvalidCaseException {
            Case c = CaseJson.read(with("\"text\": \"t\"", "\"text\": \"" + "x".repeat(CaseJson.MAX_STRING_CHARS) + "\""));
            assertThat(c.bottomLines().get(0).text()).hasSize(CaseJson.MAX_STRING_CHARS);
        }

        @Test
        void a_field_name_longer_than_the_limit_is_rejected() {
            Problem p = problem(with("\"dangerStatement\": \"d\",", "\"" + "k".repeat(CaseJson.MAX_NAME_CHARS + 1) + "\": 1,"));
            assertThat(p.message()).startsWith("too large").contains(String.valueOf(CaseJson.MAX_NAME_CHARS));
            assertThat(p.line()).isEqualTo(11);
        }

        @Test
        void a_number_with_too_many_digits_is_rejected_at_its_path() {
            Problem p = problem(with("\"minutes\": 90", "\"minutes\": " + "9".repeat(30)));
            assertThat(p.path()).isEqualTo("$.contacts[0].minutes");
            assertThat(p.message()).startsWith("too large");
        }

        @Test
        void nesting_deeper_than_the_limit_is_rejected_without_exhausting_the_stack() {
            // The schema nests at most 5 deep, so the reader stops at the first level too many;
            // the limit guards against parsers that would descend further.
            String deep = "[".repeat(CaseJson.MAX_NESTING + 1) + "]".repeat(CaseJson.MAX_NESTING + 1);
            assertThat(problem(with("\"dangerStatement\": \"d\"", "\"dangerStatement\": " + deep)).path())
                    .isEqualTo("$.dangerStatement");
            String hostile = "[".repeat(200_000) + "]".repeat(200_000);
            assertThat(problem(with("[{\"id\": \"m1\", \"birthDate\": \"2011-04-05\"}]", hostile)).path()).startsWith("$.minors");
            assertThat(problem(hostile).path()).isEqualTo("$");
        }
    }

    /** Error messages never repeat a value from the file: it may be a name or a birth date. */
    @Nested
    class NoValuesInMessages {
        private static final String NAME = "Zoë-Secret";
        private static final String BIRTH = "2011-04-05";

        static Stream<Arguments> inputs() {
            return Stream.of(
                    Arguments.of("unknown field with a name as value", with("\"birthDate\": \"2011-04-05\"}",
                            "\"birthDate\": \"2011-04-05\", \"name\": \"Zoë-Secret\"}")),
                    Arguments.of("unknown field with a name as key", with("\"birthDate\": \"2011-04-05\"}",
                            "\"birthDate\": \"2011-04-05\", \"Zoë-Secret\": \"2011-04-05\"}")),
                    Arguments.of("unknown enum value", with("\"AVAILABLE\"", "\"Zoë-Secret\"")),
                    Arguments.of("impossible birth date", with("\"2011-04-05\"", "\"2011-02-30\"")),
                    Arguments.of("a name for a date", with("\"2011-04-05\"", "\"Zoë-Secret\"")),
                    Arguments.of("a date for a number", with("\"score\": 6", "\"score\": \"2011-04-05\"")),
                    Arguments.of("a name for a boolean", with("\"adult\": true", "\"adult\": \"Zoë-Secret\"")),
                    Arguments.of("a name for a list", with("\"signedBy\": [\"p1\"]", "\"signedBy\": \"Zoë-Secret\"")),
                    Arguments.of("a name as office", with("\"GENT\"", "\"Zoë-Secret\"")),
                    Arguments.of("a name as dangling reference", with("\"by\": \"n1\"", "\"by\": \"Zoë-Secret\"")),
                    Arguments.of("a name as duplicate id", with("\"id\": \"m1\"", "\"id\": \"Zoë-Secret\"")
                            .replace("\"id\": \"p1\"", "\"id\": \"Zoë-Secret\"")),
                    Arguments.of("an unquoted name", with("\"dangerStatement\": \"d\"", "\"dangerStatement\": Zoë-Secret")),
                    Arguments.of("a name with a control character", with("\"dangerStatement\": \"d\"", "\"dangerStatement\": \"Zoë-Secret\n\"")),
                    Arguments.of("a name after the case", VALID + "Zoë-Secret"),
                    Arguments.of("a name in a key given twice", with("\"dangerStatement\": \"d\"",
                            "\"dangerStatement\": \"Zoë-Secret\", \"dangerStatement\": \"Zoë-Secret\"")),
                    Arguments.of("a long string with a name", with("\"text\": \"t\"",
                            "\"text\": \"Zoë-Secret " + "x".repeat(CaseJson.MAX_STRING_CHARS) + "\"")),
                    Arguments.of("a huge number", with("\"score\": 6", "\"score\": 20110405112233")),
                    Arguments.of("a name in an unterminated string", "{\"schemaVersion\": 1, \"id\": \"Zoë-Secret"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("inputs")
        void the_message_holds_no_value_of_the_file(String kind, String json) {
            InvalidCaseException e = rejected(json);
            assertThat(e.getMessage()).doesNotContain(NAME).doesNotContain("Zo").doesNotContain(BIRTH)
                    .doesNotContain("2011-02-30").doesNotContain("20110405");
            for (Problem p : e.problems()) {
                assertThat(p.toString()).doesNotContain(NAME).doesNotContain("Zo").doesNotContain(BIRTH)
                        .doesNotContain("2011-02-30").doesNotContain("20110405");
            }
        }
    }
}
