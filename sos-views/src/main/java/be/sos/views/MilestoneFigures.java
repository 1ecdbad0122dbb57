package be.sos.views;

import be.sos.core.model.EventType;

/**
 * How one milestone went over the selected cases of a period.
 *
 * @param milestone the milestone
 * @param onTime cases where it was recorded on or before its window's last day
 * @param late cases where it was recorded after it
 * @param missed cases where the window passed and it is not recorded
 * @param pending cases where its window has not passed yet and it is not recorded
 * @param notApplicable cases where it does not apply
 * @param medianDelay the median of the days between the last day and the day it was recorded, over
 *     the cases where it was late; null when none was
 */
public record MilestoneFigures(EventType milestone, int onTime, int late, int missed, int pending, int notApplicable,
                               Double medianDelay) {
    /** The cases where the milestone is settled: on time, late or missed. */
    public int settled() {
        return onTime + late + missed;
    }

    /** The percentage of the settled cases done on time, or null when none is settled. */
    public Double shareOnTime() {
        return share(onTime);
    }

    /** The percentage of the settled cases done late, or null when none is settled. */
    public Double shareLate() {
        return share(late);
    }

    /** The percentage of the settled cases missed, or null when none is settled. */
    public Double shareMissed() {
        return share(missed);
    }

    private Double share(int count) {
        return settled() == 0 ? null : 100.0 * count / settled();
    }
}
