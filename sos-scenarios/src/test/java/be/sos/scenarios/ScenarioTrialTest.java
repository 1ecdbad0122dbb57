package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.rules.RuleProblem;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trial over a rule directory's own scenarios ({@code rules validate}): a rule set that breaks a
 * budget on the case of one of them is refused at that scenario, naming the rule, even when it
 * passes the engine's own trial over the bundled corpus.
 */
class ScenarioTrialTest {
    /** A rule that joins four lists of the case and three kinds of facts, but only for one office. */
    static final String HOSTILE = """
            package be.sos.rules.drl;

            import be.sos.core.model.Event;
            import be.sos.core.model.Minor;
            import be.sos.core.model.NetworkMember;
            import be.sos.core.model.Parent;
            import be.sos.rules.facts.Procedure;

            global be.sos.rules.facts.Outcomes out;

            rule "HOSTILE-01 Alleen voor een kantoor dat de voorbeelden niet kennen" @id(HOSTILE-01) @source("test")
            when
                $p : Procedure(office == "ZZTEST")
                $e1 : Event() from $p.events()
                $e2 : Event() from $p.events()
                $e3 : Event() from $p.events()
                $e4 : Event() from $p.events()
                NetworkMember()
                Parent()
                Minor()
            then
                out.warning("HD_END_NEAR");
            end
            """;
    /** A scenario on the Gent pilot case, moved to that office. */
    static final String SCENARIO = """
            name: De zaak van een ander kantoor
            case: cases/gent.json
            with: {office: ZZTEST}
            today: 2019-02-01
            expect:
              eligible: true
            """;

    @TempDir
    Path dir;

    /** The bundled rule files, plus {@code extra} files, in {@link #dir}. */
    static void write(Path dir, Map<String, String> extra) throws Exception {
        for (var file : SosEngine.bundled().ruleFiles().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        for (var file : extra.entrySet()) {
            Files.createDirectories(dir.resolve(file.getKey()).getParent());
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
    }

    @Test
    void a_rule_set_that_breaks_a_budget_on_a_scenario_is_refused_there_with_the_rule() throws Exception {
        write(dir, Map.of("hostile.drl", HOSTILE, "scenarios/cases/gent.json", CaseJson.writePretty(PilotCases.gent()),
                "scenarios/other-office.yaml", SCENARIO));
        // the engine's own trial does not see that office
        SosEngine engine = SosEngine.fromDirectory(dir);
        Optional<RuleProblem> problem = ScenarioTrial.run(engine, dir.resolve("scenarios"));
        assertThat(problem).isPresent();
        assertThat(problem.get().file()).isEqualTo(dir.resolve("scenarios/other-office.yaml").toString());
        assertThat(problem.get().line()).isEqualTo(1);
        assertThat(problem.get().message()).contains("HOSTILE-01", "day 19 of its procedure", "refused").doesNotContain("\n");
    }

    @Test
    void the_bundled_scenarios_pass_with_the_bundled_rules_and_expectations_are_not_judged() throws Exception {
        write(dir, Map.of());
        for (var file : Scenarios.bundled().entrySet()) {
            Files.createDirectories(dir.resolve("scenarios").resolve(file.getKey()).getParent());
            Files.writeString(dir.resolve("scenarios").resolve(file.getKey()), file.getValue());
        }
        // a scenario whose expectation fails is for rules test, not for the trial
        Files.writeString(dir.resolve("scenarios/wrong.yaml"), SCENARIO.replace("cases/gent.json", "cases/standaard.json")
                .replace("eligible: true", "eligible: false\n  present: [NO_SUCH_CODE]"));
        assertThat(ScenarioTrial.run(SosEngine.fromDirectory(dir), dir.resolve("scenarios"))).isEmpty();
    }

    @Test
    void a_rule_directory_without_scenarios_passes() throws Exception {
        assertThat(ScenarioTrial.run(SosEngine.bundled(), dir.resolve("scenarios"))).isEmpty();
    }
}
