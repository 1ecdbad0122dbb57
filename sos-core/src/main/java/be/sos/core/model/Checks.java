package be.sos.core.model;

import java.util.List;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
    private Checks() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "required");
        }
        return value;
    }

    static String requiredId(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (value.length() > 100) {
            throw new InvalidFieldException(field, "longer than 100 characters");
        }
        return value;
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
