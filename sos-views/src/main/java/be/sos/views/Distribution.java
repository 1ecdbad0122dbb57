package be.sos.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a figure is spread over cases: how many, the smallest, the median, the mean and the largest,
 * and how many fall in each of fixed bins.
 *
 * @param n how many values
 * @param min the smallest, or null when none
 * @param median the median (the mean of the two middle values when {@code n} is even), or null
 * @param mean the mean, or null
 * @param max the largest, or null
 * @param bins the counts per bin, in order
 */
public record Distribution(int n, Double min, Double median, Double mean, Double max, List<Bin> bins) {
    /** Copies the list. */
    public Distribution {
        bins = List.copyOf(bins);
    }

    /**
     * One bin of a distribution: the values from {@code from} (included) to {@code to} (excluded).
     *
     * @param label the bin as people read it, such as {@code 6-7}
     * @param from the lower bound, included
     * @param to the upper bound, excluded, or null for the last, open bin
     * @param count how many values fall in it
     */
    public record Bin(String label, double from, Double to, int count) {
    }

    /** The distribution of {@code values} over bins of {@code width} from 0, the last one open from {@code last}. */
    static Distribution of(double[] values, double width, double last, boolean whole) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        List<Bin> bins = new ArrayList<>();
        for (double from = 0; from < last - 1e-9; from += width) {
            double lo = from;
            double hi = from + width;
            int count = (int) Arrays.stream(sorted).filter(v -> v >= lo && v < hi).count();
            String label = whole && width == 1 ? Html.n(lo) : Html.n(lo) + "-" + Html.n(whole ? hi - 1 : hi);
            bins.add(new Bin(label, lo, hi, count));
        }
        int rest = (int) Arrays.stream(sorted).filter(v -> v >= last).count();
        bins.add(new Bin(Html.n(last) + "+", last, null, rest));
        if (n == 0) {
            return new Distribution(0, null, null, null, null, bins);
        }
        return new Distribution(n, sorted[0], median(sorted), Arrays.stream(sorted).sum() / n, sorted[n - 1], bins);
    }

    /** The median of values, or null when there are none. */
    static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
