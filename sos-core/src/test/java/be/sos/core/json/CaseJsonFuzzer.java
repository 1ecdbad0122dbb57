package be.sos.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Coverage-guided fuzzing of case reading: whatever the bytes, {@link CaseJson#read} gives a case
 * or an {@link InvalidCaseException} with a one-line message, never another exception or an
 * Error; a case it gives writes and reads back as the same case.
 *
 * <p>A plain build replays the inputs in {@code CaseJsonFuzzerInputs/} as regression tests;
 * {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration} (docs/fuzzing.md). Every crash found is
 * kept there as an input of its own, named for what it found.
 */
class CaseJsonFuzzer {
    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"\"schemaVersion\"", "\"id\"", "\"office\"", "\"petitionDate\"", "\"minors\"", "\"birthDate\"",
        "\"parents\"", "\"availability\"", "\"network\"", "\"professionals\"", "\"absences\"", "\"events\"", "\"type\"",
        "\"date\"", "\"closure\"", "\"DISPATCH_TO_MODULE\"", "\"2019-01-14\"", "\"1900-01-01\"", "\"2200-12-31\"",
        "\uFEFF", "\\u0000", "\\r", "null", "true", "1e999", "-0"})
    void readsAnyBytes(byte[] data) {
        Case c;
        try {
            c = CaseJson.read(new ByteArrayInputStream(data));
        } catch (InvalidCaseException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to be read", e);
        }
        try {
            assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c);
        } catch (InvalidCaseException e) {
            throw new AssertionError("a case that was read does not read back: " + e.getMessage(), e);
        }
    }
}
