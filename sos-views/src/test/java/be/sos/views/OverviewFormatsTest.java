package be.sos.views;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The overview's CSV, JSON and page give the same figures, and hide small counts when asked. */
class OverviewFormatsTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final List<Case> CASES = Stream.generate(CaseGenerator.withSeed(9).around(TODAY)::next).limit(300).toList();
    private static final Overview OVERVIEW = Overview.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT, null, null, null);

    @Test
    void csv_and_json_hold_the_same_figures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(OVERVIEW.json(0));
        List<String> rows = List.of(OVERVIEW.csv(0).split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("scope,figure,key,value");
        for (String row : rows.subList(1, rows.size())) {
            String[] cell = row.split(",", -1);
            JsonNode value = json.get("scopes").get(cell[0]).get(cell[1]);
            if (!cell[2].isEmpty()) {
                value = value.get(cell[2]);
            }
            assertThat(value.isNull() ? "" : value.asText()).as(row).isEqualTo(cell[3]);
        }
        assertThat(rows).contains("overall,cases.started,," + OVERVIEW.overall().started());
        assertThat(json.get("scopes").get("overall").get("milestone.onTime").get("FIRST_HEARING").asInt())
                .isEqualTo(OVERVIEW.overall().milestones().get(4).onTime());
        assertThat(json.get("scopes").size()).isEqualTo(OVERVIEW.offices().size() + 1);
    }

    @Test
    void min_cell_hides_small_counts_and_the_figures_computed_over_few_cases() throws Exception {
        int n = 10;
        List<String> rows = List.of(OVERVIEW.csv(n).split("\r\n"));
        for (String row : rows.subList(1, rows.size())) {
            String value = row.substring(row.lastIndexOf(',') + 1);
            if (row.contains(".bin,") || row.matches("[^,]*,(cases|milestone\\.(onTime|late|missed|pending)|extension|minors|exit\\.answers).*")) {
                assertThat(value.equals("< " + n) || Integer.parseInt(value) >= n).as(row).isTrue();
            }
        }
        assertThat(rows).anyMatch(r -> r.endsWith(",< 10"));
        JsonNode json = new ObjectMapper().readTree(OVERVIEW.json(n));
        assertThat(json.get("minCell").asInt()).isEqualTo(n);
        assertThat(json.toString()).contains("\"< 10\"");
        assertThat(OVERVIEW.csv(1)).isEqualTo(OVERVIEW.csv(0)).doesNotContain("< ");
    }

    @Test
    void the_page_has_a_chart_and_a_table_for_each_figure_per_scope_and_hides_small_counts() {
        Document page = Jsoup.parse(OVERVIEW.html(5));
        List<Element> scopes = page.select("main > section.scope");
        assertThat(scopes).hasSize(OVERVIEW.offices().size() + 1);
        assertThat(scopes.get(0).id()).isEqualTo("overall");
        for (Element scope : scopes) {
            assertThat(scope.select("div.chart-table")).hasSize(9);
            for (Element figure : scope.select("div.chart-table")) {
                assertThat(figure.select("svg[role=img]")).hasSize(1);
                assertThat(figure.select("table")).hasSize(1);
            }
        }
        for (Element cell : page.select("#overall-selection td.num, #overall-closure td.num")) {
            assertThat(cell.text().equals("< 5") || Integer.parseInt(cell.text()) >= 5).as(cell.text()).isTrue();
        }
        assertThat(page.select("#overall-selection td").first().text()).isEqualTo(Integer.toString(OVERVIEW.overall().started()));
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        Overview english = Overview.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH), null, null, null);
        assertThat(Jsoup.parse(english.html(0)).select("h2").first().text()).isEqualTo("All cases");
    }
}
