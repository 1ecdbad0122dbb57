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
}
