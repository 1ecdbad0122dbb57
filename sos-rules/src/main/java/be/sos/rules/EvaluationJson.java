package be.sos.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The JSON form of an evaluation (docs/evaluation-format.md). The same evaluation always gives the same bytes.
 * Thread-safe.
 */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Only the LocalDate serializer of jackson-datatype-jsr310: the whole JavaTimeModule loads
            // about a hundred classes, a tenth of a one-case command's start-up.
            .addModule(new SimpleModule("dates").addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();
    private static final ObjectWriter LINE = MAPPER.writerFor(Evaluation.class);
    private static final ObjectWriter PRETTY = LINE.withDefaultPrettyPrinter();

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

    private static String write(ObjectWriter writer, Evaluation evaluation) {
        try {
            return writer.writeValueAsString(evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
