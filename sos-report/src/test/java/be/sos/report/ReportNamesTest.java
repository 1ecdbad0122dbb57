package be.sos.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The report names each milestone as the rules' message bundles do ({@code milestone.X}), and writes
 * dates in one style only.
 */
class ReportNamesTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void the_report_uses_those_names_and_iso_dates_only() {
        Evaluation e = ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 26), EvaluationOptions.DEFAULT.withLocale(NL));
        Document page = Jsoup.parse(CaseReport.html(PilotCases.gent(), e, NL));
        String text = page.text();
        for (ScheduleRow row : e.schedule()) {
            assertThat(text).contains(ENGINE.label("milestone." + row.milestone(), NL).orElseThrow());
        }
        assertThat(text).doesNotContainPattern("\\b\\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\.?( \\d{4})?\\b");
        assertThat(text).contains("2019-02-26", "Kalender: kalenderdagen", "Regels: meegeleverde regels")
                .doesNotContain("Eerste reflectief team", "Doorverwijzing");
    }
}
