package be.sos.views;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.Commitment;
import be.sos.core.model.SafetyPlan;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closing script: its facts, and the Word document and page made of it, opened again. */
class ClosingScriptTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final List<String> SECTIONS = List.of("case", "roles", "steps", "contacts", "reflecting-team", "plans",
            "bottom-lines", "scaling", "closure", "reflective-questions", "what-worked", "what-next", "roles-in-the-plan");

    private static ClosingScript script(Case c, LocalDate today, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        Evaluation e = ENGINE.evaluate(c, today, EvaluationOptions.DEFAULT.withLocale(locale));
        return ClosingScript.of(c, e, ENGINE, locale);
    }

    @ParameterizedTest
    @CsvSource({"nl, Gezette stappen, Reflectieve vragen van het reflectieteam", "en, Steps taken, Reflective questions of the reflecting team"})
    void the_word_document_of_a_pilot_case_has_every_section_as_a_heading_and_every_fact_in_its_tables(
            String lang, String steps, String questions) throws IOException {
        Case gent = PilotCases.gent();
        ClosingScript script = script(gent, LocalDate.of(2019, 6, 1), lang);
        assertThat(script.sections()).extracting(ClosingScript.Section::id).containsExactlyElementsOf(SECTIONS);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(script.docx()))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactlyElementsOf(script.sections().stream().map(ClosingScript.Section::heading).toList());
            assertThat(headings).contains(steps, questions);
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(script.title());

            int tables = script.sections().stream().mapToInt(s -> s.tables().size()).sum();
            assertThat(doc.getTables()).hasSize(tables);
            XWPFTable stepTable = doc.getTables().get(2);
            assertThat(stepTable.getNumberOfRows()).isEqualTo(gent.events().size() + 1);
            assertThat(stepTable.getRow(1).getCell(1).getText()).isEqualTo("2");   // the first event, on day 2
            String all = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
            for (SafetyPlan plan : gent.safetyPlans()) {
                for (Commitment k : plan.commitments()) {
                    assertThat(all).contains(k.by()).contains(k.action());
                }
            }
            gent.bottomLines().forEach(b -> assertThat(all).contains(b.text()));
            gent.safetyGoals().forEach(g -> assertThat(all).contains(g.text()));
            assertThat(all).contains("cons-gent", "cb-cocon-1", "jr-gent", "tante-an");
            long empty = doc.getParagraphs().stream().filter(p -> "Hint".equals(p.getStyle())).count();
            assertThat(empty).as("a hint under each section people write").isEqualTo(4);
        }
    }

    @Test
    void the_page_has_the_same_sections_and_tables_and_nothing_that_runs_or_loads() {
        ClosingScript script = script(PilotCases.dendermonde(), LocalDate.of(2019, 12, 1), "nl");
        Document page = Jsoup.parse(script.html());
        assertThat(page.select("main > section").eachAttr("id")).containsExactlyElementsOf(SECTIONS);
        assertThat(page.select("table")).hasSize(script.sections().stream().mapToInt(s -> s.tables().size()).sum());
        assertThat(page.select("div.to-write")).hasSize(4);
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        assertThat(page.text()).contains(PilotCases.dendermonde().dangerStatement());
    }

    @Test
    void contacts_are_counted_per_week_of_the_module_and_add_up_to_the_total() {
        Case gent = PilotCases.gent();
        ClosingScript script = script(gent, LocalDate.of(2019, 6, 1), "en");
        ClosingScript.Table weeks = script.sections().get(3).tables().get(0);
        int minutes = weeks.rows().stream().mapToInt(r -> Integer.parseInt(r.get(3))).sum();
        int contacts = weeks.rows().stream().mapToInt(r -> Integer.parseInt(r.get(2))).sum();
        assertThat(minutes).isEqualTo(gent.contacts().stream().mapToInt(k -> k.minutes()).sum());
        assertThat(contacts).isEqualTo(gent.contacts().size());
    }

    @Test
    void generated_cases_give_documents_that_word_processors_can_open() throws IOException {
        LocalDate today = LocalDate.of(2024, 6, 1);
        CaseGenerator generator = CaseGenerator.withSeed(3).around(today);
        for (int i = 0; i < 40; i++) {
            Case c = generator.next();
            ClosingScript script = script(c, today, i % 2 == 0 ? "nl" : "en");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(script.docx()))) {
                assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).count()).isEqualTo(SECTIONS.size());
                ClosingScript.Section steps = script.sections().get(2);
                int events = (int) c.events().stream().filter(ev -> !ev.date().isAfter(today)).count();
                assertThat(steps.tables().isEmpty() ? 0 : steps.tables().get(0).rows().size()).isEqualTo(events);
            }
        }
    }
}
