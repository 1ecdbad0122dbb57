package be.sos.views;

/**
 * Scaling at the start and at the end, the family against the professionals, over the selected
 * cases of a period. Per case and side: the mean of that side's scores on the first day the side
 * answered, and on the last; then the mean of those over the cases where the side answered.
 *
 * @param familyStart the family side (minors, parents, informal network) at the start
 * @param professionalsStart the professionals (professionals, professional network) at the start
 * @param familyEnd the family side at the end
 * @param professionalsEnd the professionals at the end
 */
public record ScalingFigures(Mean familyStart, Mean professionalsStart, Mean familyEnd, Mean professionalsEnd) {
}
