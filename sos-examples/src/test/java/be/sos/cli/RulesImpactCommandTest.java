package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sos rules impact}: moving the first network meeting's last day from 15 to 16 in procedure.properties
 * reports exactly what a count over the case files predicts ({@link FirstNetworkMeetingPrediction}),
 * and nothing else, in text, JSON and HTML.
 */
class RulesImpactCommandTest {
    private static final LocalDate TODAY = LocalDate.parse("2024-06-01");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path edited;
    static Path unchanged;
    static Path cases;
    static Path fewCases;

    @BeforeAll
    static void setUp() throws IOException {
        unchanged = tmp.resolve("bundled-copy");
        assertThat(CliRun.of("rules", "export", unchanged.toString()).code()).isZero();
        edited = tmp.resolve("my-rules");
        assertThat(CliRun.of("rules", "export", edited.toString()).code()).isZero();
        lengthenFirstNetworkMeeting(edited);
        cases = generate(2000, "cases.jsonl");
        fewCases = generate(300, "few.jsonl");
    }

    /** The policy staff's edit: in procedure.properties, the first network meeting's last day from 15 to 16, one line. */
    static void lengthenFirstNetworkMeeting(Path dir) throws IOException {
        Path parameters = dir.resolve("procedure.properties");
        String text = Files.readString(parameters);
        String last = "window.first-network-meeting.last = 15 day-number";
        assertThat(text).containsOnlyOnce(last);
        Files.writeString(parameters, text.replace(last, "window.first-network-meeting.last = 16 day-number"));
    }

    private static Path generate(int count, String name) throws IOException {
        CliRun generate = CliRun.of("generate", "--count", Integer.toString(count), "--seed", "7", "--today", TODAY.toString());
        assertThat(generate.code()).isZero();
        return Files.writeString(tmp.resolve(name), generate.out());
    }

