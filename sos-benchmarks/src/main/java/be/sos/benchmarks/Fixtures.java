package be.sos.benchmarks;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.testkit.CaseGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The cases the benchmarks evaluate: the first pilot case (as the bundled example) and generated cases. */
final class Fixtures {
    /** How many generated cases the benchmarks cycle through. */
    static final int GENERATED = 1024;

    private Fixtures() {}

    /** Pilot case 1 (§4), as bundled with the examples. */
    static Case pilot() {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("be/sos/examples/cases/voorbeeld-gent.json")) {
            return CaseJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCaseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Days of the pilot case that show the procedure at work: day 5, 15, 30 and 45. */
    static LocalDate[] pilotDays(Case pilot) {
        return new LocalDate[] {pilot.petitionDate().plusDays(4), pilot.petitionDate().plusDays(14),
            pilot.petitionDate().plusDays(29), pilot.petitionDate().plusDays(44)};
    }

    /** Generated cases, always the same. */
    static List<Case> generated() {
        return CaseGenerator.cases(20261130L, GENERATED).toList();
    }

    /** For each generated case a day inside its procedure (days 1 to 80), always the same. */
    static LocalDate[] generatedDays(List<Case> cases) {
        LocalDate[] days = new LocalDate[cases.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = cases.get(i).petitionDate().plusDays((i * 37L) % 80);
        }
        return days;
    }
}
