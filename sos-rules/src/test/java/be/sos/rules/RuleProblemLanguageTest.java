package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The problems of a rule set in Dutch and English ({@link RuleProblem#message(Locale)}). */
class RuleProblemLanguageTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    /** A problem of a rule file, in Dutch. */
    private static String dutch(String english) {
        return new RuleProblem("a.drl", 3, 9, english).message(NL);
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void every_problem_has_both_wordings_with_the_same_values() {
        Map<String, String> en = ToolText.values("en", "problem.");
        Map<String, String> nl = ToolText.values("nl", "problem.");
        assertThat(nl.keySet()).isEqualTo(en.keySet());
        assertThat(en).hasSizeGreaterThan(60);
        en.forEach((key, text) -> assertThat(placeholders(nl.get(key))).as(key).isEqualTo(placeholders(text)));
    }

    @Test
    void a_problem_is_written_in_dutch_with_its_values_and_in_english_as_it_is() {
        RuleProblem p = new RuleProblem("procedure.properties", 62, 183,
                "absence.warning.days (5) must be below absence.blocking.days (5, line 61)");
        assertThat(p.toString(Locale.ENGLISH)).isEqualTo(p.toString());
        assertThat(p.toString(NL)).isEqualTo("procedure.properties:62:183: absence.warning.days (5) moet kleiner dan absence.blocking.days zijn (5, lijn 61)");
        assertThat(new RuleProblem("plan.drl", 85, 38, "no parameter 'plan.word-and-pictures.day' in procedure.properties; did you mean "
                + "'plan.words-and-pictures.day'?").message(NL))
                .isEqualTo("geen parameter 'plan.word-and-pictures.day' in procedure.properties; bedoelde je 'plan.words-and-pictures.day'?");
        // The versions a problem was found in, a frame inside a frame, and what Drools says, kept as it is.
        assertThat(new RuleProblem("deadlines.drl", 3, 1, "(version pilot; version 2019-07, office GENT) on example case 2 of the trial, "
                + "day 5 of its procedure: the rules failed (ArithmeticException); the rule set is refused").message(NL))
                .isEqualTo("(versie pilot; versie 2019-07, kantoor GENT) bij voorbeeldzaak 2 van de proef, dag 5 van haar procedure: "
                        + "de regels liepen vast (ArithmeticException); de regelset wordt geweigerd");
        assertThat(new RuleProblem("plan.drl", 9, 4, "in a condition of rule \"PLAN-01 x\": Unable to resolve method using strict-mode").message(NL))
                .isEqualTo("in een voorwaarde van regel \"PLAN-01 x\", volgens Drools: Unable to resolve method using strict-mode");
        // A message without a Dutch wording stays as it is.
        assertThat(new RuleProblem("a.drl", 1, 1, "something new").message(NL)).isEqualTo("something new");
    }

    @Test
    void the_gates_problems_are_written_in_dutch_with_the_names_from_the_files_as_they_are() {
        assertThat(dutch("unknown field 'adlt' on NetworkMember; did you mean 'adult'?"))
                .isEqualTo("onbekend veld 'adlt' van NetworkMember; bedoelde je 'adult'?");
        assertThat(dutch("'concat' of String is not available in rule files"))
                .isEqualTo("'concat' van String is niet toegelaten in regelbestanden");
        assertThat(dutch("'System' is not available in rule files"))
                .isEqualTo("'System' is niet toegelaten in regelbestanden");
        assertThat(dutch("rule \"X-1 y\" has 20 patterns; a rule may have at most 12, nested ones included: "
                + "split it into several rules"))
                .isEqualTo("regel \"X-1 y\" heeft 20 patronen; een regel mag er hoogstens 12 hebben, geneste meegeteld: splits hem op in meerdere regels");
        assertThat(dutch("a rule may join at most 40 conditions with && or ||; split it into several rules"))
                .isEqualTo("een regel mag hoogstens 40 voorwaarden verbinden met && of ||; splits hem op in meerdere regels");
        // The values of a message are themselves in Dutch: the kinds of value and how many a call takes.
        assertThat(dutch("value 2 of 'out.window' must be a number, not a yes/no value"))
                .isEqualTo("waarde 2 van 'out.window' moet een getal zijn, niet een ja/nee-waarde");
        assertThat(dutch("cannot compare a date (LocalDate) with text"))
                .isEqualTo("een datum (LocalDate) kan niet vergeleken worden met tekst");
        assertThat(dutch("'out.warning' does not take no values; it takes 1 or more"))
                .isEqualTo("'out.warning' werkt niet zonder waarden; het neemt er 1 of meer");
        assertThat(dutch("'day' does not take 3 values; it takes 1 or 2"))
                .isEqualTo("'day' werkt niet met 3 waarden; het neemt er 1 of 2");
        assertThat(dutch("'day' does not take 1 value; it takes 0"))
                .isEqualTo("'day' werkt niet met 1 waarde; het neemt er 0");
        assertThat(new RuleProblem("messages_nl.properties", 3, 1, "SEL_X: the message has more than 12 values ({0}, {1}, ...)").message(NL))
                .isEqualTo("SEL_X: het bericht heeft meer dan 12 waarden ({0}, {1}, ...)");
        // What the parser could not read is quoted; the words around it are Dutch.
        assertThat(dutch("the consequence cannot be read: a ';' is missing: found 'out' where a ';' was expected"))
                .isEqualTo("het gevolg kan niet gelezen worden: er ontbreekt een ';': 'out' staat waar een ';' verwacht werd");
    }
}
