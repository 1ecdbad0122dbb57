package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.testing.BundleWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules validate} and {@code rules test} in the user's language (Dutch by default,
 * {@code --lang} in capitals or not), each scenario of a file counted on its own, and the warning
 * about a window that moved away from a scenario's day.
 */
class RulesLanguageTest {
    @TempDir
    Path tmp;

    private Path export() {
        return CliRun.exportRules(tmp.resolve("regels"));
    }

    @Test
    void validate_speaks_dutch_by_default_and_english_when_asked_in_any_case() {
        Path dir = export();
        assertThat(CliRun.of("rules", "validate", dir.toString()).out()).startsWith("ok: 7 regelbestanden, ").contains(" regels, vingerafdruk ");
        assertThat(CliRun.of("rules", "validate", "--lang", "EN", dir.toString()).out()).startsWith("ok: 7 rule files, ");
        CliRun wrong = CliRun.of("rules", "validate", "--lang", "fr", dir.toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--lang");
    }

    @Test
    void test_counts_each_scenario_of_a_file_on_its_own_and_says_so_in_dutch() throws IOException {
        Path dir = export();
        Path folder = Files.createDirectories(tmp.resolve("scenarios"));
        String good = """
                name: Een nieuwe zaak met een volledige intake kan starten
                rule: SEL-02
                case: %s
                day: 1
                expect: {absent: [SEL_NO_JUDGE_FIAT], eligible: true, fires: false}
                """.formatted(dir.resolve("scenarios/cases/nieuwe-zaak.json").toString().replace("\\", "/"));
        String failing = good.replace("name: Een nieuwe zaak", "name: Fout verwacht").replace("eligible: true", "eligible: false");
        String broken = "name: Kapot\nday 1\n";
        Files.writeString(folder.resolve("drie.yaml"), good + "---\n" + failing + "---\n" + broken + "---\n" + good);

        CliRun run = CliRun.of("rules", "test", dir.toString(), folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(CliRun.lastLine(run.out())).as(run.out() + run.err()).isEqualTo("2 geslaagd, 2 mislukt");
        assertThat(run.out()).contains("FOUT " + folder.resolve("drie.yaml") + ":7: Fout verwacht", "       op 2024-01-08 (dag 1)",
                "verwacht in aanmerking: false; gevonden true", "kwam eruit: ",
                "FOUT " + folder.resolve("drie.yaml") + ":13: geen geldig scenario (zie hierboven)");
        assertThat(run.err()).contains(folder.resolve("drie.yaml") + ":14:4: 'day' is followed by no ':'");

        CliRun english = CliRun.of("rules", "test", "--lang", "en", dir.toString(), folder.toString());
        assertThat(CliRun.lastLine(english.out())).isEqualTo("2 passed, 2 failed");
    }

    @Test
    void moving_a_window_warns_about_the_bundled_scenarios_that_no_longer_touch_its_edges() throws IOException {
        Path dir = export();
        Path parameters = dir.resolve("procedure.properties");
        // day 14-15 to day 13-16: the scenario on day 14, the first day, is now inside the window
        Files.writeString(parameters, Files.readString(parameters)
                .replace("window.first-network-meeting.first = 14 day-number", "window.first-network-meeting.first = 13 day-number")
                .replace("window.first-network-meeting.last = 15 day-number", "window.first-network-meeting.last = 16 day-number"));
        CliRun run = CliRun.of("rules", "test", "--lang", "en", dir.toString(), dir.resolve("scenarios").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("WARN " + dir.resolve("scenarios/deadlines.yaml") + ":")
                .contains("names rule DL-12, whose window is now 2024-01-20 (day 13)..2024-01-23 (day 16); the scenario's day, "
                        + "2024-01-21 (day 14), no longer touches its edges");
        assertThat(run.out().lines().filter(l -> l.startsWith("WARN ")))
                .allSatisfy(l -> assertThat(l).contains("rule DL-12"));
    }

    /** The words of the tool's own messages in {@code language} that the other language does not use. */
    private static java.util.Set<String> problemWords(String language, String other) throws IOException {
        return BundleWords.onlyIn("/be/sos/rules/tool_{lang}.properties", language, other, "problem.", "validate.");
    }

    /**
     * The words of an output that are in {@code foreign}; file names, parameter names and codes are no words, nor what
     * is quoted from the files ('...') and the units of procedure.properties, which are written in the file as they are.
     */
    private static List<String> foreignWords(String output, java.util.Set<String> foreign) {
        List<String> found = new java.util.ArrayList<>();
        String text = output.replaceAll("'[^'\\n]*'", " ").replaceAll("(units|eenheden): [a-z, -]+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_./$-]+").matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[.]+$", "");
            if (token.matches(".*[/_.$\\p{N}].*") || token.startsWith("-")) {
                continue;
            }
            for (String word : token.split("-")) {
                if (foreign.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    /** An exported rule directory with a problem of each kind the parameters and wording checks find. */
    private Path brokenRules() throws IOException {
        Path dir = export();
        Path parameters = dir.resolve("procedure.properties");
        Files.writeString(parameters, Files.readString(parameters)
                .replace("absence.warning.days = 1 days", "absence.warning.days = 5 days")
                .replace("plan.words-and-pictures.day = 42 day-number", "plan.words-and-pictures.day = 42 dag")
                + "window.extra.first = 9 day-number | §8\nwindow.extra.first = 9 day-number | §8 | twice\nNot a name = 3 days | §1 | x\n");
        Path nl = dir.resolve("messages_nl.properties");
        String messages = Files.readString(nl);
        String role = messages.lines().filter(l -> l.startsWith("SEL_ROLE_MISSING=")).findFirst().orElseThrow();
        Files.writeString(nl, messages.replace("(dag {hd.days})", "(dag {hd.dagen})").replace(role, role + " Zie {2}.")
                .lines().filter(l -> !l.startsWith("SEL_NO_JUDGE_FIAT=")).reduce("", (a, b) -> a + b + "\n") + "SEL_NO_JUGDE_FIAT=Geen fiat.\n");
        Path selection = dir.resolve("selection.drl");
        Files.writeString(selection, Files.readString(selection).replace("parameter(\"absence.blocking.days\") )", "parameter(\"absence.blocking.dayz\") )"));
        return dir;
    }

    @Test
    void validate_writes_its_problems_in_dutch_by_default_and_in_english_when_asked() throws IOException {
        Path dir = brokenRules();
        CliRun dutch = CliRun.of("rules", "validate", dir.toString());
        assertThat(dutch.code()).isEqualTo(3);
        CliRun english = CliRun.of("rules", "validate", dir.toString(), "--lang", "en");
        assertThat(english.code()).isEqualTo(3);
        // Every kind of problem is there, in each language.
        assertThat(english.err()).contains("must be below absence.blocking.days", "unknown unit 'dag'", "the unit, the paragraph of the policy",
                "is also on line", "is not a parameter name", "{hd.dagen} is not a parameter of procedure.properties",
                "has no message in messages_nl.properties", "no rule records the finding SEL_NO_JUGDE_FIAT",
                "{2} in the message of SEL_ROLE_MISSING is not filled", "no parameter 'absence.blocking.dayz' in procedure.properties; did you mean");
        assertThat(dutch.err()).contains("moet kleiner dan absence.blocking.days zijn", "onbekende eenheid 'dag'", "de eenheid, de paragraaf van het beleid",
                "staat ook op lijn", "is geen naam van een parameter", "{hd.dagen} is geen parameter van procedure.properties",
                "heeft geen bericht in messages_nl.properties", "geen enkele regel geeft de bevinding SEL_NO_JUGDE_FIAT",
                "{2} in het bericht van SEL_ROLE_MISSING wordt niet ingevuld", "geen parameter 'absence.blocking.dayz' in procedure.properties; bedoelde je");
        // The same problems, line for line, at the same places.
        List<String> places = english.err().lines().map(l -> l.substring(0, l.indexOf(": "))).toList();
        assertThat(dutch.err().lines().map(l -> l.substring(0, l.indexOf(": "))).toList()).isEqualTo(places).hasSizeGreaterThanOrEqualTo(10);

        java.util.Set<String> englishOnly = problemWords("en", "nl");
        java.util.Set<String> dutchOnly = problemWords("nl", "en");
        // A check against an empty list could not fail.
        assertThat(englishOnly).contains("message", "missing", "version", "rule", "finding");
        assertThat(dutchOnly).contains("bericht", "getal", "versie", "regel", "bevinding");
        assertThat(foreignWords("de regel has no message", englishOnly)).containsExactly("message");
        assertThat(foreignWords(dutch.err(), englishOnly)).as(dutch.err()).isEmpty();
        assertThat(foreignWords(english.err(), dutchOnly)).as(english.err()).isEmpty();
    }

    @Test
    void drools_own_words_are_quoted_as_they_are_inside_a_frame_in_the_chosen_language() throws IOException {
        Path dir = export();
        Path selection = dir.resolve("selection.drl");
        Files.writeString(selection, Files.readString(selection).replace("out.blocker(\"SEL_NO_JUDGE_FIAT\");", "out.blocker(\"SEL_NO_JUDGE_FIAT\", 1 / \"x\");"));
        CliRun dutch = CliRun.of("rules", "validate", dir.toString());
        CliRun english = CliRun.of("rules", "validate", dir.toString(), "--lang", "en");
        assertThat(dutch.code()).isEqualTo(3);
        assertThat(english.err()).as(english.err()).containsPattern("in the consequence of rule \"[^\"]+\": ");
        String drools = english.err().replaceFirst("(?s).*in the consequence of rule \"[^\"]+\": ", "").lines().findFirst().orElseThrow();
        assertThat(dutch.err()).as(dutch.err()).containsPattern("in het gevolg van regel \"[^\"]+\", volgens Drools: ").contains(drools);
    }

    /** An exported rule directory with two rule files that the gate refuses for several reasons. */
    private Path gateBrokenRules() throws IOException {
        Path dir = export();
        String patterns = String.join("\n    ", java.util.Collections.nCopies(12, "Procedure( day > 3 )"));
        Files.writeString(dir.resolve("extra.drl"), """
                package be.sos.rules.drl;

                import be.sos.core.model.NetworkMember;
                import be.sos.rules.facts.Procedure;

                global be.sos.rules.facts.Outcomes out;

                rule "EXTRA-01" @id(EXTRA-01) @source("§6")
                when
                    $p : Procedure()
                    NetworkMember( adlt == true ) from $p.network()
                then
                    out.blocker("SEL_NO_JUDGE_FIAT");
                end

                rule "EXTRA-02" @id(EXTRA-02) @source("§6")
                when
                    Procedure( day > 3 )
                then
                    out.blokker("SEL_NO_JUDGE_FIAT");
                end

                rule "EXTRA-03" @id(EXTRA-03) @source("§6")
                when
                    Procedure( "a".concat("b") == "ab" )
                then
                    out.blocker("SEL_NO_JUDGE_FIAT");
                end

                rule "EXTRA-04" @source("§6")
                when
                    $p : Procedure()
                    %s
                then
                    out.blocker("SEL_NO_JUDGE_FIAT");
                end
                """.formatted(patterns));
        // The limits on the text are checked before the rest: nesting in a file of its own.
        Files.writeString(dir.resolve("diep.drl"), Files.readString(dir.resolve("extra.drl"))
                .replace("Procedure( day > 3 )\n", "Procedure( ((((((((day > 3)))))))) )\n"));
        return dir;
    }

    @Test
    void validate_writes_the_gates_problems_in_dutch_by_default_and_in_english_when_asked() throws IOException {
        Path dir = gateBrokenRules();
        CliRun dutch = CliRun.of("rules", "validate", dir.toString());
        CliRun english = CliRun.of("rules", "validate", dir.toString(), "--lang", "en");
        assertThat(dutch.code()).isEqualTo(3);
        assertThat(english.code()).isEqualTo(3);
        assertThat(english.err()).as(english.err()).contains("unknown field 'adlt' on NetworkMember; did you mean 'adult'?",
                "brackets are nested more than 6 deep here", "unknown outcome 'blokker'", "'concat' of String is not available in rule files",
                "has 13 patterns; a rule may have at most 12", "has no @id");
        assertThat(dutch.err()).as(dutch.err()).contains("onbekend veld 'adlt' van NetworkMember; bedoelde je 'adult'?",
                "haakjes staan hier meer dan 6 diep in elkaar", "onbekende uitkomst 'blokker'", "'concat' van String is niet toegelaten in regelbestanden",
                "heeft 13 patronen; een regel mag er hoogstens 12 hebben", "heeft geen @id");
        List<String> places = english.err().lines().map(l -> l.substring(0, l.indexOf(": "))).toList();
        assertThat(dutch.err().lines().map(l -> l.substring(0, l.indexOf(": "))).toList()).isEqualTo(places).hasSizeGreaterThanOrEqualTo(6);
        java.util.Set<String> englishOnly = problemWords("en", "nl");
        assertThat(englishOnly).contains("unknown", "nested", "patterns", "available");
        assertThat(foreignWords(dutch.err(), englishOnly)).as(dutch.err()).isEmpty();
        assertThat(foreignWords(english.err(), problemWords("nl", "en"))).as(english.err()).isEmpty();
    }
}
