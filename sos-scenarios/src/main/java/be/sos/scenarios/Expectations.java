package be.sos.scenarios;

import be.sos.core.model.EventType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of the evaluation (the {@code expect:} of a scenario file). Immutable.
 *
 * @param present findings that must be there: {@code "CODE"} (any subject) or {@code "CODE SUBJECT"}
 * @param absent findings that must not be there, written the same way
 * @param eligible whether the case must be eligible, or null when not checked
 * @param fires for each rule id, whether that rule must fire ({@code true}) or must not
 *     ({@code false}) on this case
 * @param schedule for each milestone, what its row of the schedule must show
 */
public record Expectations(List<String> present, List<String> absent, Boolean eligible, Map<String, Boolean> fires,
                           Map<EventType, MilestoneExpectation> schedule) {
    /** Copies the lists and maps, keeping their order. */
    public Expectations {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        fires = Collections.unmodifiableMap(new LinkedHashMap<>(fires));
        schedule = Collections.unmodifiableMap(new LinkedHashMap<>(schedule));
    }

    /** Whether nothing at all is expected. */
    public boolean isEmpty() {
        return present.isEmpty() && absent.isEmpty() && eligible == null && fires.isEmpty() && schedule.isEmpty();
    }
}
