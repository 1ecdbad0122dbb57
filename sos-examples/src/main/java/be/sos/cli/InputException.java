package be.sos.cli;

/** Bad input on the command line: exit 2 with a one-line message. */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message, null, false, false);
    }
}
