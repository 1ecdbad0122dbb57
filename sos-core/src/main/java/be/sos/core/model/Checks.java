package be.sos.core.model;

import java.util.List;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
    /** What an id may be, in words, for the error that refuses one. */
    static final String ID_RULE = "must be 1 to 100 characters, each a letter A-Z or a-z, a digit, '.', '_' or '-'";

    private Checks() {}

    /**
     * Whether the text is a valid id: 1 to 100 characters of {@code [A-Za-z0-9._-]}. Ids reach
     * calendars, terminals and reports, so nothing else gets in (no control character, no space,
     * no markup).
     */
    static boolean isId(String value) {
        if (value.isEmpty() || value.length() > 100) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "required");
        }
        return value;
    }

    static String requiredId(String value, String field) {
        required(value, field);
        if (!isId(value)) {
            throw new InvalidFieldException(field, ID_RULE);
        }
        return value;
    }

    /** A list of ids, each checked like {@link #requiredId}; the field named in an error holds the index. */
    static List<String> ids(List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            if (!isId(copy.get(i))) {
                throw new InvalidFieldException(field + "[" + i + "]", ID_RULE);
            }
        }
        return copy;
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidFieldException(field, "must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static int range(Integer value, int min, int max, String field) {
        required(value, field);
        if (value < min || value > max) {
            throw new InvalidFieldException(field, "must be " + min + " to " + max);
        }
        return value;
    }

    static Double range(Double value, double min, double max, String field) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new InvalidFieldException(field, "must be " + min + " to " + max);
        }
        return value;
    }
}
