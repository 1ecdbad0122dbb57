package be.sos.rules;

/** Edits a policy officer might make to the bundled rule files, for tests. */
public final class RuleEdits {
    private static final String FIRST_NETWORK_MEETING = "insert(out.window(EventType.FIRST_NETWORK_MEETING, $p.day(14), $p.day(15),";

    private RuleEdits() {}

    /** deadlines.drl with the first network meeting's window moved from day 14-15 to day 13-16. */
    public static String moveFirstNetworkMeeting(String deadlines) {
        if (!deadlines.contains(FIRST_NETWORK_MEETING)) {
            throw new IllegalArgumentException("deadlines.drl no longer sets the first network meeting's window on day 14-15");
        }
        return deadlines.replace(FIRST_NETWORK_MEETING, "insert(out.window(EventType.FIRST_NETWORK_MEETING, $p.day(13), $p.day(16),");
    }
}
