package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules validate DIR} also evaluates the cases of the scenarios in {@code DIR/scenarios} under the
 * evaluation budgets, and refuses a rule set that fails on one of them in one line naming the scenario.
 */
class RulesValidateScenariosTest {
    @TempDir
    Path tmp;

    @Test
    void a_rule_set_that_fails_on_one_of_its_scenarios_is_refused_in_one_line() throws IOException {
        Path dir = tmp.resolve("my-rules");
        assertThat(CliRun.of("rules", "export", dir.toString()).code()).isZero();
        assertThat(CliRun.of("rules", "validate", dir.toString()).code()).isZero();

        Files.writeString(dir.resolve("hostile.drl"), """
                package be.sos.rules.drl;

                import be.sos.rules.facts.Procedure;

                global be.sos.rules.facts.Outcomes out;

                rule "HOSTILE-02 Het zesde kind van een onbekend kantoor" @id(HOSTILE-02) @source("test")
                when
                    Procedure(office == "ZZTEST", minors.get(5) != null)
                then
                    out.warning("HD_END_NEAR");
                end
                """);
        // the trial's own cases do not reach the rule: without a scenario of that office the rule set passes
        assertThat(CliRun.of("rules", "validate", dir.toString()).code()).isZero();

        Files.writeString(dir.resolve("scenarios/zztest.yaml"), "name: Een zaak van een onbekend kantoor\nrule: HOSTILE-02\n"
                + "case: cases/standaard.json\nwith: {office: ZZTEST}\ntoday: 2024-01-20\nexpect: {eligible: true}\n");
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .startsWith(dir.resolve("scenarios/zztest.yaml") + ":1:0: ")
                .contains("bij de zaak van dit scenario, dag 13", "regel HOSTILE-02 liep vast", "geweigerd");
        CliRun english = CliRun.of("rules", "validate", dir.toString(), "--lang", "en");
        assertThat(english.code()).isEqualTo(3);
        assertThat(english.err().lines()).hasSize(1).first().asString()
                .contains("on this scenario's case, day 13", "rule HOSTILE-02 failed", "refused");
    }
}
