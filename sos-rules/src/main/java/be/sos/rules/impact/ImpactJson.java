package be.sos.rules.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The JSON forms of an {@link Impact} and a {@link RuleSetDiff}, for tools: every field of the
 * records, in their order, indented. The same value always gives the same text. Thread-safe.
 */
public final class ImpactJson {
    private static final ObjectWriter WRITER = JsonMapper.builder()
            // The dates of a version (RuleVersion) as YYYY-MM-DD, as in an evaluation.
            .addModule(new SimpleModule("dates").addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build().writerWithDefaultPrettyPrinter();

    private ImpactJson() {}

    /**
     * An impact as indented JSON.
     *
     * @param impact the impact
     * @return its JSON text
     */
    public static String write(Impact impact) {
        return text(impact);
    }

    /**
     * A diff as indented JSON.
     *
     * @param diff the diff
     * @return its JSON text
     */
    public static String write(RuleSetDiff diff) {
        return text(diff);
    }

    private static String text(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
