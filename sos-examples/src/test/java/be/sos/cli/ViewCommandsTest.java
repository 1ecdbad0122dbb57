package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import be.sos.views.Worklist;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos worklist}, {@code sos overview} and {@code sos script} on generated corpora and the pilot cases. */
class ViewCommandsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String PILOTS = PilotCases.casesDir().toString();

    @TempDir
    Path tmp;

    private List<Case> cases;
    private Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        cases = Stream.generate(CaseGenerator.withSeed(7).around(TODAY)::next).limit(200).toList();
        corpus = tmp.resolve("cases.jsonl");
        Files.writeString(corpus, cases.stream().map(CaseJson::write).collect(Collectors.joining("\n", "", "\n")));
    }

    @Test
    void worklist_reports_bad_lines_on_stderr_skips_them_and_exits_2_at_the_end() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(corpus));
        lines.add(3, "{\"schemaVersion\": 1, \"id\": \"x\", \"office\": \"GENT\", \"petitionDate\": \"2024-13-01\", \"minors\": []}");
        lines.add(7, "not json");
        Path mixed = tmp.resolve("mixed.jsonl");
        Files.write(mixed, lines);
        CliRun run = CliRun.of("worklist", mixed.toString(), "--today", TODAY.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(2);
        assertThat(run.err()).contains("mixed.jsonl:4: $.petitionDate").contains("mixed.jsonl:8: ").doesNotContain("2024-13-01");
        CliRun clean = CliRun.of("worklist", corpus.toString(), "--today", TODAY.toString(), "--format", "json");
        assertThat(clean.code()).as(clean.err()).isZero();
        assertThat(run.out()).isEqualTo(clean.out());
    }

    @Test
    void worklist_json_csv_and_text_hold_the_lines_of_the_api_and_the_page_is_written() throws IOException {
        Worklist api = Worklist.of(cases, SosEngine.bundled(), TODAY, be.sos.rules.EvaluationOptions.DEFAULT);
        Path page = tmp.resolve("wl.html");
        CliRun json = CliRun.of("worklist", corpus.toString(), "--today", TODAY.toString(), "--format", "json", "--by", "office", "--out", page.toString());
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        int items = 0;
        for (JsonNode group : root.get("groups")) {
            items += group.get("items").size();
        }
        assertThat(items).isEqualTo(api.items().size());
        assertThat(Jsoup.parse(Files.readString(page)).select("tr.work-item")).hasSize(api.items().size());
        CliRun csv = CliRun.of("worklist", corpus.toString(), "--today", TODAY.toString(), "--format", "csv", "--office", "GENT");
        assertThat(csv.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.contains(",GENT,"));
        CliRun text = CliRun.of("worklist", corpus.toString(), "--today", TODAY.toString(), "--lang", "en");
        assertThat(text.out()).startsWith("Work list on 2024-06-01").contains("== consultant (");
        assertThat(CliRun.of("worklist", corpus.toString(), "--by", "judge").code()).isEqualTo(2);
        assertThat(CliRun.of("worklist", corpus.toString(), "--format", "xml").code()).isEqualTo(2);
    }

    @Test
    void the_worklist_feed_holds_every_open_window_of_every_open_case_with_the_uids_of_schedule() throws IOException {
        Path ics = tmp.resolve("all.ics");
        CliRun run = CliRun.of("worklist", corpus.toString(), "--today", TODAY.toString(), "--ics", ics.toString(), "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        String feed = Files.readString(ics).replace("\r\n ", "");
        Set<String> uids = new HashSet<>();
        Matcher m = Pattern.compile("UID:(.*)\r\n").matcher(feed);
        while (m.find()) {
            uids.add(m.group(1));
        }
        SosEngine engine = SosEngine.bundled();
        Set<String> expected = new HashSet<>();
        for (Case c : cases) {
            if (!Worklist.isOpen(c, TODAY)) {
                continue;
            }
            Evaluation e = engine.evaluate(c, TODAY);
            for (ScheduleRow row : e.schedule()) {
                if (row.status() == MilestoneStatus.DUE || row.status() == MilestoneStatus.UPCOMING || row.status() == MilestoneStatus.OVERDUE) {
                    expected.add(c.id() + "-" + row.milestone() + "@sos");
                }
            }
        }
        assertThat(uids).isNotEmpty().isEqualTo(expected);

        // The UID of a window is the one schedule --ics gives it: importing either updates the same event.
        Case open = cases.stream().filter(c -> Worklist.isOpen(c, TODAY)).findFirst().orElseThrow();
        Path one = tmp.resolve("one.json");
        Files.writeString(one, CaseJson.write(open));
        Path single = tmp.resolve("one.ics");
        assertThat(CliRun.of("schedule", one.toString(), "--today", TODAY.toString(), "--ics", single.toString()).code()).isZero();
        Matcher s = Pattern.compile("UID:(.*)\r\n").matcher(Files.readString(single).replace("\r\n ", ""));
        Set<String> scheduleUids = new HashSet<>();
        while (s.find()) {
            scheduleUids.add(s.group(1));
        }
        Set<String> ofThisCase = uids.stream().filter(u -> u.startsWith(open.id() + "-")).collect(Collectors.toSet());
        assertThat(scheduleUids).containsAll(ofThisCase);
        assertThat(ofThisCase).isNotEmpty();
        assertThat(feed).doesNotContain(open.dangerStatement() == null ? "\u0000" : open.dangerStatement());
    }

    @Test
    void worklist_reads_a_directory_of_case_files() {
        CliRun run = CliRun.of("worklist", PILOTS, "--today", "2019-01-18", "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.contains("gent-2019-01"));
    }

    @Test
    void overview_writes_json_csv_and_the_page_with_small_counts_hidden() throws IOException {
        CliRun json = CliRun.of("overview", corpus.toString(), "--today", TODAY.toString(), "--from", "2020-01-01");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        long started = cases.stream().filter(c -> !c.petitionDate().isBefore(LocalDate.of(2020, 1, 1)) && !c.petitionDate().isAfter(TODAY)).count();
        assertThat(root.get("scopes").get("overall").get("cases.started").asLong()).isEqualTo(started);
        Path page = tmp.resolve("ov.html");
        CliRun csv = CliRun.of("overview", corpus.toString(), "--today", TODAY.toString(), "--format", "csv", "--min-cell", "5",
                "--out", page.toString(), "--lang", "en");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("scope,figure,key,value\r\n").contains(",< 5\r\n");
        assertThat(Jsoup.parse(Files.readString(page)).select("svg[role=img]")).isNotEmpty();
        CliRun pageOnly = CliRun.of("overview", PILOTS, "--today", "2020-01-01", "--out", tmp.resolve("p.html").toString());
        assertThat(pageOnly.code()).isZero();
        assertThat(pageOnly.out()).isEqualTo("HTML-pagina geschreven: " + tmp.resolve("p.html") + "\n");
        assertThat(CliRun.of("overview", corpus.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(CliRun.of("overview", corpus.toString(), "--from", "2024-01-02", "--to", "2024-01-01").code()).isEqualTo(2);
        assertThat(CliRun.of("overview", tmp.resolve("none.jsonl").toString()).err()).contains("none.jsonl: het bestand of de map bestaat niet");
    }

    @Test
    void script_writes_a_word_document_or_a_page_by_the_extension() throws IOException {
        Path docx = tmp.resolve("gent.docx");
        CliRun run = CliRun.of("script", PILOTS + "/gent-2019-01.json", "--today", "2019-06-01", "--out", docx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(p -> p.getText()))
                    .startsWith("Het dossier", "Rollen", "Gezette stappen");
            assertThat(doc.getTables()).isNotEmpty();
        }
        Path html = tmp.resolve("gent.html");
        assertThat(CliRun.of("script", PILOTS + "/gent-2019-01.json", "--today", "2019-06-01", "--lang", "en", "--out", html.toString()).code()).isZero();
        assertThat(Jsoup.parse(Files.readString(html)).select("h2").first().text()).isEqualTo("The case");
        CliRun wrong = CliRun.of("script", PILOTS + "/gent-2019-01.json", "--out", tmp.resolve("x.pdf").toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--out: verwacht een bestand .docx of .html");
        assertThat(CliRun.of("script", tmp.resolve("missing.json").toString(), "--out", docx.toString()).code()).isEqualTo(2);
    }
}
