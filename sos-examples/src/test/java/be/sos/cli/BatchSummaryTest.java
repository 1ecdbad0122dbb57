package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code batch} tells on standard error and in {@code --summary}, while standard output stays JSON lines. */
class BatchSummaryTest {
    @TempDir
    Path tmp;

    @Test
    void the_summary_counts_what_standard_output_holds() throws IOException {
        List<String> lines = new ArrayList<>(CaseGenerator.cases(9, 40).map(CaseJson::write).toList());
        lines.add(7, "not json");
        lines.add(20, "");
        lines.add("{\"schemaVersion\": 1}");
        Path input = Files.write(tmp.resolve("cases.jsonl"), lines);
        Path summary = tmp.resolve("summary.json");
        CliRun run = CliRun.of("batch", input.toString(), "--today", "2024-06-01", "--lang", "en", "--summary", summary.toString());
        assertThat(run.code()).isEqualTo(2);

        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> severities = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        int bad = 0;
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(42);
        for (String line : out) {
            JsonNode node = json.readTree(line);
            if (node.has("error")) {
                bad++;
                continue;
            }
            for (JsonNode f : node.get("findings")) {
                severities.merge(f.get("severity").asText(), 1, Integer::sum);
                codes.merge(f.get("code").asText(), 1, Integer::sum);
            }
        }
        JsonNode written = json.readTree(summary.toFile());
        assertThat(written.get("cases").asInt()).isEqualTo(42);
        assertThat(written.get("badLines").asInt()).isEqualTo(bad).isEqualTo(2);
        for (String severity : List.of("BLOCKER", "WARNING", "INFO")) {
            assertThat(written.get("findings").get(severity).asInt()).as(severity).isEqualTo(severities.getOrDefault(severity, 0));
        }
        Map<String, Integer> writtenCodes = new HashMap<>();
        written.get("codes").properties().forEach(e -> writtenCodes.put(e.getKey(), e.getValue().asInt()));
        assertThat(writtenCodes).isEqualTo(codes);
        List<Integer> counts = new ArrayList<>(writtenCodes.values());
        List<Integer> order = new ArrayList<>();
        written.get("codes").forEach(n -> order.add(n.asInt()));
        counts.sort((a, b) -> b - a);
        assertThat(order).as("most frequent first").isEqualTo(counts);

        List<String> err = run.err().lines().toList();
        assertThat(err.get(0)).matches("sos batch: 42 cases in [0-9.]+ s, 2 bad lines");
        assertThat(err.get(1)).isEqualTo("  findings: blocker " + severities.getOrDefault("BLOCKER", 0) + " · warning "
                + severities.getOrDefault("WARNING", 0) + " · info " + severities.getOrDefault("INFO", 0));
        String top = written.get("codes").fieldNames().next();
        assertThat(err.get(2)).startsWith("  most frequent: " + top + " " + codes.get(top));
        assertThat(err.get(3)).isEqualTo("sos: wrote the summary: " + summary);
    }

    @Test
    void progress_tells_cases_speed_and_bad_lines_on_its_own_line_or_over_itself_on_a_terminal() {
        SosEngine engine = SosEngine.bundled();
        StringWriter text = new StringWriter();
        BatchSummary summary = new BatchSummary(new PrintWriter(text), Words.of(Locale.forLanguageTag("nl")), engine, false);
        summary.evaluated(engine.evaluate(CaseGenerator.cases(1, 1).findFirst().orElseThrow(), java.time.LocalDate.of(2024, 6, 1)));
        summary.bad();
        summary.printProgress();
        assertThat(text.toString()).matches("sos batch: 2 dossiers, \\d+ per seconde, 1 slechte regels\\R");

        StringWriter terminal = new StringWriter();
        BatchSummary onTerminal = new BatchSummary(new PrintWriter(terminal), Words.of(Locale.ENGLISH), engine, true);
        onTerminal.bad();
        onTerminal.printProgress();
        assertThat(terminal.toString()).matches("\\rsos batch: 1 cases, \\d+ a second, 1 bad lines");
    }

    @Test
    void with_progress_standard_output_stays_json_lines() throws IOException {
        Path input = Files.write(tmp.resolve("few.jsonl"), CaseGenerator.cases(2, 5).map(CaseJson::write).toList());
        CliRun run = CliRun.of("batch", input.toString(), "--today", "2024-06-01", "--progress");
        assertThat(run.code()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().lines().toList()) {
            assertThat(json.readTree(line).has("caseId")).as(line).isTrue();
        }
        assertThat(run.err()).contains("sos batch: 5 dossiers in");
    }
}
