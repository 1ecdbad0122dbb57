package be.sos.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.sos.core.testing.PilotCases;
import be.sos.core.time.Clocks;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    private static Outcomes outcomes() {
        LocalDate today = LocalDate.parse("2019-02-10");
        return new Outcomes(new Procedure(PilotCases.gent(), today, Clocks.of(PilotCases.gent())), ProcedureCalendar.CALENDAR_DAYS);
    }

    @Test
    void a_finding_without_subject_is_recorded_without_subject() {
        // Regression: out.warning(code) once picked the milestone-window overload with a null window
        // and failed, so HD-01 (HD_END_NEAR) crashed every evaluation in the last week of the HD procedure.
        Outcomes out = outcomes();
        out.firing("HD-01", "§3 Afronding traject");

        out.warning("HD_END_NEAR");
        out.blocker("SEL_NO_JUDGE_FIAT");
        out.info("EXIT_MISSING");

        assertThat(out.findings()).extracting(RecordedFinding::code, RecordedFinding::subject, RecordedFinding::severity)
                .containsExactly(
                        tuple("HD_END_NEAR", null, Severity.WARNING),
                        tuple("SEL_NO_JUDGE_FIAT", null, Severity.BLOCKER),
                        tuple("EXIT_MISSING", null, Severity.INFO));
        assertThat(out.findings()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("HD-01"));
    }
}
