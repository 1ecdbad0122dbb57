package be.sos.rules.internal;

import java.util.Arrays;

/**
 * The text of one rule file, for turning offsets into 1-based lines and columns and for finding a
 * word of an expression in it. Immutable.
 */
final class SourceText {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The 1-based line of an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of an offset. */
    int column(int offset) {
        int clamped = clamp(offset);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** The offset of a 1-based line and column. */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return text.length();
        }
        return clamp(lineStarts[line - 1] + Math.max(column, 1) - 1);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    /**
     * Where {@code word} first occurs as a whole word in {@code [from, to)}, outside string
     * literals and comments, or -1.
     */
    int find(String word, int from, int to) {
        if (word == null || word.isEmpty() || from < 0) {
            return -1;
        }
        int end = Math.min(to, text.length());
        boolean wordLike = Character.isJavaIdentifierPart(word.charAt(0));
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(i, c, end);
                continue;
            }
            if (c == '/' && i + 1 < end && text.charAt(i + 1) == '/') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? end : nl;
                continue;
            }
            if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? end : close + 2;
                continue;
            }
            if (text.startsWith(word, i) && i + word.length() <= end
                    && (!wordLike || (boundary(i - 1) && boundary(i + word.length())))) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private boolean boundary(int i) {
        return i < 0 || i >= text.length() || !Character.isJavaIdentifierPart(text.charAt(i));
    }

    private int skipQuoted(int start, char quote, int end) {
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return end;
    }
}
