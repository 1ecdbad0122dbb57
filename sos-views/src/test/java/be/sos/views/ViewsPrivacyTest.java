package be.sos.views;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The views' values say nothing of the case file in their {@code toString()}: they end up in logs. */
class ViewsPrivacyTest {
    private static final SosEngine ENGINE = SosEngine.bundled();

    @Test
    void the_script_its_sections_and_tables_keep_the_case_file_out_of_to_string() {
        Case gent = PilotCases.gent();
        ClosingScript script = ClosingScript.of(gent, ENGINE.evaluate(gent, LocalDate.of(2019, 6, 1)), ENGINE, Locale.ENGLISH);
        String all = script + " " + script.sections() + " " + script.sections().stream().flatMap(s -> s.tables().stream()).toList();
        assertThat(script.html()).contains("tante-an", gent.dangerStatement().substring(0, 20));
        assertThat(all).doesNotContain("tante-an", "mama", "J ", gent.dangerStatement().substring(0, 20), "2001");
    }

    @Test
    void work_list_lines_and_groups_keep_subjects_and_texts_out_of_to_string() {
        Case gent = PilotCases.gent();
        Worklist list = Worklist.of(List.of(gent), ENGINE, LocalDate.of(2019, 1, 18), EvaluationOptions.DEFAULT);
        assertThat(list.items()).isNotEmpty();
        String all = list.items() + " " + list.groups(Grouping.ROLE);
        assertThat(all).contains("gent-2019-01").doesNotContain(list.items().get(0).text());
    }
}
