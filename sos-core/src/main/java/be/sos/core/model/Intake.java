package be.sos.core.model;

/**
 * The team lead's intake assessment against the selection criteria (§3). A {@code null} answer
 * means not assessed yet.
 *
 * @param workablePlanExpected a workable safety plan is expected within 6 weeks
 * @param judgeFiatForReturnHome the judge agrees that working towards home with a plan is possible
 * @param networkMobilisable the network can be mobilised within 6 weeks
 * @param riskInformationShared important information on working with parents and context is shared
 */
public record Intake(Boolean workablePlanExpected, Boolean judgeFiatForReturnHome,
                     Boolean networkMobilisable, Boolean riskInformationShared) {
    /** An intake on which nothing was assessed yet. */
    public static final Intake NOT_ASSESSED = new Intake(null, null, null, null);
}
