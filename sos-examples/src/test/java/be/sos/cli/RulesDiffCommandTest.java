package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos rules diff OLD NEW}: a changelog of rules, settings and messages, in text and JSON. */
class RulesDiffCommandTest {
    @TempDir
    Path tmp;

    @Test
    void an_exported_directory_does_not_differ_from_the_bundled_rules() {
        Path dir = tmp.resolve("rules");
        assertThat(CliRun.of("rules", "export", dir.toString()).code()).isZero();
        CliRun run = CliRun.of("rules", "diff", "bundled", dir.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Changes from bundled to " + dir + "\nNo difference: the rules, settings and messages are the same.\n");
    }

    @Test
    void a_changed_rule_settings_and_a_message_are_each_listed() throws Exception {
        Path old = tmp.resolve("old");
        Path now = tmp.resolve("new");
        assertThat(CliRun.of("rules", "export", old.toString()).code()).isZero();
        assertThat(CliRun.of("rules", "export", now.toString()).code()).isZero();
        RulesImpactCommandTest.lengthenFirstNetworkMeeting(now);
        Path deadlines = now.resolve("deadlines.drl");
        String source = "@id(DL-12) @source(\"§8 dag 14/15\")";
        assertThat(Files.readString(deadlines)).containsOnlyOnce(source);
        Files.writeString(deadlines, Files.readString(deadlines).replace(source, "@id(DL-12) @source(\"§8 dag 14/16\")"));
        Path procedure = now.resolve("procedure.properties");
        Files.writeString(procedure, Files.readString(procedure).replace("extension.days = 14", "extension.days = 21"));
        Path messages = now.resolve("messages_en.properties");
        String text = Files.readString(messages);
        int start = text.indexOf("\nDEADLINE_DUE=") + 1;
        int end = text.indexOf('\n', start);
        String before = text.substring(start + "DEADLINE_DUE=".length(), end);
        Files.writeString(messages, text.substring(0, start) + "DEADLINE_DUE=To do: {0}." + text.substring(end));

        CliRun run = CliRun.of("rules", "diff", old.toString(), now.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "Wijzigingen van " + old + " naar " + now,
                "Regel gewijzigd: DL-12 \"DL-12 Eerste netwerkoverleg\" (deadlines.drl)",
                "    -     @id(DL-12) @source(\"§8 dag 14/15\")",
                "    +     @id(DL-12) @source(\"§8 dag 14/16\")",
                "Instelling gewijzigd: procedure.properties extension.days: 14 days \u2192 21 days (§3 Werkafspraken | "
                        + "the one extension adds 2 weeks, never past the end of the HD procedure)",
                "Instelling gewijzigd: procedure.properties window.first-network-meeting.last: 15 day-number \u2192 16 day-number "
                        + "(§8 dag 14/15 | DL-12)",
                "Bericht gewijzigd: messages_en.properties DEADLINE_DUE: \"" + before + "\" → \"To do: {0}.\"",
                "Regels: 1 gewijzigd, 0 toegevoegd, 0 verwijderd; instellingen: 2 gewijzigd; berichten: 1 gewijzigd");

        CliRun json = CliRun.of("rules", "diff", old.toString(), now.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode diff = new ObjectMapper().readTree(json.out());
        assertThat(diff.get("rules")).hasSize(1);
        assertThat(diff.get("rules").get(0).get("id").asText()).isEqualTo("DL-12");
        assertThat(diff.get("rules").get(0).get("kind").asText()).isEqualTo("CHANGED");
        assertThat(diff.get("settings")).hasSize(2);
        assertThat(diff.get("settings").get(0).get("key").asText()).isEqualTo("extension.days");
        assertThat(diff.get("settings").get(0).get("after").asText()).isEqualTo("21 days");
        JsonNode window = diff.get("settings").get(1);
        assertThat(List.of(window.get("kind").asText(), window.get("file").asText(), window.get("key").asText(),
                window.get("before").asText(), window.get("after").asText(), window.get("note").asText()))
                .containsExactly("CHANGED", "procedure.properties", "window.first-network-meeting.last", "15 day-number", "16 day-number",
                        "§8 dag 14/15 | DL-12");
        assertThat(diff.get("messages").get(0).get("key").asText()).isEqualTo("DEADLINE_DUE");
    }

    @Test
    void a_folder_that_does_not_exist_is_a_usage_error() {
        CliRun run = CliRun.of("rules", "diff", "bundled", tmp.resolve("nothing").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sos: " + tmp.resolve("nothing") + ": geen map met regelbestanden\n");
        assertThat(run.out()).isEmpty();
    }
}
