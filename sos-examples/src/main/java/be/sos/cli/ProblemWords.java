package be.sos.cli;

import be.sos.core.json.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case file's problems in the chosen language. The reader of sos-core words its problems in
 * English; for Dutch each known wording is matched here and worded by {@code problem.KEY} of
 * {@code words_nl.properties}, with {@code {1}}, {@code {2}} the parts the wording carries (codes,
 * numbers, field names: never a value of the file).
 */
final class ProblemWords {
    /** At most this many problems are listed, then how many more there are. */
    static final int MAX_LISTED = 50;

    private record Wording(String key, Pattern pattern) {}

    private static final List<Wording> WORDINGS = List.of(
            w("required", "required"),
            w("blank", "must not be blank"),
            w("tooLong", "longer than (\\d+) characters"),
            w("nullInList", "must not contain null"),
            w("range", "must be (-?\\d+) to (-?\\d+)"),
            w("exactly", "must be (\\d+)"),
            w("office", "must be an upper-case name such as GENT"),
            w("noMinor", "at least one minor is required"),
            w("onlyFor", "only for type (\\w+)"),
            w("endsBefore", "ends before it starts"),
            w("noCase", "a case object is required"),
            w("duplicateId", "duplicate id"),
            w("duplicateVersion", "duplicate version"),
            w("refersMinor", "refers to no minor of the case"),
            w("refersPerson", "refers to no person of the case"),
            w("refersBottomLine", "refers to no bottom line of the case"),
            w("afterCase", "content after the case object"),
            w("tooLargeString", "too large: String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)"),
            w("tooLargeName", "too large: Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)"),
            w("tooLargeDocument", "too large: Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)"),
            w("tooDeep", "too large: Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)"),
            w("tooLarge", "too large: .*"),
            w("outOfRange", "number out of range"),
            w("duplicateField", "invalid JSON: duplicate field"),
            w("endsEarly", "invalid JSON: the text ends before the case is complete"),
            w("unexpectedCharacter", "invalid JSON: unexpected character"),
            w("invalidJson", "invalid JSON"),
            w("unknownField", "unknown field( '\\w+')?; known fields: (.*)"),
            w("unknownValue", "unknown value( '\\w+')?; expected one of (.*)"),
            w("date", "not a valid date \\(expected YYYY-MM-DD\\)"),
            w("wholeNumber", "expected a whole number"),
            w("number", "expected a number"),
            w("bool", "expected true or false"),
            w("string", "expected a string"),
            w("list", "expected a list"),
            w("object", "expected an object"),
            w("oneOf", "expected one of (.*)"),
            w("otherKind", "expected another kind of value"),
            w("invalidValue", "invalid value"),
            w("unreadable", "unreadable"));

    private ProblemWords() {}

    private static Wording w(String key, String regex) {
        return new Wording(key, Pattern.compile(regex));
    }

    /** One problem as one line: its JSON path, what is wrong, and where in the text when known. */
    static String line(Problem problem, Words words) {
        String where = problem.line() > 0 ? " " + words.get("problem.where", problem.line(), problem.column()) : "";
        return problem.path() + ": " + message(problem.message(), words) + where;
    }

    /** A problem's wording in the language of {@code words}; English is the reader's own. */
    static String message(String english, Words words) {
        if (!"nl".equals(words.locale().getLanguage())) {
            return english;
        }
        for (Wording wording : WORDINGS) {
            Matcher m = wording.pattern().matcher(english);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount() + 1];
                for (int g = 1; g <= m.groupCount(); g++) {
                    groups[g] = m.group(g) == null ? "" : m.group(g);
                }
                groups[0] = "";
                return words.get("problem." + wording.key(), groups);
            }
        }
        return english;
    }

    /** The keys of every wording, for the test that the Dutch bundle has them all. */
    static List<String> keys() {
        return WORDINGS.stream().map(w -> "problem." + w.key()).toList();
    }
}
