package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of how {@code batch} splits its input into lines: for any text and any
 * limit, the lines come out numbered from 1, none lost, none longer than the limit, and a line
 * that is too long is marked as such while the next one is read as usual (docs/fuzzing.md).
 */
class BoundedLinesFuzzer {
    @FuzzTest(maxDuration = "15s")
    void linesOfAnyText(FuzzedDataProvider data) throws IOException {
        int limit = data.consumeInt(1, 64);
        String text = data.consumeRemainingAsString();

        List<BoundedLines.Line> expected = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        int count = text.endsWith("\n") || text.isEmpty() ? parts.length - 1 : parts.length;
        for (int i = 0; i < count; i++) {
            String line = parts[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            expected.add(new BoundedLines.Line(i + 1, line.length() > limit ? null : line));
        }

        List<BoundedLines.Line> actual = new ArrayList<>();
        try (BoundedLines lines = new BoundedLines(new StringReader(text), limit)) {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                actual.add(line);
                assertThat(actual.size()).as("no more lines than line ends").isLessThanOrEqualTo(count);
            }
            assertThat(lines.next()).as("the end stays the end").isNull();
        }
        assertThat(actual).isEqualTo(expected);
    }
}
