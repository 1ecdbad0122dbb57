package be.sos.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Minor;
import be.sos.core.model.SafetyGoal;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseValidationTest {
    private static final String SECRET = "Jansens-Verbeke";

    /** A case made in code with a goal that points at no bottom line and a minor's id twice. */
    static Case invalidByBuilder() {
        LocalDate petition = LocalDate.of(2019, 1, 7);
        return Case.builder("CASE-1", "GENT", petition)
                .minor(new Minor("m1", LocalDate.of(2010, 3, 4)))
                .minor(new Minor("m1", LocalDate.of(2012, 5, 6)))
                .bottomLine(new BottomLine("b1", SECRET, BottomLineType.ASSESSED, null, null, BottomLineStatus.OPEN))
                .safetyGoal(new SafetyGoal("g1", SECRET, List.of("b1", "b9"), GoalStatus.OPEN))
                .build();
    }

    @Test
    void a_case_made_by_the_builder_gets_every_problem_with_its_path() {
        List<Problem> problems = CaseJson.validate(invalidByBuilder());

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "$.minors[1].id: duplicate id",
                "$.safetyGoals[0].bottomLines[1]: refers to no bottom line of the case");
    }

    @Test
    void validating_gives_the_same_paths_and_messages_as_reading_the_cases_file() {
        Case c = invalidByBuilder();
        String json = CaseJson.write(c);

        assertThatThrownBy(() -> CaseJson.read(json))
                .isInstanceOfSatisfying(InvalidCaseException.class, e ->
                        assertThat(e.problems()).isEqualTo(CaseJson.validate(c)));
    }

    @Test
    void problems_never_hold_a_value_of_the_case() {
        assertThat(CaseJson.validate(invalidByBuilder()).toString()).doesNotContain(SECRET, "2010", "b9");
    }

    @Test
    void valid_cases_have_no_problem() {
        assertThat(CaseJson.validate(PilotCases.gent())).isEmpty();
        assertThat(CaseJson.validate(PilotCases.dendermonde())).isEmpty();
        CaseGenerator.cases(11, 300).forEach(c -> assertThat(CaseJson.validate(c)).isEmpty());
    }

    @Test
    void the_list_cannot_be_changed() {
        List<Problem> problems = CaseJson.validate(invalidByBuilder());
        assertThatThrownBy(problems::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
