package be.sos.views;

import java.util.List;

/** Inline SVG charts in the case report's visual language: horizontal bars, and bars stacked to 100%. */
final class Charts {
    private static final int WIDTH = 600;
    private static final int LABEL = 290;
    private static final int AREA = 240;
    /** Longer labels are cut, with an ellipsis: the table beside the chart has them whole. */
    private static final int LABEL_CHARS = 42;
    private static final int ROW = 22;

    private Charts() {}

    /**
     * One bar.
     *
     * @param label what it is
     * @param value its length in the chart's unit
     * @param shown the value as written beside it
     * @param cls its class: its colour
     * @param hidden whether its value is hidden (a small count), drawn as an empty dashed box
     */
    record Bar(String label, double value, String shown, String cls, boolean hidden) {}

    /** One segment of a stacked bar, as a share of 100. */
    record Segment(String cls, double share) {}

    /** One stacked bar: its segments, or none when hidden. */
    record Stack(String label, List<Segment> segments, String shown) {}

    static String bars(String id, String title, String desc, List<Bar> bars, double max) {
        return bars(id, title, desc, bars, max, true);
    }

    /**
     * Horizontal bars.
     *
     * @param max the value of a full bar
     * @param round whether to round {@code max} up to a round number (for counts), so that the axis has whole values
     */
    static String bars(String id, String title, String desc, List<Bar> bars, double max, boolean round) {
        max = round ? roundUp(max) : max;
        int height = ROW * bars.size() + 26;
        StringBuilder svg = open(id, title, desc, height);
        axis(svg, height - 20, max);
        int y = 4;
        for (Bar bar : bars) {
            svg.append("<text class=\"ch-label\" x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(cut(bar.label()))).append("</text>");
            double w = bar.hidden() ? 14 : max <= 0 ? 0 : Math.max(0, bar.value()) / max * AREA;
            svg.append("<rect class=\"bar ").append(bar.hidden() ? "hidden" : bar.cls()).append("\" x=\"").append(LABEL)
                    .append("\" y=\"").append(y + 3).append("\" width=\"").append(Html.n(w)).append("\" height=\"")
                    .append(ROW - 6).append("\"/>");
            svg.append("<text class=\"ch-value\" x=\"").append(Html.n(LABEL + w + 4)).append("\" y=\"").append(y + 15).append("\">")
                    .append(Html.escape(bar.shown())).append("</text>\n");
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    static String stacked(String id, String title, String desc, List<Stack> stacks) {
        int height = ROW * stacks.size() + 26;
        StringBuilder svg = open(id, title, desc, height);
        svg.append("<defs><pattern id=\"hatch-").append(id).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde4de\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3200d\" stroke-width=\"2.5\"/></pattern></defs>\n");
        axis(svg, height - 20, 100);
        int y = 4;
        for (Stack stack : stacks) {
            svg.append("<text class=\"ch-label\" x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(cut(stack.label()))).append("</text>");
            double x = LABEL;
            for (Segment s : stack.segments()) {
                double w = s.share() / 100 * AREA;
                svg.append("<rect class=\"bar ").append(s.cls()).append("\" x=\"").append(Html.n(x)).append("\" y=\"").append(y + 3)
                        .append("\" width=\"").append(Html.n(w)).append("\" height=\"").append(ROW - 6).append('"');
                if (s.cls().equals("missed")) {
                    svg.append(" fill=\"url(#hatch-").append(id).append(")\"");
                }
                svg.append("/>");
                x += w;
            }
            if (stack.segments().isEmpty()) {
                svg.append("<rect class=\"bar hidden\" x=\"").append(LABEL).append("\" y=\"").append(y + 3)
                        .append("\" width=\"14\" height=\"").append(ROW - 6).append("\"/>");
            }
            svg.append("<text class=\"ch-value\" x=\"").append(LABEL + AREA + 4 + (stack.segments().isEmpty() ? 14 - AREA : 0))
                    .append("\" y=\"").append(y + 15).append("\">").append(Html.escape(stack.shown())).append("</text>\n");
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String id, String title, String desc, int height) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" focusable=\"false\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(desc)).append("</desc>\n");
        return svg;
    }

    /** Four grid lines with their values under the bars. */
    private static void axis(StringBuilder svg, int bottom, double max) {
        svg.append("<g class=\"ch-axis\">");
        for (int i = 0; i <= 4; i++) {
            double x = LABEL + AREA * i / 4.0;
            svg.append("<line x1=\"").append(Html.n(x)).append("\" x2=\"").append(Html.n(x)).append("\" y1=\"2\" y2=\"").append(bottom).append("\"/>");
            svg.append("<text x=\"").append(Html.n(x)).append("\" y=\"").append(bottom + 14).append("\">")
                    .append(Html.n(max * i / 4.0)).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static String cut(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).stripTrailing() + "…";
    }

    /** The smallest of 4, 8, 20, 40, 80, 200, ... at or above {@code max}: four whole ticks. */
    static double roundUp(double max) {
        if (max <= 4) {
            return 4;
        }
        double step = 1;
        while (true) {
            for (double m : new double[] {4, 8, 20}) {
                if (m * step >= max) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }
}
