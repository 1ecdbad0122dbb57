package be.sos.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.model.Minor;
import be.sos.testkit.CaseGenerator;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class ClocksProperties {

    @Provide
    Arbitrary<LocalDate> petitions() {
        return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31));
    }

    private static Case petitionedOn(LocalDate petition) {
        return Case.builder("c", "GENT", petition).minor(new Minor("m1", petition.minusYears(10))).build();
    }

    @Property
    void day_n_is_the_petition_date_plus_n_minus_one(
            @ForAll("petitions") LocalDate petition, @ForAll @IntRange(min = -400, max = 400) int n) {
        Clocks clocks = Clocks.of(petitionedOn(petition));
        assertThat(clocks.day(n)).isEqualTo(petition.plusDays(n - 1L));
        assertThat(clocks.dayNumber(clocks.day(n))).isEqualTo(n);
    }

    @Property
    void the_hd_end_is_day_60_and_the_bmo_day_75(@ForAll("petitions") LocalDate petition) {
        Clocks clocks = Clocks.of(petitionedOn(petition));
        assertThat(clocks.dayNumber(clocks.hdEnd())).isEqualTo(60);
        assertThat(clocks.dayNumber(clocks.bmoDue())).isEqualTo(75);
    }

    @Property
    void the_module_runs_six_weeks_from_the_dispatch_but_never_past_the_hd_end(
            @ForAll("petitions") LocalDate petition, @ForAll @IntRange(min = 1, max = 70) int dispatchDay) {
        LocalDate dispatch = petition.plusDays(dispatchDay - 1L);
        Clocks clocks = Clocks.of(petitionedOn(petition).toBuilder().event(EventType.DISPATCH_TO_MODULE, dispatch).build());

        assertThat(clocks.moduleStart()).isEqualTo(dispatch);
        LocalDate sixWeeks = dispatch.plusDays(41);
        LocalDate eightWeeks = dispatch.plusDays(55);
        if (dispatchDay + 41 <= 60) {
            assertThat(clocks.moduleEnd()).isEqualTo(sixWeeks);
        } else if (dispatchDay <= 60) {
            assertThat(clocks.moduleEnd()).isEqualTo(clocks.hdEnd());
        } else {
            // a dispatch after the HD end: the module cannot fit, and its end is its start, never before it
            assertThat(clocks.moduleEnd()).isEqualTo(dispatch);
        }
        assertThat(clocks.moduleEnd()).isAfterOrEqualTo(clocks.moduleStart());
        assertThat(clocks.extendedEndCapped()).isEqualTo(dispatchDay + 55 > 60);
        assertThat(clocks.extendedEnd()).isEqualTo(dispatchDay > 60 ? dispatch
                : clocks.extendedEndCapped() ? clocks.hdEnd() : eightWeeks);
        assertThat(clocks.extendedEnd()).isAfterOrEqualTo(clocks.moduleEnd());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 200)
    void the_clocks_of_any_generated_case_are_in_order(@ForAll("seeds") long seed) {
        Case c = CaseGenerator.withSeed(seed).next();
        Clocks clocks = Clocks.of(c);
        assertThat(clocks.moduleStart()).isEqualTo(c.firstEvent(EventType.DISPATCH_TO_MODULE).orElse(c.petitionDate()));
        assertThat(clocks.hdEnd()).isBefore(clocks.bmoDue());
        if (clocks.moduleStart().isBefore(clocks.hdEnd())) {
            assertThat(clocks.moduleEnd()).isAfter(clocks.moduleStart())
                    .isBeforeOrEqualTo(clocks.extendedEnd());
            assertThat(clocks.extendedEnd()).isBeforeOrEqualTo(clocks.hdEnd());
        } else {
            // a dispatch after the HD end, which the generator makes now and then: no module fits
            assertThat(clocks.moduleEnd()).isEqualTo(clocks.moduleStart()).isEqualTo(clocks.extendedEnd());
        }
    }
}
