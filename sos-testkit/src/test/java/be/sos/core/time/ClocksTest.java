package be.sos.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The clocks of docs/policy.md §4, with the dates worked out by hand. */
class ClocksTest {
    private static final LocalDate GENT_PETITION = LocalDate.of(2019, 1, 14);

    /** The Gent case with its dispatch to the module moved to {@code dispatch}, or removed when null. */
    private static Case gentDispatchedOn(LocalDate dispatch) {
        Case.Builder b = PilotCases.gent().toBuilder().removeEvents(e -> e.type() == EventType.DISPATCH_TO_MODULE);
        if (dispatch != null) {
            b.event(EventType.DISPATCH_TO_MODULE, dispatch);
        }
        return b.build();
    }

    @Test
    void gent_runs_six_weeks_from_its_dispatch() {
        Clocks clocks = Clocks.of(PilotCases.gent());
        assertThat(clocks.petition()).isEqualTo(GENT_PETITION);
        assertThat(clocks.moduleStart()).isEqualTo(LocalDate.of(2019, 1, 16));
        assertThat(clocks.moduleEnd()).isEqualTo(LocalDate.of(2019, 2, 26));
        assertThat(clocks.extendedEnd()).isEqualTo(LocalDate.of(2019, 3, 12));
        assertThat(clocks.extendedEndCapped()).isFalse();
        assertThat(clocks.hdEnd()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(clocks.bmoDue()).isEqualTo(LocalDate.of(2019, 3, 29));
        // the pilot closed on the last day of its module
        assertThat(PilotCases.gent().closure().date()).isEqualTo(clocks.moduleEnd());
    }

    @Test
    void dendermonde_runs_six_weeks_from_its_dispatch() {
        Clocks clocks = Clocks.of(PilotCases.dendermonde());
        assertThat(clocks.petition()).isEqualTo(LocalDate.of(2019, 10, 5));
        assertThat(clocks.moduleStart()).isEqualTo(LocalDate.of(2019, 10, 7));
        assertThat(clocks.moduleEnd()).isEqualTo(LocalDate.of(2019, 11, 17));
        assertThat(clocks.extendedEnd()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(clocks.extendedEndCapped()).isFalse();
        assertThat(clocks.hdEnd()).isEqualTo(LocalDate.of(2019, 12, 3));
        assertThat(clocks.bmoDue()).isEqualTo(LocalDate.of(2019, 12, 18));
        assertThat(PilotCases.dendermonde().closure().date()).isEqualTo(clocks.moduleEnd());
    }

    @Test
    void without_a_dispatch_the_module_starts_on_the_petition_date() {
        Clocks clocks = Clocks.of(gentDispatchedOn(null));
        assertThat(clocks.moduleStart()).isEqualTo(GENT_PETITION);
        assertThat(clocks.moduleEnd()).isEqualTo(LocalDate.of(2019, 2, 24));
        assertThat(clocks.extendedEnd()).isEqualTo(LocalDate.of(2019, 3, 10));
        assertThat(clocks.hdEnd()).isEqualTo(LocalDate.of(2019, 3, 14));
    }

    @Test
    void the_first_dispatch_counts_when_there_are_two() {
        Case c = gentDispatchedOn(LocalDate.of(2019, 1, 17)).toBuilder()
                .event(EventType.DISPATCH_TO_MODULE, LocalDate.of(2019, 1, 15)).build();
        assertThat(Clocks.of(c).moduleStart()).isEqualTo(LocalDate.of(2019, 1, 15));
    }

    @Test
    void a_dispatch_so_late_that_six_weeks_pass_the_hd_end_ends_the_module_at_the_hd_end() {
        // day 25: 41 days later is day 66
        Clocks clocks = Clocks.of(gentDispatchedOn(LocalDate.of(2019, 2, 7)));
        assertThat(clocks.moduleStart()).isEqualTo(LocalDate.of(2019, 2, 7));
        assertThat(clocks.moduleEnd()).isEqualTo(clocks.hdEnd()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(clocks.extendedEnd()).isEqualTo(clocks.hdEnd());
        assertThat(clocks.extendedEndCapped()).isTrue();
    }

    @Test
    void a_dispatch_after_the_hd_end_never_gives_a_module_end_before_its_start() {
        // day 71: the HD end (day 60) has passed; before, the module ended on day 60, eleven days before it started
        LocalDate day71 = GENT_PETITION.plusDays(70);
        Clocks clocks = Clocks.of(gentDispatchedOn(day71));
        assertThat(clocks.moduleStart()).isEqualTo(day71);
        assertThat(clocks.moduleEnd()).isEqualTo(day71);
        assertThat(clocks.extendedEnd()).isEqualTo(day71);
        assertThat(clocks.extendedEndCapped()).isTrue();
        assertThat(clocks.hdEnd()).isBefore(clocks.moduleStart());
    }

    @Test
    void an_extension_that_would_pass_the_hd_end_is_capped_and_flagged() {
        // day 6: the module ends on day 47, an extension would end on day 61
        Clocks clocks = Clocks.of(gentDispatchedOn(LocalDate.of(2019, 1, 19)));
        assertThat(clocks.moduleEnd()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(clocks.extendedEnd()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(clocks.extendedEndCapped()).isTrue();
    }

    @Test
    void an_extension_that_ends_on_the_hd_end_itself_is_not_capped() {
        // day 5: an extension ends on day 60
        Clocks clocks = Clocks.of(gentDispatchedOn(LocalDate.of(2019, 1, 18)));
        assertThat(clocks.extendedEnd()).isEqualTo(clocks.hdEnd());
        assertThat(clocks.extendedEndCapped()).isFalse();
    }

    @Test
    void day_numbers_count_the_petition_as_day_one() {
        Clocks clocks = Clocks.of(PilotCases.gent());
        assertThat(clocks.day(1)).isEqualTo(GENT_PETITION);
        assertThat(clocks.day(60)).isEqualTo(clocks.hdEnd());
        assertThat(clocks.day(75)).isEqualTo(clocks.bmoDue());
        assertThat(clocks.dayNumber(GENT_PETITION)).isEqualTo(1);
        assertThat(clocks.dayNumber(LocalDate.of(2019, 1, 28))).isEqualTo(15);
        assertThat(clocks.dayNumber(LocalDate.of(2019, 1, 13))).isZero();
        assertThat(Clocks.day(GENT_PETITION, 0)).isEqualTo(LocalDate.of(2019, 1, 13));
    }

    @Test
    void other_lengths_move_every_clock() {
        Clocks clocks = Clocks.of(PilotCases.gent(), new ProcedureLengths(28, 7, 45, 60));
        assertThat(clocks.moduleEnd()).isEqualTo(LocalDate.of(2019, 2, 12));
        assertThat(clocks.extendedEnd()).isEqualTo(LocalDate.of(2019, 2, 19));
        assertThat(clocks.hdEnd()).isEqualTo(LocalDate.of(2019, 2, 27));
        assertThat(clocks.bmoDue()).isEqualTo(LocalDate.of(2019, 3, 14));
    }

    @Test
    void lengths_must_make_sense() {
        assertThat(ProcedureLengths.DEFAULT).isEqualTo(new ProcedureLengths(42, 14, 60, 75));
        assertThatThrownBy(() -> new ProcedureLengths(0, 14, 60, 75))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("module 0");
        assertThatThrownBy(() -> new ProcedureLengths(42, 14, 60, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BMO day (60)");
    }
}
