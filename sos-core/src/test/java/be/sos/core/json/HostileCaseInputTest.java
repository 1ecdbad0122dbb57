package be.sos.core.json;

import static be.sos.core.json.CaseJsonTest.VALID;
import static be.sos.core.json.CaseJsonTest.problem;
import static be.sos.core.json.CaseJsonTest.rejected;
import static be.sos.core.json.CaseJsonTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile case files, kind by kind: what was tried, and what must happen. Each row is one input
 * with one problem; the reader must refuse it with an {@link InvalidCaseException} that names the
 * path, never a value of the file. Add a row for every new kind found.
 */
class HostileCaseInputTest {
    private static final String ID_RULE = "must be 1 to 100 characters, each a letter A-Z or a-z, a digit, '.', '_' or '-'";
    private static final String DATE_RANGE = "a date outside 1900-01-01 to 2200-12-31";

    /** What was tried, the case file, the path that must be named and the message that must be given. */
    static Stream<Arguments> refused() {
        return Stream.of(
                // ids reach calendars, terminals and reports: only [A-Za-z0-9._-], 1 to 100 of them
                row("a case id with a bare CR and iCalendar properties after it",
                        with("\"id\": \"c1\"", "\"id\": \"x\\rURL:http://evil.example/\\rATTENDEE:mailto:a@evil.example\""), "$.id", ID_RULE),
                row("a case id with ESC (a terminal escape sequence)", with("\"id\": \"c1\"", "\"id\": \"c1\\u001b[2J\""), "$.id", ID_RULE),
                row("a case id with BEL", with("\"id\": \"c1\"", "\"id\": \"c1\\u0007\""), "$.id", ID_RULE),
                row("a case id with a line feed", with("\"id\": \"c1\"", "\"id\": \"c1\\nDTSTART:19700101\""), "$.id", ID_RULE),
                row("a case id with a space", with("\"id\": \"c1\"", "\"id\": \"c 1\""), "$.id", ID_RULE),
                row("a case id with a letter outside ASCII", with("\"id\": \"c1\"", "\"id\": \"c\u00eb1\""), "$.id", ID_RULE),
                row("a case id with a right-to-left override", with("\"id\": \"c1\"", "\"id\": \"c\\u202e1\""), "$.id", ID_RULE),
                row("an empty case id", with("\"id\": \"c1\"", "\"id\": \"\""), "$.id", ID_RULE),
                row("a case id of 101 characters", with("\"id\": \"c1\"", "\"id\": \"" + "c".repeat(101) + "\""), "$.id", ID_RULE),
                row("a minor id with markup", with("\"id\": \"m1\"", "\"id\": \"<b>m1</b>\""), "$.minors[0].id", ID_RULE),
                row("a parent id with a colon", with("\"id\": \"p1\"", "\"id\": \"p:1\""), "$.parents[0].id", ID_RULE),
                row("a network member id with a semicolon", with("\"id\": \"n1\"", "\"id\": \"n;1\""), "$.network[0].id", ID_RULE),
                row("a professional id with a slash", with("\"id\": \"cons1\"", "\"id\": \"cons/1\""), "$.professionals[0].id", ID_RULE),
                row("a bottom line id with a comma", with("\"id\": \"BL1\"", "\"id\": \"BL,1\""), "$.bottomLines[0].id", ID_RULE),
                row("a safety goal id with a tab", with("\"id\": \"G1\"", "\"id\": \"G\\t1\""), "$.safetyGoals[0].id", ID_RULE),
                row("a trusted person's minor with a CR", with("\"trustedPersonFor\": [\"m1\"]", "\"trustedPersonFor\": [\"m\\r1\"]"),
                        "$.network[0].trustedPersonFor[0]", ID_RULE),
                row("a bottom line's minor with a CR", with("\"minor\": \"m1\"", "\"minor\": \"m\\r1\""), "$.bottomLines[0].minor", ID_RULE),
                row("a goal's bottom line with a CR", with("\"bottomLines\": [\"BL1\"]", "\"bottomLines\": [\"BL\\r1\"]"),
                        "$.safetyGoals[0].bottomLines[0]", ID_RULE),
                row("a signature with a CR", with("\"signedBy\": [\"p1\"]", "\"signedBy\": [\"p1\", \"p\\r1\"]"),
                        "$.safetyPlans[0].signedBy[1]", ID_RULE),
                row("a commitment's person with a CR", with("\"by\": \"n1\"", "\"by\": \"n\\r1\""),
                        "$.safetyPlans[0].commitments[0].by", ID_RULE),
                row("an event's subject with a CR", with("\"subject\": \"m1\"", "\"subject\": \"m\\r1\""), "$.events[1].subject", ID_RULE),
                row("a scaling's person with a CR", with("\"by\": \"p1\"", "\"by\": \"p\\r1\""), "$.scalings[0].by", ID_RULE),
                row("an EXIT respondent with a CR", with("\"respondent\": \"p1\"", "\"respondent\": \"p\\r1\""), "$.exit[0].respondent", ID_RULE),

                // dates: 1900-01-01 to 2200-12-31, so that no day count overflows
                row("a petition before 1900", with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"1899-12-31\""),
                        "$.petitionDate", DATE_RANGE),
                row("a petition after 2200", with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"2201-01-01\""),
                        "$.petitionDate", DATE_RANGE),
                row("a birth date in year 1", with("\"2011-04-05\"", "\"0001-04-05\""), "$.minors[0].birthDate", DATE_RANGE),
                row("an absence ending in year 9999", with("\"to\": \"2019-01-22\"", "\"to\": \"9999-12-31\""),
                        "$.professionals[0].absences[0].to", DATE_RANGE),
                row("an event in year 9999", with("\"date\": \"2019-01-17\"", "\"date\": \"9999-12-31\""), "$.events[0].date", DATE_RANGE),
                row("a year of nine digits", with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"+999999999-12-31\""),
                        "$.petitionDate", "not a valid date (expected YYYY-MM-DD)"),

                // impossible clocks (docs/policy.md §4)
                row("a dispatch to the module before the petition",
                        with("{\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\"}", "{\"type\": \"DISPATCH_TO_MODULE\", \"date\": \"2019-01-13\"}"),
                        "$.events[0].date", "a dispatch to the module before the petition date"),
                row("a closure before the petition", with("\"date\": \"2019-03-01\"", "\"date\": \"2019-01-13\""),
                        "$.closure.date", "a closure before the petition date"),

                // byte order marks: one before the case is left out, anything more is not JSON
                row("two byte order marks", "\uFEFF\uFEFF" + VALID, "$", "invalid JSON"),
                row("a byte order mark inside the case", with("\"id\": \"c1\"", "\uFEFF\"id\": \"c1\""), "$.schemaVersion", "invalid JSON"));
    }

    private static Arguments row(String tried, String json, String path, String message) {
        return Arguments.of(tried, json, path, message);
    }

    private static Arguments row(String tried, String json) {
        return Arguments.of(tried, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void is_refused_naming_the_path(String tried, String json, String path, String message) {
        Problem p = problem(json);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).startsWith(message);
    }

    @Test
    void bytes_taken_for_utf_32_that_are_no_text_are_an_invalid_case_not_a_failure_to_read() throws Exception {
        // found by CaseJsonFuzzer (CaseJsonFuzzerInputs/readsAnyBytes/utf-32-beyond-unicode): zero bytes
        // before the text make the parser read UTF-32, and "Vers" is then a code point beyond Unicode
        byte[] bytes;
        try (var in = HostileCaseInputTest.class.getResourceAsStream("CaseJsonFuzzerInputs/readsAnyBytes/utf-32-beyond-unicode")) {
            bytes = in.readAllBytes();
        }
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> CaseJson.read(new ByteArrayInputStream(bytes)));
        assertThat(thrown).isInstanceOf(InvalidCaseException.class).hasMessage("$: not text in UTF-8");
    }

    @Test
    void the_first_and_last_dates_read() throws InvalidCaseException {
        Case c = CaseJson.read(with("\"2011-04-05\"", "\"1900-01-01\"").replace("\"to\": \"2019-01-22\"", "\"to\": \"2200-12-31\""));
        assertThat(c.minors().get(0).birthDate()).isEqualTo(CaseJson.FIRST_DATE);
        assertThat(c.professionals().get(0).absences().get(0).to()).isEqualTo(CaseJson.LAST_DATE);
    }

    @Test
    void a_dispatch_and_a_closure_on_the_petition_date_itself_read() throws InvalidCaseException {
        Case c = CaseJson.read(with("{\"type\": \"FIRST_HEARING\", \"date\": \"2019-01-17\"}",
                "{\"type\": \"DISPATCH_TO_MODULE\", \"date\": \"2019-01-14\"}").replace("\"date\": \"2019-03-01\"", "\"date\": \"2019-01-14\""));
        assertThat(c.closure().date()).isEqualTo(c.petitionDate());
    }

    @Test
    void ids_of_letters_digits_dots_underscores_and_hyphens_read() throws InvalidCaseException {
        String id = "Gent.2019_01-a" + "x".repeat(86);
        assertThat(id).hasSize(100);
        assertThat(CaseJson.read(with("\"id\": \"c1\"", "\"id\": \"" + id + "\"")).id()).isEqualTo(id);
    }

    @Test
    void a_byte_order_mark_before_the_case_is_left_out_from_text_and_from_bytes() throws Exception {
        Case plain = CaseJson.read(VALID);
        assertThat(CaseJson.read("\uFEFF" + VALID)).isEqualTo(plain);
        byte[] bytes = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(CaseJson.read(new ByteArrayInputStream(bytes))).isEqualTo(plain);
    }

    /**
     * No value of the file in any message: a marker that looks like a code (so that no rule of
     * "show it only if it is a code" lets it through) and a marker date go into every kind of
     * error; neither may come out. Field names are not values: they may show in the path.
     */
    static Stream<Arguments> markers() {
        String m = MARKER;
        return Stream.of(
                row("unknown availability", with("\"AVAILABLE\"", q(m))),
                row("unknown role", with("\"CONSULTANT\"", q(m))),
                row("unknown relation", with("\"FAMILY\"", q(m))),
                row("unknown network kind", with("\"INFORMAL\"", q(m))),
                row("unknown bottom line type", with("\"TRUSTED_PERSON\"", q(m))),
                row("unknown goal status", with("\"status\": \"OPEN\"}],\n  \"safetyPlans\"", "\"status\": " + q(m) + "}],\n  \"safetyPlans\"")),
                row("unknown event type", with("\"FIRST_HEARING\"", q(m))),
                row("unknown extension reason", with("\"GOALS_NOT_YET_REACHED\"", q(m))),
                row("unknown closure path", with("\"REFERRAL_OCJ\"", q(m))),
                row("unknown starting situation", with("\"office\": \"GENT\",", "\"office\": \"GENT\", \"startingSituation\": " + q(m) + ",")),
                row("the marker as an office", with("\"GENT\"", q(m.toLowerCase()))),
                row("the marker as an id with a space", with("\"id\": \"m1\"", "\"id\": " + q(m.replace('_', ' ')))),
                row("the marker as an id with a control character", with("\"id\": \"m1\"", "\"id\": " + q(m + "\\u0007"))),
                row("the marker as a dangling reference", with("\"by\": \"n1\"", "\"by\": " + q(m))),
                row("the marker as a duplicate id", with("\"id\": \"m1\"", "\"id\": " + q(m)).replace("\"id\": \"p1\"", "\"id\": " + q(m))),
                row("the marker as a date", with("\"2011-04-05\"", q(m))),
                row("the marker as a whole number", with("\"score\": 6", "\"score\": " + q(m))),
                row("the marker as a number", with("\"result\": 3.5", "\"result\": " + q(m))),
                row("the marker as a boolean", with("\"adult\": true", "\"adult\": " + q(m))),
                row("the marker as a list", with("\"signedBy\": [\"p1\"]", "\"signedBy\": " + q(m))),
                row("the marker as an object", with("\"closure\": {\"path\": \"REFERRAL_OCJ\", \"date\": \"2019-03-01\"}", "\"closure\": " + q(m))),
                row("the marker in a list of objects", with("[{\"id\": \"m1\", \"birthDate\": \"2011-04-05\"}]", "[" + q(m) + "]")),
                row("the marker as schema version", with("\"schemaVersion\": 1", "\"schemaVersion\": " + q(m))),
                row("the marker unquoted", with("\"dangerStatement\": \"d\"", "\"dangerStatement\": " + m)),
                row("the marker unquoted after a quote", with("\"dangerStatement\": \"d\"", "\"dangerStatement\": \"d\"" + m)),
                row("the marker after the case", VALID + m),
                row("the marker in an unterminated string", "{\"schemaVersion\": 1, \"id\": \"" + m),
                row("the marker with a raw control character", with("\"dangerStatement\": \"d\"", "\"dangerStatement\": \"" + m + "\u0001\"")),
                row("the marker date out of range", with("\"2011-04-05\"", q(MARKER_DATE))),
                row("the marker date as a number", with("\"score\": 6", "\"score\": " + MARKER_DATE.replace("-", "") + "112233")),
                row("the marker date as a petition after a closure", with("\"petitionDate\": \"2019-01-14\"", "\"petitionDate\": \"2019-03-02\"")),
                row("the marker date as an absence ending before it starts", with("\"to\": \"2019-01-22\"", "\"to\": \"2019-01-19\"")));
    }

    private static final String MARKER = "Jan_Janssens";
    private static final String MARKER_DATE = "1850-04-05";

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markers")
    void no_message_repeats_a_value_of_the_file(String tried, String json) {
        InvalidCaseException e = rejected(json);
        StringBuilder all = new StringBuilder(e.getMessage());
        e.problems().forEach(p -> all.append('\n').append(p));
        assertThat(all.toString()).doesNotContain("Janssens").doesNotContain("janssens").doesNotContain("1850")
                .doesNotContain("2019-03-02").doesNotContain("2019-01-19").doesNotContain("(code");
    }

    @Test
    void the_markers_read_where_they_are_valid() throws InvalidCaseException {
        // the marker is a valid id: the rows above fail for what they are, not for the marker itself
        assertThat(CaseJson.read(with("\"id\": \"c1\"", "\"id\": " + q(MARKER))).id()).isEqualTo(MARKER);
        assertThat(LocalDate.parse(MARKER_DATE)).isBefore(CaseJson.FIRST_DATE);
    }
}
