package be.sos.rules.impact;

import java.util.ArrayList;
import java.util.List;

/** The lines that differ between two texts, by their longest common subsequence. */
final class LineDiff {
    /** Above this many lines on a side, the texts are shown whole rather than compared (the table would be too large). */
    private static final int MAX_LINES = 4_000;

    private LineDiff() {}

    /**
     * The lines removed and added, in the order of the texts: {@code "- old"} before the
     * {@code "+ new"} that replaces it.
     */
    static List<String> changed(List<String> before, List<String> after) {
        List<String> out = new ArrayList<>();
        if (before.size() > MAX_LINES || after.size() > MAX_LINES) {
            if (!before.equals(after)) {
                before.forEach(line -> out.add("- " + line));
                after.forEach(line -> out.add("+ " + line));
            }
            return out;
        }
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<String> added = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                out.addAll(added);
                added.clear();
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                added.add("+ " + after.get(j++));
            } else {
                out.add("- " + before.get(i++));
            }
        }
        out.addAll(added);
        return out;
    }
}
