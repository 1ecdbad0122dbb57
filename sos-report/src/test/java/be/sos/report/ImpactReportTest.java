package be.sos.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.RuleSetInfo;
import be.sos.rules.impact.Impact;
import be.sos.rules.impact.RuleSetDiff;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link ImpactReport}: what it shows, in each language, and that no value of the input becomes markup. */
class ImpactReportTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static Impact impact() {
        return new Impact(new RuleSetInfo("bundled", "aa"), new RuleSetInfo("dir/" + HOSTILE, "bb"), "all", 10, 2, 8, 700, 1,
                List.of(new Impact.FindingChange("SEL_X", HOSTILE, "BLOCKER", 2, 0, 30, 0, List.of(HOSTILE, "c2"))),
                List.of(new Impact.StatusChange("FIRST_NETWORK_MEETING", "OVERDUE", "DUE", 2, 2, List.of("c1"))),
                List.of(new Impact.WindowChange("FIRST_NETWORK_MEETING", "14-15", "14-16", 10, 700, List.of("c1"))),
                new Impact.EligibilityChange(0, 2, List.of(), List.of("c1", "c2")));
    }

    @Test
    void every_part_is_shown_and_nothing_of_the_input_becomes_markup() {
        RuleSetDiff diff = new RuleSetDiff("bundled", "dir", List.of(new RuleSetDiff.RuleChange(RuleSetDiff.Kind.CHANGED, "DL-12",
                "deadlines.drl", HOSTILE, List.of("- " + HOSTILE, "+ b"))), List.of(), List.of(), List.of(), List.of(), List.of());
        String html = ImpactReport.html(impact(), diff, Locale.forLanguageTag("nl"));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("img, script")).isEmpty();
        assertThat(html).doesNotContain(HOSTILE);
        assertThat(doc.select("main > section").eachAttr("id")).containsExactly("changes", "summary", "windows", "statuses",
                "findings", "eligibility");
        assertThat(doc.select("#changes .diff .del").text()).isEqualTo("- " + HOSTILE);
        assertThat(doc.select("#findings tbody td").eachText()).contains(HOSTILE, "2", "30", HOSTILE + ", c2");
        assertThat(doc.select("#statuses tbody tr").first().children().eachText())
                .containsExactly("Eerste netwerkoverleg (FIRST_NETWORK_MEETING)", "achterstallig (OVERDUE)", "nu te doen (DUE)", "2", "2", "c1");
        assertThat(doc.select("#eligibility tbody tr").get(1).children().eachText()).containsExactly("Werden niet meer toelaatbaar", "2", "c1, c2");
        assertThat(doc.select("h1").text()).isEqualTo("Impact van een wijziging aan de regels");
    }

    @Test
    void without_a_diff_the_page_starts_with_the_summary_in_english() {
        Document doc = Jsoup.parse(ImpactReport.html(impact(), null, Locale.ENGLISH));
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("main > section").first().id()).isEqualTo("summary");
        assertThat(doc.select("#summary dt").eachText()).containsExactly("Cases compared", "Cases with another outcome",
                "Cases without change", "Evaluations per rule set", "Input lines skipped");
    }
}
