package be.sos.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.RuleEdits;
import be.sos.rules.impact.RuleSetDiff.Kind;
import be.sos.rules.impact.RuleSetDiff.KeyChange;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What {@link RuleSetDiff} lists between the bundled rules and edits of them. */
class RuleSetDiffTest {
    private static Map<String, String> bundled() throws Exception {
        return new TreeMap<>(RuleSetDiff.files(null));
    }

    @Test
    void the_same_rules_have_no_difference() throws Exception {
        RuleSetDiff diff = RuleSetDiff.between("bundled", bundled(), "copy", bundled());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.rules()).isEmpty();
    }

    @Test
    void a_lengthened_window_is_one_changed_setting_shown_by_its_number_and_no_changed_rule() throws Exception {
        Map<String, String> edited = bundled();
        edited.put("procedure.properties", RuleEdits.lengthenFirstNetworkMeeting(edited.get("procedure.properties")));
        RuleSetDiff diff = RuleSetDiff.between("bundled", bundled(), "my-rules", edited);
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.settings()).containsExactly(new KeyChange(Kind.CHANGED, "procedure.properties",
                "window.first-network-meeting.last", "15 day-number", "16 day-number", "§8 dag 14/15 | DL-12"));
        assertThat(diff.rules()).isEmpty();
        assertThat(diff.messages()).isEmpty();
        assertThat(diff.otherLines()).isEmpty();
        assertThat(diff.filesAdded()).isEmpty();
        assertThat(diff.filesRemoved()).isEmpty();
    }

    @Test
    void a_setting_whose_source_or_note_changed_too_shows_its_whole_values() throws Exception {
        Map<String, String> edited = bundled();
        edited.put("procedure.properties", edited.get("procedure.properties").replace(
                "window.first-network-meeting.last = 15 day-number | §8 dag 14/15 | DL-12",
                "window.first-network-meeting.last = 16 day-number | §8 dag 14/16 | DL-12"));
        RuleSetDiff diff = RuleSetDiff.between("bundled", bundled(), "my-rules", edited);
        assertThat(diff.settings()).containsExactly(new KeyChange(Kind.CHANGED, "procedure.properties",
                "window.first-network-meeting.last", "15 day-number | §8 dag 14/15 | DL-12", "16 day-number | §8 dag 14/16 | DL-12", ""));
    }

    @Test
    void a_changed_rule_is_listed_by_id_with_its_changed_lines() throws Exception {
        Map<String, String> edited = bundled();
        String deadlines = edited.get("deadlines.drl");
        String last = "$p.dayOf(\"window.first-network-meeting.last\"),";
        assertThat(deadlines).contains(last);
        edited.put("deadlines.drl", deadlines.replace(last, "$p.dayOf(\"window.safety-plan-to-judge.last\"),"));
        RuleSetDiff diff = RuleSetDiff.between("bundled", bundled(), "my-rules", edited);
        assertThat(diff.rules()).hasSize(1);
        RuleSetDiff.RuleChange change = diff.rules().get(0);
        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.id()).isEqualTo("DL-12");
        assertThat(change.file()).isEqualTo("deadlines.drl");
        assertThat(change.lines()).containsExactly(
                "-     insert(out.window(EventType.FIRST_NETWORK_MEETING, $p.dayOf(\"window.first-network-meeting.first\"), "
                        + "$p.dayOf(\"window.first-network-meeting.last\"),",
                "+     insert(out.window(EventType.FIRST_NETWORK_MEETING, $p.dayOf(\"window.first-network-meeting.first\"), "
                        + "$p.dayOf(\"window.safety-plan-to-judge.last\"),");
        assertThat(diff.settings()).isEmpty();
        assertThat(diff.messages()).isEmpty();
        assertThat(diff.otherLines()).isEmpty();
    }

    @Test
    void rules_added_and_removed_settings_and_messages_are_listed_by_id_and_key() throws Exception {
        Map<String, String> edited = bundled();
        String selection = edited.get("selection.drl");
        edited.put("selection.drl", selection + "\nrule \"SEL-99 Nieuw\"\n    @id(SEL-99) @source(\"§3\")\nwhen\n    Procedure()\nthen\n"
                + "    out.blocker(\"SEL_NEW\");\nend\n");
        String monitoring = edited.get("monitoring.drl");
        int start = monitoring.indexOf("rule \"MON-");
        int end = monitoring.indexOf("\nend", start) + 4;
        String removedName = monitoring.substring(start + 6, monitoring.indexOf('"', start + 6));
        edited.put("monitoring.drl", monitoring.substring(0, start) + monitoring.substring(end));
        edited.put("procedure.properties", edited.get("procedure.properties").replace("hd.days = 60", "hd.days = 61"));
        edited.put("messages_en.properties", edited.get("messages_en.properties") + "\nSEL_NEW=Selection: new.\n");
        edited.put("notes.properties", "a = 1\n");
        edited.put("deadlines.drl", "// a new first line\n" + edited.get("deadlines.drl"));

        RuleSetDiff diff = RuleSetDiff.between("bundled", bundled(), "my-rules", edited);
        assertThat(diff.rules()).extracting(RuleSetDiff.RuleChange::kind, RuleSetDiff.RuleChange::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, removedName.split(" ")[0]),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "SEL-99"));
        assertThat(diff.rules().get(1).lines()).startsWith("+ rule \"SEL-99 Nieuw\"").endsWith("+ end");
        assertThat(diff.settings()).containsExactly(new KeyChange(Kind.ADDED, "notes.properties", "a", null, "1"),
                new KeyChange(Kind.CHANGED, "procedure.properties", "hd.days", "60 days", "61 days",
                        "§3 Afronding traject | the urgent procedure (HD) lasts 60 days from the petition (day 1)"));
        assertThat(diff.messages()).containsExactly(new KeyChange(Kind.ADDED, "messages_en.properties", "SEL_NEW", null, "Selection: new."));
        assertThat(diff.filesAdded()).containsExactly("notes.properties");
        assertThat(diff.filesRemoved()).isEmpty();
        assertThat(diff.otherLines()).hasSize(1);
        assertThat(diff.otherLines().get(0).file()).isEqualTo("deadlines.drl");
        assertThat(diff.otherLines().get(0).lines()).containsExactly("+ // a new first line");
    }

    @Test
    void rule_ids_sort_as_people_read_them() {
        assertThat(List.of("DL-12", "DL-2", "DL-04b", "DL-04", "CL-1").stream().sorted(RuleSetDiff::compareIds).toList())
                .containsExactly("CL-1", "DL-2", "DL-04", "DL-04b", "DL-12");
    }

    @Test
    void the_changed_lines_of_a_text_pair_each_removed_line_with_its_replacement() {
        assertThat(LineDiff.changed(List.of("a", "b", "c", "d"), List.of("a", "B", "c", "d", "e")))
                .containsExactly("- b", "+ B", "+ e");
        assertThat(LineDiff.changed(List.of("a", "b"), List.of("a", "b"))).isEmpty();
    }
}
