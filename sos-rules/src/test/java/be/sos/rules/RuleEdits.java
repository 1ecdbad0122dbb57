package be.sos.rules;

/** Edits a policy officer might make to the bundled rule files, for tests. */
public final class RuleEdits {
    private static final String FIRST = "window.first-network-meeting.first = 14 day-number";
    private static final String LAST = "window.first-network-meeting.last = 15 day-number";

    private RuleEdits() {}

    /** procedure.properties with the first network meeting's window moved from day 14-15 to day 13-16. */
    public static String moveFirstNetworkMeeting(String parameters) {
        if (!parameters.contains(FIRST) || !parameters.contains(LAST)) {
            throw new IllegalArgumentException("procedure.properties no longer sets the first network meeting's window on day 14-15");
        }
        return parameters.replace(FIRST, "window.first-network-meeting.first = 13 day-number")
                .replace(LAST, "window.first-network-meeting.last = 16 day-number");
    }

    /** procedure.properties with the first network meeting's last day moved from day 15 to day 16: one line. */
    public static String lengthenFirstNetworkMeeting(String parameters) {
        if (!parameters.contains(LAST)) {
            throw new IllegalArgumentException("procedure.properties no longer ends the first network meeting's window on day 15");
        }
        return parameters.replace(LAST, "window.first-network-meeting.last = 16 day-number");
    }
}
