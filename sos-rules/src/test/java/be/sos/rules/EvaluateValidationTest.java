package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Availability;
import be.sos.core.model.Case;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Parent;
import be.sos.core.model.SafetyGoal;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateValidationTest {
    private static final LocalDate DAY = LocalDate.of(2019, 2, 1);

    /** The Gent pilot case, changed in code: a goal that points at no bottom line, and a parent's id twice. */
    private static Case broken() {
        Case gent = PilotCases.gent();
        Parent first = gent.parents().get(0);
        return gent.toBuilder()
                .safetyGoal(new SafetyGoal("goal-x", "free text of the goal", List.of("no-such-line"), GoalStatus.OPEN))
                .parent(new Parent(first.id(), Availability.AVAILABLE, Boolean.TRUE))
                .build();
    }

    @Test
    void evaluate_refuses_a_case_made_in_code_that_fails_validation_with_every_problem() {
        Case c = broken();
        List<String> expected = CaseJson.validate(c).stream().map(Object::toString).toList();
        assertThat(expected).hasSize(2);

        assertThatThrownBy(() -> Engines.bundled().evaluate(c, DAY))
                .isInstanceOfSatisfying(InvalidCaseArgumentException.class, e -> {
                    assertThat(e.problems()).isEqualTo(CaseJson.validate(c));
                    assertThat(e.getMessage()).startsWith("the case is not valid: ");
                    expected.forEach(p -> assertThat(e.getMessage()).contains(p));
                    assertThat(e.getMessage()).doesNotContain("free text", "no-such-line");
                });
    }

    @Test
    void every_way_to_evaluate_refuses_it() {
        Case c = broken();
        List<String> fired = new ArrayList<>();
        assertThatThrownBy(() -> Engines.bundled().evaluate(c, DAY, EvaluationOptions.DEFAULT))
                .isInstanceOf(InvalidCaseArgumentException.class);
        assertThatThrownBy(() -> Engines.bundled().evaluate(c, DAY, EvaluationOptions.DEFAULT, fired::add))
                .isInstanceOf(InvalidCaseArgumentException.class);
        assertThat(fired).as("no rule ran").isEmpty();
    }

    @Test
    void a_valid_case_made_in_code_is_evaluated() {
        Case c = PilotCases.gent().toBuilder().build();
        assertThat(Engines.bundled().evaluate(c, DAY).caseId()).isEqualTo(c.id());
    }
}
