package be.sos.report;

import java.util.Locale;

/** Numbers for SVG attributes: one decimal, a dot, whatever the host's default locale. */
final class Svg {
    private Svg() {}

    /** A coordinate or length. */
    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
