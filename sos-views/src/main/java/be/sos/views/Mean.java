package be.sos.views;

/**
 * A mean over some values.
 *
 * @param n how many values
 * @param mean their mean, or null when {@code n} is 0
 */
public record Mean(int n, Double mean) {
    static Mean of(double sum, int n) {
        return new Mean(n, n == 0 ? null : sum / n);
    }
}
