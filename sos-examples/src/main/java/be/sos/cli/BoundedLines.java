package be.sos.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, each at most a given number of characters, checked while reading: a line
 * that is longer is not kept but skipped to its end, so that a line of gigabytes costs no more
 * memory than one at the limit. Lines end with LF; a CR before it is left out, as is a byte order
 * mark before the first line. Not thread-safe.
 */
final class BoundedLines implements Closeable {
    /** One line: its number from 1, and its text, or null when it was longer than the limit. */
    record Line(int number, String text) {
        /** Whether the line was longer than the limit. */
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private int number;
    private boolean atEnd;

    /**
     * Lines of {@code in}, each at most {@code maxChars} characters, line end not counted.
     *
     * @param in the text; closed with this
     * @param maxChars the longest line kept
     */
    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the text. Blocks until the line's end has been read. */
    Line next() throws IOException {
        if (atEnd) {
            return null;
        }
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end && !fill()) {
                atEnd = true;
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int from = position;
            int newline = -1;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int to = newline < 0 ? end : newline;
            if (!tooLong) {
                // two characters more than the limit may be a CR before the LF and a byte order mark: decided at the end
                if (line.length() + (to - from) > maxChars + 2) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, from, to - from);
                }
            }
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (number == 1 && !tooLong && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        if (tooLong || line.length() > maxChars) {
            return new Line(number, null);
        }
        return new Line(number, line.toString());
    }

    /**
     * Whether the next line can be had without waiting for more input, as far as can be told: some
     * of it is read already, or the input says it has more at hand. False when that cannot be known.
     */
    boolean ready() {
        try {
            return position < end || in.ready();
        } catch (IOException e) {
            return false; // the next call of next() meets the failure and reports it
        }
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        end = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
