package be.sos.rules;

import be.sos.core.json.Problem;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;

/**
 * The JSON form of an evaluation (docs/evaluation-format.md), both ways. The same evaluation always
 * gives the same bytes, and what {@link #read(String)} reads back writes the same bytes again.
 * Thread-safe.
 */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Only the LocalDate serializer of jackson-datatype-jsr310: the whole JavaTimeModule loads
            // about a hundred classes, a tenth of a one-case command's start-up.
            .addModule(new SimpleModule("dates")
                    .addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE)
                    .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Fields that a later version adds are skipped, so that stored evaluations stay readable.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();
    private static final ObjectWriter LINE = MAPPER.writerFor(Evaluation.class);
    private static final ObjectWriter PRETTY = LINE.withDefaultPrettyPrinter();
    private static final ObjectReader READER = MAPPER.readerFor(Evaluation.class);

    private EvaluationJson() {}

    /** The evaluation as JSON on one line. */
    public static String write(Evaluation evaluation) {
        return write(LINE, evaluation);
    }

    /** The evaluation as JSON on one line, in UTF-8: cheaper than {@link #write} followed by encoding. */
    public static byte[] writeBytes(Evaluation evaluation) {
        try {
            return LINE.writeValueAsBytes(evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The evaluation as indented JSON. */
    public static String writePretty(Evaluation evaluation) {
        return write(PRETTY, evaluation);
    }

    /**
     * Reads an evaluation back from the JSON that {@link #write} or {@link #writePretty} made, such as one
     * a host stored. Fields it does not know (added by a later version) are skipped.
     *
     * @throws InvalidEvaluationException when the text is not an evaluation: the JSON path, line and
     *         column, and what is wrong, never a value of the text
     */
    public static Evaluation read(String json) throws InvalidEvaluationException {
        try {
            return checked(READER.readValue(json));
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    /** Reads an evaluation from a stream (UTF-8), as {@link #read(String)} does; the stream is not closed. */
    public static Evaluation read(InputStream in) throws InvalidEvaluationException, IOException {
        try {
            return checked(READER.without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in));
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    private static Evaluation checked(Evaluation evaluation) throws InvalidEvaluationException {
        if (evaluation == null) {
            throw new InvalidEvaluationException(Problem.at("$", "an evaluation object is required"));
        }
        return evaluation;
    }

    private static InvalidEvaluationException invalid(JacksonException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        StringBuilder path = new StringBuilder("$");
        String message = "invalid JSON";
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(ref.getFieldName().matches("[A-Za-z0-9_]{1,40}") ? "." + ref.getFieldName() : "['…']");
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            Class<?> type = m instanceof MismatchedInputException mi ? mi.getTargetType() : null;
            if (type != null && Temporal.class.isAssignableFrom(type)) {
                message = "not a valid date (expected YYYY-MM-DD)";
            } else if (type != null && type.isEnum()) {
                message = "unknown value; expected one of " + java.util.Arrays.toString(type.getEnumConstants());
            } else if (m instanceof InvalidFormatException || m instanceof MismatchedInputException) {
                message = "expected " + (type == null ? "another kind of value" : "a value of type " + type.getSimpleName());
            } else {
                message = "not a valid evaluation";
            }
        }
        return new InvalidEvaluationException(new Problem(path.toString(), line, column, message));
    }

    private static String write(ObjectWriter writer, Evaluation evaluation) {
        try {
            return writer.writeValueAsString(evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
