package be.sos.core.model;

/**
 * A non-negotiable condition set by the judge (bodemeis).
 *
 * @param id unique among the bottom lines
 * @param text the judge's words (free text)
 * @param type the kind of bottom line
 * @param min for {@link BottomLineType#MIN_NETWORK_ADULTS}: how many adults, at least 1
 * @param minor for {@link BottomLineType#TRUSTED_PERSON}: the minor's id
 * @param status whether it is met
 */
public record BottomLine(String id, String text, BottomLineType type, Integer min, String minor, BottomLineStatus status) {
    /** Checks the fields; {@code status} defaults to {@code OPEN}. */
    public BottomLine {
        Checks.requiredId(id, "id");
        Checks.required(type, "type");
        if (type == BottomLineType.MIN_NETWORK_ADULTS) {
            Checks.range(min, 1, 100, "min");
        } else if (min != null) {
            throw new InvalidFieldException("min", "only for type MIN_NETWORK_ADULTS");
        }
        if (type == BottomLineType.TRUSTED_PERSON) {
            Checks.requiredId(minor, "minor");
        } else if (minor != null) {
            throw new InvalidFieldException("minor", "only for type TRUSTED_PERSON");
        }
        status = status == null ? BottomLineStatus.OPEN : status;
    }

    @Override
    public String toString() {
        return "BottomLine[id=" + id + ", type=" + type + ", status=" + status + "]";
    }
}
