package be.sos.rules;

/**
 * Direct contact time (docs/policy.md §10).
 *
 * @param directContactMinutes all direct contact minutes known on the day
 * @param minutesPerWeek those minutes per week of guidance, to one decimal
 */
public record Metrics(long directContactMinutes, double minutesPerWeek) {
}
