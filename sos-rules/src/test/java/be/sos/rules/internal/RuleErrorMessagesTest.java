package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sos.core.testing.BundleWords;
import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mistakes a rule author typically makes give one message each, as {@code FILE:LINE:COL:
 * message} (the README, "Command line"), in the author's terms, at the place of the mistake.
 */
class RuleErrorMessagesTest {
    private static List<String> problems(String drl) {
        return RuleSetCompiler.check(RuleTexts.alone("regels.drl", drl)).stream().map(RuleProblem::toString).toList();
    }

    private static List<String> compileProblems(Map<String, String> drl) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(RuleTexts.alone(drl)));
        assertThat(e).as("the rule set compiled").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    @Test
    void a_missing_bracket_is_found_where_the_parser_stops() {
        assertThat(problems(RuleTexts.rule("$p : Procedure( day > 3", "out.warning(\"X\");"))).containsExactly(
                "regels.drl:11:1: unexpected 'then' in rule \"TEST-01 Een regel om te testen\": "
                        + "is a ')' or ',' missing before it, or an 'end' after the rule before?");
    }

    @Test
    void an_unknown_type_is_named_with_the_type_it_may_be() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()\n    Minr() from $p.minors()", "out.warning(\"X\");")))
                .containsExactly("regels.drl:11:5: unknown type 'Minr'; did you mean 'Minor'?");
    }

    @Test
    void a_type_that_is_not_imported_says_which_import_is_missing() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()\n    Minor() from $p.minors()", "out.warning(\"X\");")))
                .containsExactly("regels.drl:11:5: 'Minor' is not imported: add 'import be.sos.core.model.Minor;'");
    }

    @Test
    void an_unknown_field_is_named_with_the_field_it_may_be() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()\n    NetworkMember( adlt == true ) from $p.network()", "out.warning(\"X\");")))
                .containsExactly("regels.drl:11:20: unknown field 'adlt' on NetworkMember; did you mean 'adult'?");
    }

    /** A file with one rule whose conditions start on line 11, importing the types it names. */
    private static String withImports(String when) {
        return """
                package be.sos.rules.drl;

                import be.sos.core.model.Event;
                import be.sos.core.model.EventType;
                import be.sos.core.model.Parent;
                import be.sos.core.model.Professional;
                import be.sos.core.model.Role;

                global be.sos.rules.facts.Outcomes out;
                rule "TEST-01 Een regel om te testen" @id(TEST-01) @source("test") when
                    %s
                then
                    out.warning("X");
                end
                """.formatted(when);
    }

    @Test
    void a_list_that_is_no_fact_of_its_own_is_reached_with_from() {
        assertThat(problems(withImports("Event( type == EventType.FIRST_HEARING )"))).containsExactly(
                "regels.drl:11:5: Event is not a fact of its own: reach it with 'from', such as Event( ... ) from $p.events()");
    }

    @Test
    void the_parts_of_a_case_are_matched_without_from() {
        assertThat(problems(withImports("not Professional( role == Role.JUDGE )\n    Parent( livesWithChild )"))).isEmpty();
    }

    @Test
    void a_field_of_a_field_is_checked_on_its_own_type() {
        assertThat(problems(RuleTexts.rule("Procedure( intake.workablePlanExpectd != true )", "out.warning(\"X\");")))
                .containsExactly("regels.drl:10:23: unknown field 'workablePlanExpectd' on Intake; did you mean 'workablePlanExpected'?");
    }

    @Test
    void a_misspelled_outcome_is_named_with_the_outcome_it_may_be() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()", "out.wrning(\"HD_END_NEAR\");")))
                .containsExactly("regels.drl:12:9: unknown outcome 'wrning'; did you mean 'warning'?");
    }

    @Test
    void a_misspelled_binding_is_named_with_the_binding_it_may_be() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()", "insert(out.window(EventType.BMO, $pp.day(75), $p.day(75)));")
                .replace("import be.sos.core.model.NetworkMember;", "import be.sos.core.model.EventType;")))
                .containsExactly("regels.drl:12:38: unknown name '$pp'; did you mean '$p'?");
    }

    @Test
    void a_value_of_the_wrong_kind_says_what_was_expected() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()", "insert(out.window(EventType.BMO, \"dag 75\", $p.day(75)));")
                .replace("import be.sos.core.model.NetworkMember;", "import be.sos.core.model.EventType;")))
                .containsExactly("regels.drl:12:38: value 2 of 'out.window' must be a date (LocalDate), not text");
    }

    @Test
    void comparing_a_date_with_a_number_is_refused() {
        assertThat(problems(RuleTexts.rule("Procedure( closedOn > 60 )", "out.warning(\"X\");")))
                .containsExactly("regels.drl:10:16: cannot compare a date (LocalDate) with a number");
    }

    @Test
    void a_missing_semicolon_is_found_at_the_end_of_its_line() {
        assertThat(problems(RuleTexts.rule("$p : Procedure()", "out.warning(\"X\")\n    out.warning(\"Y\");")))
                .containsExactly("regels.drl:12:20: the consequence cannot be read: a ';' is missing: found 'out' where a ';' was expected");
    }

    @Test
    void a_rule_without_id_or_source_is_refused_at_its_line() {
        String drl = RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");").replace(" @id(TEST-01) @source(\"test\")", "");
        assertThat(problems(drl)).containsExactly(
                "regels.drl:8:1: rule \"TEST-01 Een regel om te testen\" has no @id: give it a stable id that no other rule has, such as @id(DL-20)",
                "regels.drl:8:1: rule \"TEST-01 Een regel om te testen\" has no @source: cite the paragraph of the policy it encodes, such as @source(\"§8 dag 5\")");
    }

    @Test
    void an_id_used_twice_in_the_rule_set_is_refused_at_the_second_rule() {
        String first = RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");");
        String second = first.replace("TEST-01 Een regel om te testen\"", "TEST-02 Een tweede regel\"");
        List<RuleProblem> problems = RuleSetCompiler.check(RuleTexts.alone(Map.of("a.drl", first, "b.drl", second)));
        assertThat(problems).extracting(RuleProblem::toString).containsExactly(
                "b.drl:8:33: rule \"TEST-02 Een tweede regel\": @id(TEST-01) is also the id of rule "
                        + "\"TEST-01 Een regel om te testen\" at a.drl:8; each rule has its own id");
    }

    @Test
    void a_quoted_id_is_refused() {
        String drl = RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");").replace("@id(TEST-01)", "@id(\"TEST-01\")");
        assertThat(problems(drl)).containsExactly(
                "regels.drl:8:39: rule \"TEST-01 Een regel om te testen\": write @id without quotes, such as @id(TEST-01)");
    }

    @Test
    void a_problem_drools_finds_in_a_consequence_is_placed_on_the_rule_not_on_a_generated_class() {
        String drl = RuleTexts.rule("$p : Procedure()", "out.warning(\"X\", 99999999999);");
        assertThat(problems(drl)).as("the gate lets it pass; Drools' compiler finds it").isEmpty();

        assertThat(compileProblems(Map.of("regels.drl", drl))).containsExactly(
                "regels.drl:12:5: in the consequence of rule \"TEST-01 Een regel om te testen\": the number 99999999999 is too large");
    }

    @Test
    void a_problem_drools_finds_in_a_condition_is_placed_on_the_condition() {
        String drl = RuleTexts.rule("Procedure( day > 99999999999 )", "out.warning(\"X\");");
        assertThat(problems(drl)).isEmpty();

        assertThat(compileProblems(Map.of("regels.drl", drl))).containsExactly(
                "regels.drl:10:16: in a condition of rule \"TEST-01 Een regel om te testen\": the number 99999999999 is too large");
    }

    @Test
    void a_message_without_a_line_that_names_a_rule_is_placed_on_that_rule() {
        RuleFiles files = RuleTexts.alone("regels.drl", RuleTexts.rule("$p : Procedure()", "out.warning(\"X\");"));
        BuildMessages messages = new BuildMessages(files, RuleGate.check(files).rules());

        RuleProblem problem = messages.problem("src/main/resources/be/sos/rules/drl/regels.drl", -1,
                "Unable to resolve something in rule \"TEST-01 Een regel om te testen\"");

        assertThat(problem).hasToString("regels.drl:8:1: rule \"TEST-01 Een regel om te testen\": "
                + "Unable to resolve something in rule \"TEST-01 Een regel om te testen\"");
    }

    /** The words of the tool's own messages in {@code language} that the other language does not use. */
    private static java.util.Set<String> problemWords(String language, String other) throws java.io.IOException {
        return BundleWords.onlyIn("/be/sos/rules/tool_{lang}.properties", language, other, "problem.");
    }

    /** The words of a message that are in {@code foreign}, leaving out what is quoted from the rule file. */
    private static List<String> foreignWords(String message, java.util.Set<String> foreign) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(message.replaceAll("'[^']*'|\"[^\"]*\"", " "));
        while (m.find()) {
            if (foreign.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static String many(String part, int n) {
        return String.join("\n    ", java.util.Collections.nCopies(n, part));
    }

    /** One broken rule file for each family of the gate's messages, and a word of its Dutch wording. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> gateFamilies() {
        String ok = "out.warning(\"X\");";
        return java.util.stream.Stream.of(
                // limits
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("Procedure( ((((((((day > 3)))))))) )", ok), "diep in elkaar"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()\n    " + many("not Procedure( day > 3 )", 25), ok), "hoogstens 24 keer"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()\n    " + many("Procedure( day > 3 )", 12), ok), "patronen; een regel mag er hoogstens"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()\n    " + many("NetworkMember() from $p.network()", 5), ok), "met 'from'"),
                // unknown field, method, outcome, type, with "did you mean"
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()\n    NetworkMember( adlt == true ) from $p.network()", ok),
                        "onbekend veld 'adlt' van NetworkMember; bedoelde je 'adult'?"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()", "out.wrning(\"HD_END_NEAR\");"), "onbekende uitkomst 'wrning'; bedoelde je"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure( day.sise() > 1 )", ok), "onbekende methode"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()\n    Minr() from $p.minors()", ok), "onbekend type 'Minr'"),
                // not available in rule files
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure( \"a\".concat(\"b\") == \"ab\" )", ok), "niet toegelaten in regelbestanden"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()", "System.exit(1);"), "niet toegelaten"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()", "for (int i = 0; i < 3; i++) { out.warning(\"X\"); }"), "lussen"),
                // what a rule says of itself, and the parser's own
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()", ok).replace(" @id(TEST-01) @source(\"test\")", ""), "heeft geen @id"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()", "out.warning(\"X\")\n    out.warning(\"Y\");"), "er ontbreekt een ';'"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure( closedOn > 60 )", ok), "kan niet vergeleken worden met"),
                org.junit.jupiter.params.provider.Arguments.of(RuleTexts.rule("$p : Procedure()", "out.warning(\"X\", null, $p.day(\"dag 75\"));"), "moet een getal zijn, niet tekst"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("gateFamilies")
    void the_gates_problems_are_written_in_dutch_without_english_words(String drl, String dutch) throws java.io.IOException {
        java.util.Set<String> englishOnly = problemWords("en", "nl");
        assertThat(englishOnly).contains("unknown", "available", "nested", "patterns");
        List<RuleProblem> problems = RuleSetCompiler.check(RuleTexts.alone("regels.drl", drl));
        assertThat(problems).isNotEmpty();
        Locale nl = Locale.forLanguageTag("nl");
        assertThat(problems.stream().map(p -> p.message(nl))).as(problems.toString()).anySatisfy(m -> assertThat(m).contains(dutch));
        for (RuleProblem p : problems) {
            assertThat(p.message(Locale.ENGLISH)).isEqualTo(p.message());
            assertThat(foreignWords(p.message(nl), englishOnly)).as(p.message() + " -> " + p.message(nl)).isEmpty();
        }
    }
}
