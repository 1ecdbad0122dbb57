package be.sos.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A small writer of self-contained HTML pages in the case report's visual language: its style sheet
 * (read from sos-rules) plus the views' own, every value escaped, no scripts, nothing fetched.
 */
final class Html {
    private static final String REPORT_STYLE = "be/sos/report/style.mustache";
    private static final String STYLE = read(REPORT_STYLE) + read("be/sos/views/views.css");

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Starts a page with its title. */
    Html(String lang, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
        text(title);
        out.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    }

    /** Appends markup as it is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String value) {
        escape(value == null ? "" : value, out);
        return this;
    }

    /** Appends an element with escaped text: {@code <tag attrs>text</tag>}. */
    Html el(String tag, String attributes, String text) {
        out.append('<').append(tag);
        if (attributes != null && !attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append('>');
        text(text);
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** A table: caption, header cells and rows of cells; the columns whose cells are all numbers are right-aligned. */
    Html table(String caption, List<String> header, List<List<String>> rows) {
        boolean[] numeric = new boolean[header.size()];
        for (int i = 1; i < header.size(); i++) {
            final int column = i;
            numeric[i] = !rows.isEmpty() && rows.stream().allMatch(r -> column >= r.size() || NUMBER.matcher(r.get(column)).matches());
        }
        out.append("<table>\n");
        if (caption != null) {
            el("caption", null, caption);
        }
        out.append("<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            out.append(numeric[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            text(header.get(i));
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    out.append("<th scope=\"row\">");
                    text(row.get(0));
                    out.append("</th>");
                } else {
                    out.append(i < numeric.length && numeric[i] ? "<td class=\"num\">" : "<td>");
                    text(row.get(i));
                    out.append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    /** A cell that is a number: a count, a decimal, a percentage, a hidden count or a dash; or empty. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(< )?-?[0-9]+([.,][0-9]+)?( %)?|–|");

    /** Ends the page with a footer line and returns it. */
    String end(String footer) {
        out.append("</main>\n<footer>");
        text(footer);
        out.append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Escapes text for HTML content and quoted attributes, SVG included, as the case report does. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 16);
        escape(value, b);
        return b.toString();
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                case '=' -> out.append("&#61;");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
            }
        }
    }

    /** A number for SVG attributes: one decimal, a dot. */
    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String read(String resource) {
        try (InputStream in = Html.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("style sheet missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
