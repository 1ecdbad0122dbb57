package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case file's problems are all listed, one a line, up to 50 and then how many more; never a value of the file. */
class ProblemListTest {
    private static final Path GENT = PilotCases.casesDir().resolve("gent-2019-01.json");

    @TempDir
    Path tmp;

    /** The Gent case with {@code count} trusted-person references to minors the case does not have. */
    private Path withUnknownReferences(int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(GENT.toFile());
        ArrayNode refs = (ArrayNode) root.withArray("network").get(0).withArray("trustedPersonFor");
        for (int i = 0; i < count; i++) {
            refs.add("nobody-" + i);
        }
        return Files.writeString(tmp.resolve("refs-" + count + ".json"), json.writeValueAsString(root));
    }

    @Test
    void every_problem_has_its_own_line() throws IOException {
        Path file = withUnknownReferences(3);
        CliRun run = CliRun.of("evaluate", file.toString(), "--today", "2019-02-01");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line)
                .startsWith("sos: " + file + ": $.network[0].trustedPersonFor[")
                .endsWith("verwijst naar geen minderjarige van het dossier")
                .doesNotContain("nobody"));
    }

    @Test
    void more_than_fifty_problems_end_with_how_many_more() throws IOException {
        Path file = withUnknownReferences(62);
        CliRun run = CliRun.of("evaluate", file.toString(), "--today", "2019-02-01", "--lang", "en");
        assertThat(run.code()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(ProblemWords.MAX_LISTED + 1);
        assertThat(lines.get(0)).isEqualTo("sos: " + file + ": $.network[0].trustedPersonFor[" + (lines.get(0).replaceAll(".*\\[(\\d+)\\].*", "$1"))
                + "]: refers to no minor of the case");
        assertThat(lines.get(ProblemWords.MAX_LISTED)).isEqualTo("sos: " + file + ": … and 12 more problems");
        assertThat(run.err()).doesNotContain("nobody");
    }

    @Test
    void a_batch_line_carries_the_same_problems() throws IOException {
        String line = Files.readString(withUnknownReferences(2)).replace("\n", "");
        Path input = Files.writeString(tmp.resolve("cases.jsonl"), line + "\n");
        CliRun run = CliRun.of("batch", input.toString(), "--today", "2019-02-01", "--lang", "en");
        assertThat(run.code()).isEqualTo(2);
        String error = new ObjectMapper().readTree(run.out().strip()).get("error").asText();
        assertThat(error.split("; ")).hasSize(2).allSatisfy(p -> assertThat(p)
                .matches("\\$\\.network\\[0]\\.trustedPersonFor\\[\\d+]: refers to no minor of the case"));
    }

    @Test
    void every_wording_of_the_case_reader_has_a_dutch_one() throws IOException {
        Words dutch = Words.of(java.util.Locale.forLanguageTag("nl"));
        for (String key : ProblemWords.keys()) {
            assertThat(dutch.get(key)).as(key).isNotBlank();
        }
        assertThat(ProblemWords.message("must be 0 to 10", dutch)).isEqualTo("moet van 0 tot 10 zijn");
        assertThat(ProblemWords.message("unknown field 'x'; known fields: a, b", dutch)).isEqualTo("onbekend veld 'x'; bekende velden: a, b");
        assertThat(ProblemWords.message("too large: String value length (20001) exceeds the maximum allowed (20000)", dutch))
                .isEqualTo("te groot: een tekst van 20001 tekens, het maximum is 20000");
    }
}
