package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.time.Clocks;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.facts.Portfolio;
import be.sos.rules.facts.Procedure;
import be.sos.testkit.CaseGenerator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * The programme rules see only the cases that can matter to a candidate ({@link Portfolio#of});
 * their findings are those they give with the whole portfolio, candidate by candidate.
 */
class PortfolioFilterTest {
    private static List<String> programmeFindings(CompiledRuleSet rules, Case candidate, Portfolio portfolio) {
        LocalDate day = candidate.petitionDate();
        Case known = candidate.asKnownOn(day);
        Procedure procedure = new Procedure(known, day, Clocks.of(known, rules.parameters().lengths()), rules.parameters().numbers());
        RecordingOutcomes out = new RecordingOutcomes(procedure, ProcedureCalendar.CALENDAR_DAYS);
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("out", out);
            Facts.insert(session, procedure);
            session.insert(portfolio);
            session.fireAllRules(match -> match.getRule().getName().startsWith("PROG-"));
        } finally {
            session.dispose();
        }
        return out.findings().stream().map(RecordedFinding::toString).sorted().toList();
    }

    @Test
    void the_programme_rules_find_the_same_with_the_cases_that_matter_as_with_all() throws Exception {
        CompiledRuleSet rules = RuleSetCompiler.bundled();
        List<Case> all = CaseGenerator.cases(7, 400).toList();
        int withFindings = 0;
        for (Case candidate : all.subList(0, 60)) {
            List<Case> others = all.stream().filter(c -> !c.id().equals(candidate.id())).toList();
            Procedure procedure = new Procedure(candidate, candidate.petitionDate(), Clocks.of(candidate, rules.parameters().lengths()),
                    rules.parameters().numbers());

            List<String> whole = programmeFindings(rules, candidate, new Portfolio(others));
            List<String> filtered = programmeFindings(rules, candidate, Portfolio.of(all, procedure));

            assertThat(filtered).as(candidate.id()).isEqualTo(whole);
            withFindings += whole.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).as("candidates with programme findings, so that the comparison says something").isGreaterThan(10);
    }
}
