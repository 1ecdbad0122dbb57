package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings alike in severity, code and subject come in the order of their values, not in the
 * order the rules happened to fire: the same case gives the same evaluation, whatever the rule
 * set's salience or Drools' agenda does.
 */
class FindingOrderTest {
    /** Two rules that record the same finding for two requests, the later request first (salience). */
    private static final String LATER_FIRST = """
            package be.sos.rules.drl;

            import be.sos.rules.facts.NumberedRequest;

            global be.sos.rules.facts.Outcomes out;

            rule "ORDER-02 Het tweede verzoek eerst" @id(ORDER-02) @source("test") salience 10
            when
                $r : NumberedRequest( number == 2 )
            then
                out.warning("EXT_REQUEST_TOO_LATE", null, $r.date());
            end

            rule "ORDER-01 Het eerste verzoek daarna" @id(ORDER-01) @source("test")
            when
                $r : NumberedRequest( number == 1 )
            then
                out.warning("EXT_REQUEST_TOO_LATE", null, $r.date());
            end
            """;

    @Test
    void findings_alike_come_in_the_order_of_their_dates_not_of_their_firing() throws Exception {
        CompiledRuleSet rules = RuleSetCompiler.compile(RuleTexts.alone("volgorde.drl", LATER_FIRST));
        Case file = PilotCases.gent().toBuilder().closure(null).extensionRequests(List.of(
                new ExtensionRequest(LocalDate.parse("2019-02-20"), List.of(ExtensionReason.GOALS_NOT_YET_REACHED)),
                new ExtensionRequest(LocalDate.parse("2019-02-22"), List.of(ExtensionReason.GOALS_NOT_YET_REACHED)))).build();
        List<String> fired = new ArrayList<>();

        List<Finding> findings = Evaluator.evaluate(rules, file, LocalDate.parse("2019-02-25"), EvaluationOptions.DEFAULT, fired::add)
                .findings();

        assertThat(fired).as("the later request's rule fires first").containsExactly("ORDER-02", "ORDER-01");
        assertThat(findings).extracting(Finding::ruleId).containsExactly("ORDER-01", "ORDER-02");
        assertThat(findings.get(0).message()).contains("2019-02-20");
    }

    @Test
    void values_compare_dates_by_date_numbers_by_size_and_the_rest_by_text() {
        assertThat(Evaluator.compareValues(List.of(LocalDate.parse("2019-02-20")), List.of(LocalDate.parse("2019-03-01")))).isNegative();
        assertThat(Evaluator.compareValues(List.of(9), List.of(10))).isNegative();
        assertThat(Evaluator.compareValues(List.of(2.5), List.of(2))).isPositive();
        assertThat(Evaluator.compareValues(List.of("B"), List.of("A"))).isPositive();
        assertThat(Evaluator.compareValues(List.of(1, "A"), List.of(1, "A"))).isZero();
        assertThat(Evaluator.compareValues(List.of(1), List.of(1, "A"))).isNegative();
    }
}
