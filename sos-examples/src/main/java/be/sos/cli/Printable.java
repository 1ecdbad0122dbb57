package be.sos.cli;

/**
 * Text made safe to print in a terminal, a table or a calendar: every control character (C0, DEL
 * and C1, line breaks included) and every bidirectional control becomes U+FFFD, so that a value
 * can neither move the cursor, ring the bell, forge a line nor reorder what is shown. Ids are
 * restricted when a case is read; this is the second line of defence, for every value a command
 * prints, messages of an edited rule set included.
 */
final class Printable {
    /** What a character that may not be printed becomes. */
    static final char REPLACEMENT = '\uFFFD';

    private Printable() {}

    /** The text with every character that may not be printed replaced; null stays null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                StringBuilder safe = new StringBuilder(text);
                for (int j = i; j < safe.length(); j++) {
                    if (unsafe(safe.charAt(j))) {
                        safe.setCharAt(j, REPLACEMENT);
                    }
                }
                return safe.toString();
            }
        }
        return text;
    }

    /** The value's text, made printable. */
    static String of(Object value) {
        return value == null ? null : of(value.toString());
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c)
                || c >= '\u202A' && c <= '\u202E' // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // isolates
                || c == '\u200E' || c == '\u200F' || c == '\u061C' // marks
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }
}
