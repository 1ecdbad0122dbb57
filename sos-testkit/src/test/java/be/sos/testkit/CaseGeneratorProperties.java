package be.sos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.Event;
import be.sos.core.model.Minor;
import be.sos.core.time.Clocks;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseGeneratorProperties {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 100)
    void the_same_seed_always_gives_the_same_cases(@ForAll("seeds") long seed) {
        assertThat(CaseGenerator.cases(seed, 3).toList()).isEqualTo(CaseGenerator.cases(seed, 3).toList());
    }

    @Property(tries = 200)
    void a_generated_case_lives_inside_its_procedure(@ForAll("seeds") long seed) {
        Case c = CaseGenerator.withSeed(seed).next();
        Clocks clocks = Clocks.of(c);

        assertThat(c.id()).isEqualTo("gen-" + seed + "-1");
        assertThat(c.petitionDate()).isBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(c.minors()).hasSizeBetween(1, 3);
        for (Minor minor : c.minors()) {
            assertThat(minor.birthDate()).isBefore(c.petitionDate());
        }
        for (Event event : c.events()) {
            assertThat(clocks.dayNumber(event.date())).as(event.type().name()).isBetween(1, 120);
        }
        assertThat(c.events()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(c.safetyPlans()).hasSizeLessThanOrEqualTo(3);
        assertThat(c.extensionRequests()).hasSizeLessThanOrEqualTo(3);
        if (c.closure() == null) {
            assertThat(c.exit()).isEmpty();
        }
    }
}
