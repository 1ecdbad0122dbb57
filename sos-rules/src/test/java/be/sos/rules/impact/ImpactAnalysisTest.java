package be.sos.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.Engines;
import be.sos.rules.Evaluation;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ImpactAnalysis}: eligibility, streaming in parallel, bad lines, and the bounds on what it keeps. */
class ImpactAnalysisTest {
    private static final LocalDate DAY = LocalDate.parse("2024-06-01");

    @TempDir
    static Path tmp;
    static SosEngine blocking;
    static List<Case> cases;

    /** The bundled rules with one more selection criterion that blocks every case. */
    @BeforeAll
    static void setUp() throws Exception {
        Path dir = tmp.resolve("rules");
        Files.createDirectories(dir);
        for (var file : RuleSetDiff.files(null).entrySet()) {
            String text = file.getValue();
            if (file.getKey().equals("selection.drl")) {
                text += "\nrule \"SEL-99 Elke zaak\"\n    @id(SEL-99) @source(\"§3\")\nwhen\n    Procedure()\nthen\n"
                        + "    out.blocker(\"SEL_EVERY_CASE\");\nend\n";
            } else if (file.getKey().startsWith("messages_")) {
                text += "\nSEL_EVERY_CASE=Selectie: elke zaak.\n";
            }
            Files.writeString(dir.resolve(file.getKey()), text);
        }
        blocking = SosEngine.fromDirectory(dir);
        CaseGenerator generator = CaseGenerator.withSeed(3).around(DAY);
        cases = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            cases.add(generator.next());
        }
    }

    @Test
    void a_criterion_that_blocks_every_case_makes_every_eligible_case_not_eligible() {
        List<String> eligible = cases.stream().filter(c -> Engines.bundled().evaluate(c, DAY).eligibility().eligible())
                .map(Case::id).toList();
        assertThat(eligible).isNotEmpty().hasSizeLessThan(cases.size());
        Impact impact = ImpactAnalysis.between(Engines.bundled(), blocking).onDay(DAY).analyse(cases);
        assertThat(impact.eligibility().becameIneligible()).isEqualTo(eligible.size());
        assertThat(impact.eligibility().becameEligible()).isZero();
        assertThat(impact.eligibility().ineligibleExamples()).containsExactlyElementsOf(eligible.subList(0, 3));
        assertThat(impact.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SEL_EVERY_CASE");
            assertThat(f.subject()).isNull();
            assertThat(f.severity()).isEqualTo("BLOCKER");
            assertThat(f.added()).isEqualTo(cases.size());
            assertThat(f.removed()).isZero();
        });
        assertThat(impact.casesChanged()).isEqualTo(cases.size());
        assertThat(impact.statuses()).isEmpty();
        assertThat(impact.windows()).isEmpty();
    }

    @Test
    void the_same_rules_change_nothing_on_any_day() {
        Impact impact = ImpactAnalysis.between(Engines.bundled(), Engines.bundled()).everyDay().analyse(cases.subList(0, 20));
        assertThat(impact.cases()).isEqualTo(20);
        assertThat(impact.evaluations()).isGreaterThanOrEqualTo(20 * 60L);
        assertThat(impact.casesChanged()).isZero();
        assertThat(impact.findings()).isEmpty();
        assertThat(impact.statuses()).isEmpty();
        assertThat(impact.windows()).isEmpty();
        assertThat(impact.days()).isEqualTo("all");
    }

    @Test
    void lines_in_parallel_give_what_cases_in_turn_give_and_bad_lines_are_told_in_order() throws Exception {
        ImpactAnalysis analysis = ImpactAnalysis.between(Engines.bundled(), blocking).onDay(DAY);
        Impact inTurn = analysis.analyse(cases);
        List<String> lines = cases.stream().map(CaseJson::write).collect(Collectors.toCollection(ArrayList::new));
        lines.add(10, "{\"id\": 1}");
        lines.add(20, "");
        lines.add(40, "[");
        List<String> bad = new ArrayList<>();
        Impact parallel = analysis.analyseLines(new BufferedReader(new StringReader(String.join("\n", lines))), 3,
                (line, message) -> bad.add(line + ": " + message));
        assertThat(bad).hasSize(2);
        assertThat(bad.get(0)).startsWith("11: ");
        assertThat(bad.get(1)).startsWith("41: ");
        assertThat(parallel.skipped()).isEqualTo(2);
        assertThat(new Impact(parallel.base(), parallel.edited(), parallel.days(), parallel.cases(), parallel.casesChanged(),
                parallel.casesUnchanged(), parallel.evaluations(), 0, parallel.findings(), parallel.statuses(), parallel.windows(),
                parallel.eligibility())).isEqualTo(inTurn);
        assertThatThrownBy(() -> analysis.analyseLines(new BufferedReader(new StringReader("")), 0, (l, m) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_keeps_at_most_a_hundred_subjects_and_three_examples() {
        Tally tally = new Tally();
        for (int i = 0; i < 250; i++) {
            CaseDelta delta = new CaseDelta("case-" + i);
            delta.evaluations = 1;
            delta.changed = true;
            delta.added.put(new CaseDelta.FindingKey("SEL_X", "person-" + i, "BLOCKER"), 1L);
            delta.added.put(new CaseDelta.FindingKey("SEL_Y", null, "BLOCKER"), 1L);
            tally.add(delta);
        }
        Impact impact = tally.result(Engines.bundled().ruleSet(), Engines.bundled().ruleSet(), "all", null);
        List<Impact.FindingChange> x = impact.findings().stream().filter(f -> f.code().equals("SEL_X")).toList();
        assertThat(x).hasSize(Tally.SUBJECTS_PER_CODE + 1);
        assertThat(x.stream().mapToInt(Impact.FindingChange::added).sum()).isEqualTo(250);
        assertThat(x).filteredOn(f -> f.subject().equals("*")).singleElement()
                .satisfies(f -> assertThat(f.added()).isEqualTo(150));
        assertThat(impact.findings()).allSatisfy(f -> assertThat(f.examples()).hasSizeLessThanOrEqualTo(Tally.EXAMPLES));
        assertThat(impact.findings().stream().filter(f -> f.code().equals("SEL_Y")).findFirst().orElseThrow().examples())
                .containsExactly("case-0", "case-1", "case-2");
    }

    @Test
    void a_window_is_written_in_day_numbers() {
        Evaluation evaluation = Engines.bundled().evaluate(cases.get(0), DAY);
        var row = evaluation.schedule().stream().filter(r -> r.milestone().name().equals("FIRST_NETWORK_MEETING")).findFirst().orElseThrow();
        assertThat(CaseDelta.window(row, evaluation.clocks().petition())).isEqualTo("14-15");
        var one = evaluation.schedule().stream().filter(r -> r.milestone().name().equals("FIRST_HOME_VISIT")).findFirst().orElseThrow();
        assertThat(CaseDelta.window(one, evaluation.clocks().petition())).isEqualTo("5");
        assertThat(CaseDelta.window(null, evaluation.clocks().petition())).isEqualTo("-");
    }
}
