package be.sos.cli;

import java.util.List;
import java.util.function.Function;

/**
 * Bad input on the command line: exit 2 with its lines on standard error, in the chosen language.
 * Its lines are made when they are printed, in the language of the command line.
 */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Function<Words, List<String>> lines;

    /** A message as it is, in any language. */
    InputException(String message) {
        super(message, null, false, false);
        this.lines = words -> List.of(message);
    }

    private InputException(String key, Function<Words, List<String>> lines) {
        super(key, null, false, false);
        this.lines = lines;
    }

    /** A message of the tool's words: {@code key} of {@code words_*.properties} with its values. */
    static InputException of(String key, Object... args) {
        return new InputException(key, words -> List.of(words.get(key, args)));
    }

    /** Lines made from the tool's words, such as the problems of a case file. */
    static InputException lines(String what, Function<Words, List<String>> lines) {
        return new InputException(what, lines);
    }

    /** The lines to print, each on its own line after {@code sos: }. */
    List<String> lines(Words words) {
        return lines.apply(words);
    }
}
