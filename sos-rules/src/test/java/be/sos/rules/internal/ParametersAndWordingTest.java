package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sos.core.model.Absence;
import be.sos.core.model.Case;
import be.sos.core.model.Professional;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import be.sos.rules.Severity;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The parameters file ({@code procedure.properties}) and the wording check: every problem named
 * with its file, line and column, and a changed number changes what the rules decide.
 */
class ParametersAndWordingTest {
    private static final RuleFiles BUNDLED = RuleFiles.bundled();
    private static final String PARAMETERS = BUNDLED.files().get(RuleParameters.FILE);

    private static List<String> problems(RuleFiles files) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(files));
        assertThat(e).as("the rule set is refused").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    private static RuleFiles with(String name, String text) {
        return RuleTexts.bundledWith(name, text);
    }

    private static RuleFiles parameters(String from, String to) {
        assertThat(PARAMETERS).contains(from);
        return with(RuleParameters.FILE, PARAMETERS.replace(from, to));
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    // ---- the parameters file ----

    @Test
    void a_rule_set_without_its_parameters_file_is_refused() {
        Map<String, String> files = new TreeMap<>(BUNDLED.files());
        files.remove(RuleParameters.FILE);
        assertThat(problems(new RuleFiles("test", files))).contains(
                "procedure.properties:0:0: missing: every rule set has its parameters in procedure.properties (rules export writes the bundled one)");
    }

    @Test
    void every_bundled_parameter_has_a_unit_a_source_and_a_note_and_is_read() {
        List<RuleProblem> problems = new ArrayList<>();
        RuleParameters parameters = RuleParameters.of(BUNDLED, problems);
        WordingCheck.check(BUNDLED, parameters, problems);
        assertThat(problems).isEmpty();
        assertThat(parameters.all()).hasSizeGreaterThan(40);
        assertThat(parameters.all().values()).allSatisfy(p -> {
            assertThat(p.source()).startsWith("§");
            assertThat(p.note()).isNotBlank();
            assertThat(RuleParameters.UNITS).containsKey(p.unit());
        });
        assertThat(parameters.numbers()).containsEntry("window.first-network-meeting.first", 14).containsEntry("absence.blocking.days", 5)
                .containsEntry("programme.year.days", 365).containsEntry("minor.adult.years", 18);
        assertThat(parameters.blockingPrefixes()).containsExactly("SEL_", "PROG_");
    }

    @Test
    void a_warning_band_that_reaches_the_blocking_threshold_is_refused_at_its_line() {
        int line = lineOf(PARAMETERS, "absence.warning.days");
        assertThat(problems(parameters("absence.warning.days = 1 days", "absence.warning.days = 5 days")))
                .anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + line + ":")
                        .contains("absence.warning.days (5) must be below absence.blocking.days (5, line " + (line - 1) + ")"));
    }

    @Test
    void a_window_whose_first_day_comes_after_its_last_is_refused() {
        assertThat(problems(parameters("window.first-network-meeting.first = 14 day-number", "window.first-network-meeting.first = 16 day-number")))
                .anySatisfy(p -> assertThat(p).contains("window.first-network-meeting.first (16) must be at most window.first-network-meeting.last (15"));
    }

    @Test
    void a_wrong_unit_a_value_out_of_range_a_text_a_missing_source_and_a_missing_note_are_each_named() {
        String edited = PARAMETERS
                .replace("scaling.gap.points = 3 points", "scaling.gap.points = 3 punten")
                .replace("scaling.drop.points = 2 points", "scaling.drop.points = 12 points")
                .replace("minor.adult.years = 18 years", "minor.adult.years = achttien years")
                .replace("programme.year.days = 365 days | §2 Afspraken |", "programme.year.days = 365 days | 2 Afspraken |")
                .replace("hd.end-near.days = 7 days | §3 Afronding traject | HD-01 warns from this many days before the end of the HD procedure",
                        "hd.end-near.days = 7 days | §3 Afronding traject | ");
        List<String> found = problems(with(RuleParameters.FILE, edited));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + lineOf(edited, "scaling.gap.points") + ":")
                .contains("unknown unit 'punten'"));
        assertThat(found).as("a number with a problem is still known: the rules reading it are fine").noneMatch(p -> p.startsWith("monitoring.drl"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + lineOf(edited, "scaling.drop.points") + ":")
                .contains("12 points is out of range; points go from 1 to 9"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + lineOf(edited, "minor.adult.years") + ":")
                .contains("'achttien' is not a whole number of years"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + lineOf(edited, "programme.year.days") + ":")
                .contains("starting with §"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + lineOf(edited, "hd.end-near.days") + ":")
                .contains("a short note"));
    }

    @Test
    void a_number_written_twice_is_refused() {
        String edited = PARAMETERS + "absence.blocking.days = 7 days | §6 | again\n";
        assertThat(problems(with(RuleParameters.FILE, edited))).anySatisfy(p -> assertThat(p)
                .isEqualTo("procedure.properties:" + edited.lines().count() + ":1: 'absence.blocking.days' is also on line "
                        + lineOf(PARAMETERS, "absence.blocking.days") + "; each number is written once"));
    }

    @Test
    void a_rule_that_reads_a_parameter_not_in_the_file_is_refused_where_it_reads_it() {
        String plan = BUNDLED.files().get("plan.drl");
        String edited = plan.replace("Procedure( day >= parameter(\"plan.words-and-pictures.day\") )",
                "Procedure( day >= parameter(\"plan.word-and-pictures.day\") )");
        int line = lineOf(edited, "    $p : Procedure( day >= parameter(\"plan.word-and-pictures.day\")");
        int column = edited.lines().toList().get(line - 1).indexOf("\"plan.word-and") + 1;
        List<String> found = problems(with("plan.drl", edited));
        assertThat(found).contains("plan.drl:" + line + ":" + column + ": no parameter 'plan.word-and-pictures.day' in procedure.properties; "
                + "did you mean 'plan.words-and-pictures.day'?");
        // and the parameter no rule reads any more
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("procedure.properties:" + lineOf(PARAMETERS, "plan.words-and-pictures.day")
                + ":1: no rule reads 'plan.words-and-pictures.day'"));
    }

    @Test
    void an_engine_parameter_that_is_missing_is_named() {
        String edited = PARAMETERS.lines().filter(l -> !l.startsWith("eligibility.blocking-prefixes")).reduce("", (a, b) -> a + b + "\n");
        assertThat(problems(with(RuleParameters.FILE, edited)))
                .contains("procedure.properties:0:0: 'eligibility.blocking-prefixes' is missing: the engine reads it (prefixes)");
    }

    // ---- a changed number changes the decision ----

    private static final Case GENT = PilotCases.gent();

    private static Case counsellorAway(LocalDate from, LocalDate to) {
        List<Professional> pros = new ArrayList<>();
        for (Professional p : GENT.professionals()) {
            if (p.id().equals("cb-cocon-1")) {
                List<Absence> absences = new ArrayList<>(p.absences());
                absences.add(new Absence(from, to));
                pros.add(new Professional(p.id(), p.role(), p.reachable(), absences));
            } else {
                pros.add(p);
            }
        }
        return GENT.toBuilder().professionals(pros).build();
    }

    @Test
    void raising_the_blocking_threshold_in_one_line_turns_a_six_day_absence_into_a_warning_and_moves_the_warning_band_with_it()
            throws RuleSetException {
        CompiledRuleSet edited = RuleSetCompiler.compile(parameters("absence.blocking.days = 5 days", "absence.blocking.days = 7 days"));
        Case away6 = counsellorAway(LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 9));
        Case away7 = counsellorAway(LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 10));
        LocalDate day5 = GENT.petitionDate().plusDays(4);

        Evaluation six = Evaluator.evaluate(edited, away6, day5, EvaluationOptions.DEFAULT);
        assertThat(six.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("SEL_SHORT_ABSENCE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(six.findings()).noneMatch(f -> f.code().equals("SEL_PROFESSIONAL_ABSENT"));
        assertThat(six.eligibility().eligible()).isTrue();

        Evaluation seven = Evaluator.evaluate(edited, away7, day5, EvaluationOptions.DEFAULT);
        assertThat(seven.findings()).anyMatch(f -> f.code().equals("SEL_PROFESSIONAL_ABSENT")).noneMatch(f -> f.code().equals("SEL_SHORT_ABSENCE"));
        assertThat(seven.eligibility().eligible()).isFalse();

        // the bundled rules: six days block
        Evaluation bundled = Evaluator.evaluate(RuleSetCompiler.bundled(), away6, day5, EvaluationOptions.DEFAULT);
        assertThat(bundled.eligibility().blockers()).containsExactly("SEL_PROFESSIONAL_ABSENT");
    }

    @Test
    void what_makes_a_case_not_eligible_is_read_from_the_parameters() throws RuleSetException {
        Case away = counsellorAway(LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 9));
        LocalDate day5 = GENT.petitionDate().plusDays(4);
        CompiledRuleSet programmeOnly = RuleSetCompiler.compile(parameters("eligibility.blocking-prefixes = SEL_ PROG_ prefixes",
                "eligibility.blocking-prefixes = PROG_ prefixes"));
        Evaluation e = Evaluator.evaluate(programmeOnly, away, day5, EvaluationOptions.DEFAULT);
        assertThat(e.findings()).anyMatch(f -> f.code().equals("SEL_PROFESSIONAL_ABSENT") && f.severity() == Severity.BLOCKER);
        assertThat(e.eligibility().eligible()).isTrue();
    }

    // ---- wording ----

    @Test
    void a_finding_code_without_a_message_in_one_language_is_refused_at_the_rule_that_records_it() {
        String en = BUNDLED.files().get("messages_en.properties");
        String edited = en.lines().filter(l -> !l.startsWith("SEL_NO_JUDGE_FIAT=")).reduce("", (a, b) -> a + b + "\n");
        int line = lineOf(BUNDLED.files().get("selection.drl"), "    out.blocker(\"SEL_NO_JUDGE_FIAT\")");
        assertThat(problems(with("messages_en.properties", edited))).containsExactly(
                "selection.drl:" + line + ":17: the finding SEL_NO_JUDGE_FIAT has no message in messages_en.properties: add a line SEL_NO_JUDGE_FIAT=...");
    }

    @Test
    void a_misspelled_code_has_no_message_and_leaves_the_message_of_the_right_code_unused() {
        String selection = BUNDLED.files().get("selection.drl");
        String edited = selection.replace("out.blocker(\"SEL_NO_JUDGE_FIAT\")", "out.blocker(\"SEL_NO_JUGDE_FIAT\")");
        int line = lineOf(edited, "    out.blocker(\"SEL_NO_JUGDE_FIAT\")");
        List<String> found = problems(with("selection.drl", edited));
        assertThat(found).contains(
                "selection.drl:" + line + ":17: the finding SEL_NO_JUGDE_FIAT has no message in messages_nl.properties: add a line SEL_NO_JUGDE_FIAT=...",
                "messages_nl.properties:" + lineOf(BUNDLED.files().get("messages_nl.properties"), "SEL_NO_JUDGE_FIAT=")
                        + ":1: no rule records the finding SEL_NO_JUDGE_FIAT: remove its message, or check the code in the rule; "
                        + "did you mean 'SEL_NO_JUGDE_FIAT'?");
    }

    @Test
    void a_placeholder_that_no_value_fills_is_refused_at_its_column() {
        String nl = BUNDLED.files().get("messages_nl.properties");
        String line = nl.lines().filter(l -> l.startsWith("SEL_ROLE_MISSING=")).findFirst().orElseThrow();
        String edited = nl.replace(line, line + " Zie {2}.");
        int column = line.length() + " Zie ".length() + 1;
        assertThat(problems(with("messages_nl.properties", edited))).anySatisfy(p -> assertThat(p)
                .startsWith("messages_nl.properties:" + lineOf(nl, "SEL_ROLE_MISSING=") + ":" + column + ": {2} in the message of SEL_ROLE_MISSING is not filled")
                .contains("which gives a subject and 0 values"));
    }

    @Test
    void a_code_that_is_not_written_in_quotes_cannot_be_checked_and_is_refused() {
        String closure = BUNDLED.files().get("closure.drl");
        String edited = closure.replace("out.warning(\"CLOSURE_STEP_MISSING\", EventType.M_DOC);",
                "out.warning(EventType.M_DOC.name(), EventType.M_DOC);");
        List<String> found = problems(with("closure.drl", edited));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("write the finding's code in quotes"));
    }

    // ---- policy numbers in messages ----

    @Test
    void no_bundled_message_writes_a_number_itself_every_number_is_a_parameter_in_braces() {
        for (String language : Messages.LANGUAGES) {
            String name = "messages_" + language + ".properties";
            java.util.Properties bundle = new java.util.Properties();
            try {
                bundle.load(new java.io.StringReader(BUNDLED.files().get(name)));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            List<String> numbered = new ArrayList<>();
            for (String key : new java.util.TreeSet<>(bundle.stringPropertyNames())) {
                // {0}, {1}... are the finding's values; {hd.days} a parameter: neither is a number written here.
                String words = bundle.getProperty(key).replaceAll("\\{\\d{1,2}}", "").replaceAll("\\{[a-z][a-z0-9.-]*}", "");
                if (words.matches("(?s).*\\d.*")) {
                    numbered.add(key + "=" + bundle.getProperty(key));
                }
            }
            assertThat(numbered).as("messages of " + name + " that write a number instead of naming its parameter").isEmpty();
        }
    }

    @Test
    void a_parameter_named_in_a_message_is_filled_with_its_number_and_follows_an_edit_of_it() throws RuleSetException {
        java.util.Locale nl = java.util.Locale.forLanguageTag("nl");
        CompiledRuleSet bundled = RuleSetCompiler.bundled();
        assertThat(bundled.messages().format(nl, "HD_ENDED_ORDINARY_PROCEDURE", null, List.of()))
                .isEqualTo("Dag 60 is voorbij zonder afsluiting: de zaak gaat naar de gewone gerechtelijke procedure; het BMO valt op dag 75.");
        assertThat(bundled.messages().format(java.util.Locale.ENGLISH, "MINOR_TURNS_18", "Jonas", List.of(LocalDate.of(2019, 3, 1))))
                .startsWith("Jonas turns 18 on 2019-03-01");
        CompiledRuleSet edited = RuleSetCompiler.compile(parameters("bmo.day = 75 day-number", "bmo.day = 80 day-number"));
        assertThat(edited.messages().format(nl, "HD_ENDED_ORDINARY_PROCEDURE", null, List.of())).endsWith("het BMO valt op dag 80.");
        assertThat(edited.messages().format(java.util.Locale.ENGLISH, "HD_END_NEAR", null, List.of())).contains("(day 60)");
    }

    @Test
    void a_name_in_braces_that_is_no_parameter_is_refused_at_its_message() {
        String nl = BUNDLED.files().get("messages_nl.properties");
        String edited = nl.replace("(dag {hd.days})", "(dag {hd.dais})");
        assertThat(edited).isNotEqualTo(nl);
        assertThat(problems(with("messages_nl.properties", edited))).anySatisfy(p -> assertThat(p)
                .startsWith("messages_nl.properties:" + lineOf(nl, "HD_END_NEAR=") + ":1: HD_END_NEAR: {hd.dais} is not a parameter of procedure.properties")
                .endsWith("; did you mean 'hd.days'?"));
    }
}
