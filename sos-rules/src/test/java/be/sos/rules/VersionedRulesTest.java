package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.rules.internal.VersionedRuleSet;
import be.sos.testkit.PilotCases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule directory with dated versions and office variants (docs/rules.md, "Versions and offices"). */
class VersionedRulesTest {
    @TempDir
    static Path shared;

    private static SosEngine twoVersions;

    /** Lines of the bundled procedure.properties with one number changed: what a one-line override holds. */
    private static final String MODULE_40 = bundledLine("module.days = 42 days").replace("module.days = 42 days", "module.days = 40 days");
    private static final String HD_61 = bundledLine("hd.days = 60 days").replace("hd.days = 60", "hd.days = 61");

    private static String bundledLine(String start) {
        return Engines.bundled().ruleFiles().get("procedure.properties").lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    @BeforeAll
    static void load() throws Exception {
        twoVersions = SosEngine.fromDirectory(VersionedDirs.twoVersions(shared.resolve("two")));
    }

    private static ScheduleRow firstNetworkMeeting(Evaluation e) {
        return e.schedule().stream().filter(r -> r.milestone() == EventType.FIRST_NETWORK_MEETING).findFirst().orElseThrow();
    }

    @Test
    void each_pilot_case_is_judged_by_the_version_in_force_on_its_petition_date() {
        Case gent = PilotCases.gent();
        Case dendermonde = PilotCases.dendermonde();
        Evaluation g = twoVersions.evaluate(gent, gent.petitionDate().plusDays(20));
        Evaluation d = twoVersions.evaluate(dendermonde, dendermonde.petitionDate().plusDays(20));

        assertThat(g.rules().version().name()).isEqualTo("pilot");
        assertThat(g.rules().version().inForceFrom()).isNull();
        assertThat(g.rules().version().changes()).isEmpty();
        assertThat(g.rules().fingerprint()).isEqualTo(Engines.bundled().ruleSet().fingerprint());
        assertThat(firstNetworkMeeting(g).from()).isEqualTo(g.clocks().petition().plusDays(13));
        assertThat(firstNetworkMeeting(g).to()).isEqualTo(g.clocks().petition().plusDays(14));

        assertThat(d.rules().version().name()).isEqualTo("2019-07");
        assertThat(d.rules().version().inForceFrom()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(d.rules().version().changes()).containsExactly("2019-07/procedure.properties");
        assertThat(d.rules().fingerprint()).isNotEqualTo(g.rules().fingerprint());
        assertThat(firstNetworkMeeting(d).from()).isEqualTo(d.clocks().petition().plusDays(12));
        assertThat(firstNetworkMeeting(d).to()).isEqualTo(d.clocks().petition().plusDays(15));

        assertThat(EvaluationJson.write(d)).contains("\"version\":{\"name\":\"2019-07\",\"inForceFrom\":\"2019-07-01\"");
    }

    @Test
    void as_of_judges_a_case_by_the_version_in_force_on_another_date() {
        Case gent = PilotCases.gent();
        LocalDate day = gent.petitionDate().plusDays(20);
        Evaluation asOf = twoVersions.evaluate(gent, day, EvaluationOptions.DEFAULT.withAsOf(LocalDate.of(2019, 7, 1)));
        assertThat(asOf.rules().version().name()).isEqualTo("2019-07");
        assertThat(firstNetworkMeeting(asOf).from()).isEqualTo(gent.petitionDate().plusDays(12));
        Evaluation before = twoVersions.evaluate(gent, day, EvaluationOptions.DEFAULT.withAsOf(LocalDate.of(2019, 6, 30)));
        assertThat(before.rules().version().name()).isEqualTo("pilot");
    }

    @Test
    void the_engine_names_every_version_and_the_last_one_runs_by_default() {
        assertThat(twoVersions.ruleSets()).extracting(i -> i.version().name()).containsExactly("pilot", "2019-07");
        assertThat(twoVersions.ruleSet().version().name()).isEqualTo("2019-07");
        // The version's folder holds the two changed lines only; composed, they are the whole edited file.
        assertThat(VersionedDirs.movedOverride().lines()).hasSize(2).allMatch(l -> l.startsWith("window.first-network-meeting."));
        assertThat(twoVersions.ruleFiles().get("procedure.properties")).isEqualTo(VersionedDirs.movedParameters());
    }

    @Test
    void rules_without_versions_have_one_rule_set_without_a_version() {
        assertThat(Engines.bundled().ruleSets()).hasSize(1);
        assertThat(Engines.bundled().ruleSet().version()).isNull();
    }

    @Test
    void composed_sets_that_are_the_same_are_compiled_once() throws Exception {
        Path dir = VersionedDirs.write(shared.resolve("shared"), """
                a      -
                b      2019-01-01   -   -
                c      2019-07-01
                d      2020-01-01   -   -
                """, Map.of("c/procedure.properties", VersionedDirs.movedOverride(), "a/README.txt", "notes"));
        VersionedRuleSet rules = VersionedRuleSet.load(dir);
        assertThat(rules.infos()).hasSize(4);
        // c changes only a parameter: its DRL files are those of a, b and d, so all four share one knowledge base.
        assertThat(rules.compiledSets()).isEqualTo(1);
        assertThat(rules.infos().get(0).fingerprint()).isEqualTo(rules.infos().get(3).fingerprint())
                .isNotEqualTo(rules.infos().get(2).fingerprint());
    }

    @Test
    void versions_that_differ_only_in_a_parameter_share_one_knowledge_base_and_each_evaluates_with_its_own() throws Exception {
        VersionedRuleSet rules = VersionedRuleSet.load(VersionedDirs.twoVersions(shared.resolve("parameter-only")));
        assertThat(rules.compiledSets()).isEqualTo(1);
        Case gent = PilotCases.gent();
        be.sos.rules.internal.CompiledRuleSet pilot = rules.select(gent, null);
        be.sos.rules.internal.CompiledRuleSet later = rules.select(gent, LocalDate.of(2019, 7, 1));
        assertThat(pilot.info().version().name()).isEqualTo("pilot");
        assertThat(later.info().version().name()).isEqualTo("2019-07");
        assertThat(later.kieBase()).isSameAs(pilot.kieBase());
        LocalDate day20 = gent.petitionDate().plusDays(19);
        Evaluation underPilot = be.sos.rules.internal.Evaluator.evaluate(pilot, gent, day20, EvaluationOptions.DEFAULT);
        Evaluation underLater = be.sos.rules.internal.Evaluator.evaluate(later, gent, day20, EvaluationOptions.DEFAULT);
        assertThat(firstNetworkMeeting(underPilot).from()).isEqualTo(gent.petitionDate().plusDays(13));
        assertThat(firstNetworkMeeting(underPilot).to()).isEqualTo(gent.petitionDate().plusDays(14));
        assertThat(firstNetworkMeeting(underLater).from()).isEqualTo(gent.petitionDate().plusDays(12));
        assertThat(firstNetworkMeeting(underLater).to()).isEqualTo(gent.petitionDate().plusDays(15));
    }

    @Test
    void an_office_variant_overrides_one_parameter_in_one_line_for_that_office_only() throws Exception {
        Path dir = VersionedDirs.write(shared.resolve("office"), VersionedDirs.TWO_VERSIONS, Map.of(
                "2019-07/procedure.properties", VersionedDirs.movedOverride(),
                "2019-07/office-DENDERMONDE/procedure.properties", "# Dendermonde tries a 40-day module\n" + MODULE_40 + "\n"));
        SosEngine engine = SosEngine.fromDirectory(dir);
        Case dendermonde = PilotCases.dendermonde();
        Evaluation d = engine.evaluate(dendermonde, dendermonde.petitionDate().plusDays(20));
        assertThat(d.rules().version().office()).isEqualTo("DENDERMONDE");
        assertThat(d.rules().version().changes()).containsExactly("2019-07/office-DENDERMONDE/procedure.properties", "2019-07/procedure.properties");
        assertThat(d.clocks().moduleEnd()).isEqualTo(d.clocks().moduleStart().plusDays(39));
        assertThat(firstNetworkMeeting(d).from()).isEqualTo(d.clocks().petition().plusDays(12));

        Case gentLater = PilotCases.gent();
        Evaluation g = engine.evaluate(gentLater, gentLater.petitionDate().plusDays(20), EvaluationOptions.DEFAULT.withAsOf(LocalDate.of(2019, 8, 1)));
        assertThat(g.rules().version().name()).isEqualTo("2019-07");
        assertThat(g.rules().version().office()).isNull();
        assertThat(g.clocks().moduleEnd()).isEqualTo(g.clocks().moduleStart().plusDays(41));

        RuleSetInfo variant = engine.ruleSets().get(2);
        assertThat(variant.version().office()).isEqualTo("DENDERMONDE");
    }

    @Test
    void a_properties_override_is_merged_key_by_key_in_place() throws Exception {
        Path dir = VersionedDirs.write(shared.resolve("merge"), "only -\n", Map.of("only/procedure.properties", HD_61 + "\nnew.key = 1\n"));
        assertThatThrownBy(() -> VersionedRuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("only/procedure.properties");
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("(version only)").contains("new.key");
                }));
        Files.writeString(dir.resolve("only/procedure.properties"), HD_61 + "\n", StandardCharsets.UTF_8);
        SosEngine engine = SosEngine.fromDirectory(dir);
        String composed = engine.ruleFiles().get("procedure.properties");
        String bundled = Engines.bundled().ruleFiles().get("procedure.properties");
        assertThat(composed.lines().count()).isEqualTo(bundled.lines().count());
        assertThat(composed).contains("hd.days = 61").doesNotContain("hd.days = 60");
        assertThat(composed.replace("hd.days = 61", "hd.days = 60")).isEqualTo(bundled);
        assertThat(engine.evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 1)).clocks().hdEnd())
                .isEqualTo(PilotCases.gent().petitionDate().plusDays(60));
    }

    @Test
    void the_history_is_refused_with_a_line_for_each_problem() throws Exception {
        Path dir = VersionedDirs.write(shared.resolve("bad"), """
                first    2019-01-01  -           -
                second   2019-03-01  2019-05-31  -
                third    2019-05-01  -           -
                fourth   2019-04-01
                fifth    x
                """, Map.of("fourth/office-Gent/procedure.properties", "hd.days = 61\n", "fourth/office-GENT/deadlines.drl", "rule broken"));
        assertThatThrownBy(() -> VersionedRuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e -> {
            List<String> lines = e.problems().stream().map(RuleProblem::toString).toList();
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("versions.index:1:1: the first version 'first' starts on 2019-01-01"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("versions.index:3:1: ").contains("overlap"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("versions.index:4:1: ").contains("oldest first"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("versions.index:5:").contains("'x': not a date"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("fourth/office-Gent:0:0: 'Gent' is not an office of the case format"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("fourth/office-GENT/deadlines.drl:").contains("(version fourth, office GENT)"));
        });
    }

    @Test
    void a_gap_between_versions_and_an_end_to_the_last_are_refused() throws Exception {
        Path dir = VersionedDirs.write(shared.resolve("gap"), """
                first    -           2019-05-30  -
                second   2019-06-01  2020-01-01  -
                """, Map.of());
        assertThatThrownBy(() -> VersionedRuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                        "versions.index:2:1: version 'second' starts on 2019-06-01 but version 'first' ends on 2019-05-30: the days between "
                                + "would have no rules; let it end the day before (2019-05-31) or leave its end out (-)",
                        "versions.index:2:1: the last version 'second' ends on 2020-01-01: a case petitioned after it would have no rules; "
                                + "leave its end out (-)"));
    }

    @Test
    void a_failed_reload_keeps_every_running_version() throws Exception {
        Path dir = VersionedDirs.twoVersions(shared.resolve("reload"));
        SosEngine engine = SosEngine.fromDirectory(dir);
        List<RuleSetInfo> before = engine.ruleSets();
        Files.writeString(dir.resolve("versions.index"), "pilot - \n2019-07 2019-07-01\nlate 2019-06-01 - -\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> engine.reload(dir)).isInstanceOf(RuleSetException.class);
        assertThat(engine.ruleSets()).isEqualTo(before);
        Files.writeString(dir.resolve("versions.index"), "pilot -  -  -\n", StandardCharsets.UTF_8);
        engine.reload(dir);
        assertThat(engine.ruleSets()).extracting(i -> i.version().name()).containsExactly("pilot");
    }
}
