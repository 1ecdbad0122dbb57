package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import be.sos.core.testing.PilotCases;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * One name per milestone: the rules' message bundles name each milestone once ({@code milestone.X}),
 * and the words a finding uses for it ({@code subject.X}) are that name with its article; the report
 * shows the same names, statuses and actors, and one style of dates.
 */
class MilestoneNamesTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Pattern ARTICLE = Pattern.compile("^(de|het|the) ");

    @Test
    void a_findings_words_for_a_milestone_are_its_name_with_an_article() {
        for (Locale locale : new Locale[] {NL, Locale.ENGLISH}) {
            for (EventType type : EventType.values()) {
                String name = ENGINE.label("milestone." + type, locale).orElseThrow(() -> new AssertionError("milestone." + type));
                ENGINE.label("subject." + type, locale).ifPresent(subject -> assertThat(ARTICLE.matcher(subject).replaceFirst(""))
                        .as(type + " " + locale).isEqualToIgnoringCase(name));
            }
            for (MilestoneStatus status : MilestoneStatus.values()) {
                assertThat(ENGINE.label("status." + status, locale)).as(status.name()).isPresent();
            }
            for (Actor actor : Actor.values()) {
                assertThat(ENGINE.label("actor." + actor, locale)).as(actor.name()).isPresent();
            }
            for (Severity severity : Severity.values()) {
                assertThat(ENGINE.label("severity." + severity, locale)).as(severity.name()).isPresent();
            }
        }
    }

    @Test
    void the_report_uses_those_names_and_iso_dates_only() {
        Evaluation e = ENGINE.evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 26), EvaluationOptions.DEFAULT.withLocale(NL));
        Document page = Jsoup.parse(be.sos.rules.report.CaseReport.html(PilotCases.gent(), e, NL));
        String text = page.text();
        for (ScheduleRow row : e.schedule()) {
            assertThat(text).contains(ENGINE.label("milestone." + row.milestone(), NL).orElseThrow());
        }
        assertThat(text).doesNotContainPattern("\\b\\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\.?( \\d{4})?\\b");
        assertThat(text).contains("2019-02-26", "Kalender: kalenderdagen", "Regels: meegeleverde regels")
                .doesNotContain("Eerste reflectief team", "Doorverwijzing");
    }
}
