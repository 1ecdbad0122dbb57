package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.testkit.PilotCases;
import be.sos.testkit.Variations;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A dispatch so late that the module cannot fit in the urgent procedure (docs/policy.md §4): the
 * module never ends before it starts, and the case is not eligible, with a finding that says why.
 */
class ModuleFitTest {
    private static final Case GENT = PilotCases.gent();
    private static final LocalDate PETITION = GENT.petitionDate();

    private static Case dispatchedOnDay(int day) {
        return Variations.open(GENT).toBuilder()
                .removeEvents(e -> e.type() == EventType.DISPATCH_TO_MODULE)
                .event(EventType.DISPATCH_TO_MODULE, PETITION.plusDays(day - 1L))
                .build();
    }

    @Test
    void a_dispatch_on_day_71_gives_no_module_end_before_its_start_and_blocks_the_case() {
        LocalDate day71 = PETITION.plusDays(70);
        Evaluation e = Engines.bundled().evaluate(dispatchedOnDay(71), day71,
                EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH));
        assertThat(e.clocks().moduleStart()).isEqualTo(day71);
        assertThat(e.clocks().moduleEnd()).isEqualTo(day71);
        assertThat(e.clocks().hdEnd()).isEqualTo(PETITION.plusDays(59));
        assertThat(e.eligibility().eligible()).isFalse();
        assertThat(e.eligibility().blockers()).contains("SEL_MODULE_DOES_NOT_FIT");
        Finding f = e.findings().stream().filter(x -> x.code().equals("SEL_MODULE_DOES_NOT_FIT")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.subject()).isNull();
        assertThat(f.ruleId()).isEqualTo("SEL-00");
        assertThat(f.message()).isEqualTo("The module starts on " + day71 + ", not before the end of the urgent procedure on "
                + e.clocks().hdEnd() + ": it no longer fits and cannot start.");

        Evaluation dutch = Engines.bundled().evaluate(dispatchedOnDay(71), day71);
        assertThat(dutch.findings()).filteredOn(x -> x.code().equals("SEL_MODULE_DOES_NOT_FIT")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("De module start op " + day71));
    }

    @Test
    void the_module_fits_up_to_a_dispatch_on_day_59_and_not_from_day_60() {
        for (int day = 1; day <= 80; day++) {
            LocalDate dispatch = PETITION.plusDays(day - 1L);
            Evaluation e = Engines.bundled().evaluate(dispatchedOnDay(day), dispatch.plusDays(1));
            assertThat(e.clocks().moduleEnd()).as("day %d", day).isAfterOrEqualTo(e.clocks().moduleStart());
            assertThat(e.has("SEL_MODULE_DOES_NOT_FIT")).as("day %d", day).isEqualTo(day >= 60);
        }
    }
}
