package be.sos.views;

import java.util.List;

/**
 * The lines of the work list for one role or office, most urgent first.
 *
 * @param key the role ({@code CONSULTANT}) or the office ({@code GENT})
 * @param label the role or office in words
 * @param items the lines
 */
public record WorkGroup(String key, String label, List<WorkItem> items) {
    /** Copies the list. */
    public WorkGroup {
        items = List.copyOf(items);
    }

    /** The group without its lines. */
    @Override
    public String toString() {
        return "WorkGroup[key=" + key + ", items=" + items.size() + "]";
    }
}
