package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Actor;
import be.sos.core.model.EventType;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One name per milestone: the rules' message bundles name each milestone once ({@code milestone.X}),
 * and the words a finding uses for it ({@code subject.X}) are that name with its article (the report
 * shows the same names: {@code be.sos.report.ReportNamesTest}).
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
}
