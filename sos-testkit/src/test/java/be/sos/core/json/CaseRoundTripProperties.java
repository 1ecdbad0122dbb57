package be.sos.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseRoundTripProperties {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 200)
    void any_generated_case_reads_back_equal_from_its_json(@ForAll("seeds") long seed) throws InvalidCaseException {
        Case c = CaseGenerator.withSeed(seed).next();
        assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c);
        assertThat(CaseJson.read(CaseJson.writePretty(c))).isEqualTo(c);
    }

    @Property(tries = 200)
    void writing_is_deterministic_and_stable_under_a_round_trip(@ForAll("seeds") long seed) throws InvalidCaseException {
        Case c = CaseGenerator.withSeed(seed).next();
        String json = CaseJson.write(c);
        assertThat(CaseJson.write(c)).isEqualTo(json);
        assertThat(CaseJson.write(CaseGenerator.withSeed(seed).next())).isEqualTo(json);
        assertThat(CaseJson.write(CaseJson.read(json))).isEqualTo(json);
        assertThat(json).doesNotContain("\n");
    }

    @Property(tries = 50)
    void a_case_as_known_on_any_day_reads_back_equal(@ForAll("seeds") long seed) throws InvalidCaseException {
        Case c = CaseGenerator.withSeed(seed).next();
        for (int day : new int[] {0, 14, 41, 70}) {
            Case known = c.asKnownOn(c.petitionDate().plusDays(day));
            assertThat(CaseJson.read(CaseJson.write(known))).isEqualTo(known);
        }
    }

    @Example
    void the_pilot_cases_read_back_equal() throws InvalidCaseException {
        for (Case c : List.of(PilotCases.gent(), PilotCases.dendermonde())) {
            assertThat(CaseJson.read(CaseJson.writePretty(c))).isEqualTo(c);
        }
    }
}