    @Test
    void on_one_day_json_reports_exactly_the_predicted_changes() throws IOException {
        FirstNetworkMeetingPrediction p = FirstNetworkMeetingPrediction.of(cases, TODAY);
        // The edit's consequences as the issue states them both occur in these cases, so the test can tell.
        assertThat(p.statuses.keySet()).contains("DONE_LATE->DONE", "OVERDUE->DUE")
                .isSubsetOf("DONE_LATE->DONE", "OVERDUE->DUE", "OVERDUE->NOT_APPLICABLE");

        CliRun run = CliRun.of("rules", "impact", cases.toString(), "--rules", edited.toString(), "--today", TODAY.toString(),
                "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertMatches(JSON.readTree(run.out()), p, 2000, TODAY.toString());
    }

    @Test
    void on_every_day_json_reports_exactly_the_predicted_changes() throws IOException {
        FirstNetworkMeetingPrediction p = FirstNetworkMeetingPrediction.of(fewCases, null);
        assertThat(p.statuses.keySet()).contains("DONE_LATE->DONE", "OVERDUE->DUE")
                .isSubsetOf("DONE_LATE->DONE", "OVERDUE->DUE", "OVERDUE->NOT_APPLICABLE");

        CliRun run = CliRun.of("rules", "impact", fewCases.toString(), "--rules", edited.toString(), "--days", "all",
                "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertMatches(JSON.readTree(run.out()), p, 300, "all");
    }

    private static void assertMatches(JsonNode impact, FirstNetworkMeetingPrediction p, int count, String days) {
        assertThat(impact.get("base").get("source").asText()).isEqualTo("bundled");
        assertThat(impact.get("edited").get("source").asText()).isEqualTo(edited.toString());
        assertThat(impact.get("edited").get("fingerprint").asText()).hasSize(64).isNotEqualTo(impact.get("base").get("fingerprint").asText());
        assertThat(impact.get("days").asText()).isEqualTo(days);
        assertThat(impact.get("cases").asInt()).isEqualTo(count).isEqualTo(p.cases);
        assertThat(impact.get("evaluations").asLong()).isEqualTo(p.evaluations);
        assertThat(impact.get("casesChanged").asInt()).isEqualTo(p.changed);
        assertThat(impact.get("casesUnchanged").asInt()).isEqualTo(count - p.changed);
        assertThat(impact.get("skipped").asInt()).isZero();
        assertThat(impact.get("eligibility").get("becameEligible").asInt()).isZero();
        assertThat(impact.get("eligibility").get("becameIneligible").asInt()).isZero();

        // The window moved in every case, on every day evaluated, and no other window moved.
        assertThat(impact.get("windows")).hasSize(1);
        JsonNode window = impact.get("windows").get(0);
        assertThat(List.of(window.get("milestone").asText(), window.get("from").asText(), window.get("to").asText()))
                .containsExactly("FIRST_NETWORK_MEETING", "14-15", "14-16");
        assertThat(window.get("cases").asInt()).isEqualTo(count);
        assertThat(window.get("days").asLong()).isEqualTo(p.evaluations);

        Map<String, List<Object>> statuses = new LinkedHashMap<>();
        for (JsonNode s : impact.get("statuses")) {
            assertThat(s.get("milestone").asText()).isEqualTo("FIRST_NETWORK_MEETING");
            statuses.put(s.get("from").asText() + "->" + s.get("to").asText(),
                    List.of(s.get("cases").asInt(), s.get("days").asLong(), examples(s)));
        }
        Map<String, List<Object>> expectedStatuses = new LinkedHashMap<>();
        p.statuses.forEach((key, c) -> expectedStatuses.put(key, List.of(c.cases, c.days, c.examples)));
        assertThat(statuses).isEqualTo(expectedStatuses);

        Map<String, List<Object>> findings = new LinkedHashMap<>();
        for (JsonNode f : impact.get("findings")) {
            assertThat(f.get("subject").asText()).isEqualTo("FIRST_NETWORK_MEETING");
            if (f.get("added").asInt() > 0) {
                findings.put("+" + f.get("code").asText(), List.of(f.get("added").asInt(), f.get("addedDays").asLong(), examples(f)));
            }
            if (f.get("removed").asInt() > 0) {
                findings.put("-" + f.get("code").asText(), List.of(f.get("removed").asInt(), f.get("removedDays").asLong(), examples(f)));
            }
            assertThat(f.get("severity").asText()).isEqualTo(f.get("code").asText().equals("DEADLINE_DUE") ? "INFO" : "WARNING");
        }
        Map<String, List<Object>> expectedFindings = new LinkedHashMap<>();
        p.findings.forEach((key, c) -> expectedFindings.put(key, List.of(c.cases, c.days, c.examples)));
        assertThat(findings).isEqualTo(expectedFindings);
    }

    private static List<String> examples(JsonNode node) {
        List<String> ids = new ArrayList<>();
        node.get("examples").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void on_one_day_the_text_says_exactly_the_predicted_changes() throws IOException {
        FirstNetworkMeetingPrediction p = FirstNetworkMeetingPrediction.of(cases, TODAY);
        CliRun run = CliRun.of("rules", "impact", cases.toString(), "--rules", edited.toString(), "--today", TODAY.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Impact van " + edited + " tegenover bundled, op 2024-06-01");
        assertThat(lines.get(1)).startsWith("  vingerafdruk van bundled: ");
        assertThat(lines.get(2)).startsWith("  vingerafdruk van " + edited + ": ");

        List<String> expected = new ArrayList<>();
        expected.add("2000 zaken vergeleken (2000 evaluaties per regelset): " + p.changed + " veranderd, " + (2000 - p.changed) + " onveranderd");
        expected.add("Toelaatbaarheid: toelaatbaar geworden 0 zaken, niet meer toelaatbaar 0 zaken");
        expected.add("Termijnen (in dagen van de procedure):");
        expected.add("  FIRST_NETWORK_MEETING: dag 14-15 → dag 14-16 in 2000 zaken bv. gen-7-1, gen-7-2, gen-7-3");
        expected.add("Statussen van mijlpalen:");
        // Milestone statuses in the order of the enum: DONE, DONE_LATE, DUE, UPCOMING, OVERDUE, NOT_APPLICABLE.
        for (String key : List.of("DONE_LATE->DONE", "OVERDUE->DUE", "OVERDUE->NOT_APPLICABLE")) {
            FirstNetworkMeetingPrediction.Count c = p.statuses.get(key);
            if (c != null) {
                String[] fromTo = key.split("->");
                expected.add("  FIRST_NETWORK_MEETING: " + fromTo[0] + " → " + fromTo[1] + " in " + zaken(c.cases) + " bv. "
                        + String.join(", ", c.examples));
            }
        }
        expected.add("Bevindingen:");
        for (String code : List.of("DEADLINE_DUE", "DEADLINE_LATE", "DEADLINE_OVERDUE")) {
            FirstNetworkMeetingPrediction.Count added = p.findings.get("+" + code);
            FirstNetworkMeetingPrediction.Count removed = p.findings.get("-" + code);
            if (added != null) {
                expected.add("  " + code + " FIRST_NETWORK_MEETING (INFO): nieuw in " + zaken(added.cases) + " bv. " + String.join(", ", added.examples));
            }
            if (removed != null) {
                expected.add("  " + code + " FIRST_NETWORK_MEETING (WARNING): weg in " + zaken(removed.cases) + " bv. "
                        + String.join(", ", removed.examples));
            }
        }
        assertThat(lines.subList(3, lines.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void the_html_page_shows_the_diff_first_and_exactly_the_predicted_changes() throws IOException {
        FirstNetworkMeetingPrediction p = FirstNetworkMeetingPrediction.of(cases, TODAY);
        Path page = tmp.resolve("impact.html");
        CliRun run = CliRun.of("rules", "impact", cases.toString(), "--rules", edited.toString(), "--today", TODAY.toString(),
                "--out", page.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("Page written to " + page + "\n");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script", "http://", "https://", "{{");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");

        Element changes = doc.selectFirst("section#changes");
        assertThat(changes).isNotNull();
        assertThat(doc.select("main > section").first()).isSameAs(changes);
        // One setting changed, shown by its number before and after; no rule changed.
        assertThat(changes.select("h3").eachText()).containsExactly("Settings");
        assertThat(changes.select("h4")).isEmpty();
        assertThat(changes.select(".diff")).isEmpty();
        assertThat(changes.select("tbody tr")).hasSize(1);
        Element setting = changes.selectFirst("tbody tr");
        assertThat(setting.children().eachText()).containsExactly("procedure.properties",
                "window.first-network-meeting.last §8 dag 14/15 | DL-12", "15 day-number", "16 day-number");

        Map<String, String> summary = new LinkedHashMap<>();
        doc.select("#summary .fact").forEach(f -> summary.put(f.selectFirst("dt").text(), f.selectFirst("dd").text()));
        assertThat(summary).containsEntry("Cases compared", "2,000").containsEntry("Cases with another outcome", Integer.toString(p.changed))
                .containsEntry("Cases without change", String.format(java.util.Locale.ENGLISH, "%,d", 2000 - p.changed));

        assertThat(rows(doc, "windows")).containsExactly(List.of("First network meeting (FIRST_NETWORK_MEETING)", "day 14-15", "day 14-16",
                "2,000", "gen-7-1, gen-7-2, gen-7-3"));
        Map<String, String> words = Map.of("DONE_LATE", "late", "DONE", "on time", "OVERDUE", "overdue", "DUE", "due",
                "NOT_APPLICABLE", "n/a");
        List<List<String>> statuses = new ArrayList<>();
        for (String key : List.of("DONE_LATE->DONE", "OVERDUE->DUE", "OVERDUE->NOT_APPLICABLE")) {
            FirstNetworkMeetingPrediction.Count c = p.statuses.get(key);
            if (c != null) {
                String[] fromTo = key.split("->");
                statuses.add(List.of("First network meeting (FIRST_NETWORK_MEETING)", words.get(fromTo[0]) + " (" + fromTo[0] + ")",
                        words.get(fromTo[1]) + " (" + fromTo[1] + ")", Integer.toString(c.cases), String.join(", ", c.examples)));
            }
        }
        assertThat(rows(doc, "statuses")).containsExactlyElementsOf(statuses);
        List<List<String>> findings = new ArrayList<>();
        for (String code : List.of("DEADLINE_DUE", "DEADLINE_LATE", "DEADLINE_OVERDUE")) {
            FirstNetworkMeetingPrediction.Count added = p.findings.get("+" + code);
            FirstNetworkMeetingPrediction.Count removed = p.findings.get("-" + code);
            if (added != null || removed != null) {
                FirstNetworkMeetingPrediction.Count some = added != null ? added : removed;
                findings.add(List.of(code, "FIRST_NETWORK_MEETING", code.equals("DEADLINE_DUE") ? "info" : "warning",
                        Integer.toString(added == null ? 0 : added.cases), Integer.toString(removed == null ? 0 : removed.cases),
                        String.join(", ", some.examples)));
            }
        }
        assertThat(rows(doc, "findings")).containsExactlyElementsOf(findings);
        assertThat(doc.select("section#eligibility")).isEmpty();
    }

    private static String zaken(int count) {
        return count + (count == 1 ? " zaak" : " zaken");
    }

    private static List<List<String>> rows(Document doc, String section) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : doc.select("section#" + section + " tbody tr")) {
            rows.add(row.children().eachText());
        }
        return rows;
    }

    @Test
    void rules_left_as_exported_change_nothing() {
        CliRun run = CliRun.of("rules", "impact", fewCases.toString(), "--rules", unchanged.toString(), "--today", TODAY.toString(),
                "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("300 cases compared (300 evaluations per rule set): 0 changed, 300 unchanged",
                "No case changes its outcome.").doesNotContain("Windows", "Findings", "Milestone statuses");
    }

    @Test
    void invalid_edited_rules_exit_3_and_nothing_is_evaluated() throws IOException {
        Path broken = tmp.resolve("broken");
        assertThat(CliRun.of("rules", "export", broken.toString()).code()).isZero();
        Path deadlines = broken.resolve("deadlines.drl");
        String first = "$p.dayOf(\"window.first-network-meeting.first\")";
        String text = Files.readString(deadlines);
        assertThat(text).contains(first);
        Files.writeString(deadlines, text.replace(first, "$p.dayy(\"window.first-network-meeting.first\")"));
        CliRun run = CliRun.of("rules", "impact", cases.toString(), "--rules", broken.toString(), "--today", TODAY.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("deadlines.drl:");
    }

    @Test
    void bad_lines_are_reported_and_skipped_and_the_exit_code_is_2_at_the_end() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(fewCases).subList(0, 5));
        lines.add(1, "{\"schemaVersion\": 1, \"id\": \"x\"}");
        lines.add(3, "not json");
        Path input = Files.write(tmp.resolve("bad.jsonl"), lines);
        CliRun run = CliRun.of("rules", "impact", input.toString(), "--rules", edited.toString(), "--today", TODAY.toString(),
                "--format", "json");
        assertThat(run.code()).isEqualTo(2);
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("sos: " + input + ", lijn 2: ");
        assertThat(errors.get(1)).startsWith("sos: " + input + ", lijn 4: ");
        JsonNode impact = JSON.readTree(run.out());
        assertThat(impact.get("cases").asInt()).isEqualTo(5);
        assertThat(impact.get("skipped").asInt()).isEqualTo(2);
    }

    @Test
    void usage_errors_exit_2_with_a_message_in_the_language_asked() {
        CliRun both = CliRun.of("rules", "impact", cases.toString(), "--rules", edited.toString(), "--today", "2024-06-01", "--days", "all");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("sos: --today en --days sluiten elkaar uit: kies een dag of alle dagen\n");
        CliRun days = CliRun.of("rules", "impact", cases.toString(), "--rules", edited.toString(), "--days", "some", "--lang", "en");
        assertThat(days.code()).isEqualTo(2);
        assertThat(days.err()).isEqualTo("sos: --days: expected 'all'\n");
        CliRun missing = CliRun.of("rules", "impact", tmp.resolve("none.jsonl").toString(), "--rules", edited.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("sos: " + tmp.resolve("none.jsonl") + ": bestand bestaat niet\n");
        assertThat(Set.of(CliRun.of("rules", "impact", cases.toString()).code())).containsExactly(2);
    }
}
