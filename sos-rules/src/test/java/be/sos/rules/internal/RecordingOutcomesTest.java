package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.time.Clocks;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.Engines;
import be.sos.rules.Evaluation;
import be.sos.rules.Severity;
import be.sos.rules.facts.Procedure;
import be.sos.rules.facts.Window;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The engine recording the outcomes rules write on the global {@code out}. */
class RecordingOutcomesTest {
    private static final Case GENT = PilotCases.gent();

    private static RecordingOutcomes outcomes() {
        LocalDate today = GENT.petitionDate();
        return new RecordingOutcomes(new Procedure(GENT, today, Clocks.of(GENT), java.util.Map.of()), ProcedureCalendar.CALENDAR_DAYS);
    }

    /** Regression: a finding without subject was sent to the window overload and failed on the null window. */
    @Test
    void a_blocker_a_warning_and_an_info_without_subject_are_recorded_without_subject() {
        RecordingOutcomes out = outcomes();
        out.firing("T-01", "§3");
        out.blocker("SEL_PLAN_NOT_EXPECTED");
        out.warning("HD_END_NEAR");
        out.info("EXIT_MISSING");
        assertThat(out.findings()).extracting(RecordedFinding::code, RecordedFinding::subject, RecordedFinding::severity,
                RecordedFinding::ruleId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SEL_PLAN_NOT_EXPECTED", null, Severity.BLOCKER, "T-01"),
                        org.assertj.core.groups.Tuple.tuple("HD_END_NEAR", null, Severity.WARNING, "T-01"),
                        org.assertj.core.groups.Tuple.tuple("EXIT_MISSING", null, Severity.INFO, "T-01"));
    }

    @Test
    void a_null_subject_written_as_a_window_gives_a_finding_without_subject() {
        RecordingOutcomes out = outcomes();
        out.warning("HD_END_NEAR", (Window) null);
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("HD_END_NEAR");
            assertThat(f.subject()).isNull();
        });
    }

    /** Regression: the first rule to record a finding without subject (HD-01) made the evaluation fail. */
    @Test
    void an_open_case_a_week_before_the_end_of_the_urgent_procedure_is_warned() {
        Case open = GENT.toBuilder().closure(null).build();
        Evaluation e = Engines.bundled().evaluate(open, GENT.petitionDate().plusDays(55));
        assertThat(e.has("HD_END_NEAR")).isTrue();
    }
}
