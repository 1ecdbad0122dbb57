package be.sos.core.json;

import be.sos.core.model.Case;
import be.sos.core.model.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes case files (docs/case-format.md). Thread-safe.
 *
 * <p>Reading is strict: unknown fields and enum values, missing required fields, wrong types,
 * impossible dates, out-of-range scores, duplicate ids and references to nobody are errors, each
 * named by its JSON path (and line and column where the parser knows them). Error messages never
 * repeat a value from the file, since it may be a name or a birth date.
 *
 * <p>Limits against hostile input: a case file is at most {@value #MAX_DOCUMENT_CHARS} characters,
 * nests at most {@value #MAX_NESTING} deep, and holds no string longer than
 * {@value #MAX_STRING_CHARS} characters nor a field name longer than {@value #MAX_NAME_CHARS}.
 * Its dates lie between {@link #FIRST_DATE} and {@link #LAST_DATE}, and every id (of the case, a
 * person, a bottom line, a goal, and every reference to one) is 1 to 100 characters of
 * {@code [A-Za-z0-9._-]}. A byte order mark before the case is left out.
 */
public final class CaseJson {
    /** The longest case file read, in characters (2 MB). */
    public static final int MAX_DOCUMENT_CHARS = 2_000_000;
    /** The deepest nesting of objects and arrays. */
    public static final int MAX_NESTING = 16;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_CHARS = 20_000;
    /** The longest field name, in characters. */
    public static final int MAX_NAME_CHARS = 100;
    /** The earliest date a case file may hold. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a case file may hold. */
    public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectReader READER = MAPPER.readerFor(Case.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(Case.class);
    private static final ObjectWriter PRETTY = WRITER.withDefaultPrettyPrinter();

    private CaseJson() {}

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNameLength(MAX_NAME_CHARS)
                        .maxNumberLength(20)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                // Only the LocalDate serializer of jackson-datatype-jsr310: the whole JavaTimeModule loads
                // about a hundred classes, a tenth of a one-case command's start-up.
                .addModule(new SimpleModule("dates").addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE))
                .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDateDeserializer()))
                // a number or boolean where text is expected is a wrong type, not text
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /** Reads a case file, validating everything docs/case-format.md lists. */
    public static Case read(Path file) throws InvalidCaseException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a case from a stream (UTF-8); the stream is not closed. */
    public static Case read(InputStream in) throws InvalidCaseException, IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            return read(parser);
        } catch (CharConversionException e) {
            // Bytes the parser took for UTF-16 or UTF-32 (by their zero bytes) that are no text in it:
            // a problem of the file, not of reading it. The message would name a code point of the file.
            throw new InvalidCaseException(List.of(Problem.at("$", "not text in UTF-8")));
        }
    }

    /** Reads a case from its JSON text; a byte order mark before it is left out, as when reading bytes. */
    public static Case read(String json) throws InvalidCaseException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            return read(parser);
        } catch (InvalidCaseException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case read(JsonParser parser) throws InvalidCaseException, IOException {
        Case c;
        try {
            c = READER.readValue(parser);
            if (c != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidCaseException(List.of(
                        new Problem("$", at.getLineNr(), at.getColumnNr(), "content after the case object")));
            }
        } catch (JacksonException e) {
            throw new InvalidCaseException(List.of(problem(e, parser)));
        }
        if (c == null) {
            throw new InvalidCaseException(List.of(Problem.at("$", "a case object is required")));
        }
        List<Problem> problems = CaseValidator.validate(c);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        LAST_VALID.set(new WeakReference<>(c));
        return c;
    }

    /**
     * The case this thread read and validated last. A case is immutable, so validating it again
     * (as the engine does before it evaluates) would find nothing: a batch that reads a line and
     * evaluates it on the same thread validates it once. Weak, so that it keeps no case alive.
     */
    private static final ThreadLocal<WeakReference<Case>> LAST_VALID = new ThreadLocal<>();

    /**
     * The problems across fields of a case, however it was made ({@code Case.builder}, a host's own
     * mapping, or a file): duplicate ids and references that point at nothing. These are the checks,
     * paths and messages that {@link #read(String)} reports after the file's syntax and fields, such as
     * {@code $.safetyGoals[0].bottomLines[1]: refers to no bottom line of the case}; each field on its
     * own is already checked when the model's records are made.
     *
     * @return every problem, in the order of the case file; empty when the case is valid
     */
    public static List<Problem> validate(Case c) {
        Objects.requireNonNull(c, "case");
        WeakReference<Case> last = LAST_VALID.get();
        if (last != null && last.get() == c) {
            return List.of();
        }
        return List.copyOf(CaseValidator.validate(c));
    }

    /** The case file of a case, on one line. */
    public static String write(Case c) {
        try {
            return WRITER.writeValueAsString(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case file of a case, indented for people. */
    public static String writePretty(Case c) {
        try {
            return PRETTY.writeValueAsString(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem problem(JacksonException e, JsonParser parser) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        StreamConstraintsException limit = e instanceof StreamConstraintsException s ? s
                : e.getCause() instanceof StreamConstraintsException s ? s : null;
        if (limit != null) {
            // Databind wraps a limit without a location and with the path of the enclosing object;
            // the parser still stands where the limit was hit.
            JsonLocation here = parser.currentLocation();
            return new Problem(path(parser.getParsingContext()), Math.max(here.getLineNr(), 0),
                    Math.max(here.getColumnNr(), 0), "too large: " + limitMessage(limit.getOriginalMessage()));
        }
        if (e instanceof JsonMappingException d && !(d.getCause() instanceof StreamReadException)) {
            if (d instanceof ValueInstantiationException && d.getCause() instanceof InvalidFieldException f) {
                return new Problem(path(d.getPath()) + "." + f.field(), line, column, f.problem());
            }
            return new Problem(path(d.getPath()), line, column, databindMessage(d));
        }
        if (e.getCause() instanceof StreamReadException cause) {
            e = cause;
        }
        String path = "$";
        if (e instanceof StreamReadException s && s.getProcessor() != null) {
            path = path(s.getProcessor().getParsingContext());
        }
        // the coercion message repeats the number, which is a value from the file
        String message = e instanceof InputCoercionException
                ? "number out of range"
                : jsonMessage(e.getOriginalMessage());
        return new Problem(path, line, column, message);
    }

    /**
     * What is wrong with the JSON text in the tool's own words: the parser's message names its own
     * internals (tokens it expected, its settings), which tell the reader of a case file nothing.
     */
    private static String jsonMessage(String original) {
        String message = original == null ? "" : original;
        if (message.startsWith("Duplicate field")) {
            return "invalid JSON: duplicate field";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "invalid JSON: the text ends before the case is complete";
        }
        if (message.startsWith("Unrecognized token") || message.startsWith("Unexpected character")
                || message.startsWith("Illegal") || message.startsWith("Invalid")) {
            return "invalid JSON: unexpected character";
        }
        return "invalid JSON";
    }

    /** A limit's message without the parser's internals: "String value length (N) exceeds the maximum allowed (M)". */
    private static String limitMessage(String message) {
        int internals = message == null ? -1 : message.indexOf(", from `");
        return internals < 0 ? String.valueOf(message) : message.substring(0, internals) + ")";
    }

    private static String databindMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String name = u.getPropertyName();
            return "unknown field" + (CODE.matcher(name).matches() ? " '" + name + "'" : "")
                    + "; known fields: " + known(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> type = f.getTargetType();
            if (type != null && type.isEnum()) {
                // the value itself is not repeated: a name typed in the wrong field looks like a code
                return "unknown value; expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            if (f instanceof DateOutOfRangeException) {
                return "a date outside " + FIRST_DATE + " to " + LAST_DATE;
            }
            if (type != null && Temporal.class.isAssignableFrom(type)) {
                return "not a valid date (expected YYYY-MM-DD)";
            }
            return "expected " + describe(type);
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> type = m.getTargetType();
            if (type != null && Temporal.class.isAssignableFrom(type)) {
                return "not a valid date (expected YYYY-MM-DD)";
            }
            return "expected " + describe(type);
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            return "invalid value";
        }
        return "invalid value";
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "an object";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(field(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, field(c.getCurrentName()));
            } else if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        return "$" + path;
    }

    /** A path step for a field; a name that is not a code (it could be a person's name) is left out. */
    private static String field(String name) {
        return CODE.matcher(name).matches() ? "." + name : "['…']";
    }

    /** Dates exactly as {@code YYYY-MM-DD}: no time of day, no array of numbers, no signed year. */
    private static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            LocalDate date = isoDate(text);
            if (date == null) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "expected YYYY-MM-DD");
            }
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                throw new DateOutOfRangeException(p);
            }
            return date;
        }
    }

    /** A date that names a day, but one outside {@link #FIRST_DATE} to {@link #LAST_DATE}. */
    private static final class DateOutOfRangeException extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        DateOutOfRangeException(JsonParser p) {
            // neither the message nor the exception keeps the date
            super(p, "date out of range", null, LocalDate.class);
        }
    }

    /**
     * The date written as {@code YYYY-MM-DD} (four-digit year), or null when the text is not one
     * or names no day of the calendar, such as {@code 2019-02-30}. Accepts what
     * {@code DateTimeFormatter.ISO_LOCAL_DATE} accepts in ten characters, about ten times faster:
     * dates are most of what a case file holds.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1 when another character is there. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
