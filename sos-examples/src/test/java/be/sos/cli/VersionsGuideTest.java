package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/rules.md, "Versions and offices", done as the guide says: two
 * versions, the second moves the first network meeting's window from the date between the
 * petitions of the pilot's two cases; each case is judged by its own version, named in every output.
 */
class VersionsGuideTest {
    private static final Pattern STEP = Pattern.compile("<!-- versions: write (\\S+) -->\\n( *)```\\w*\\n(.*?)\\n *```", Pattern.DOTALL);
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String DENDERMONDE = PilotCases.casesDir().resolve("dendermonde-2019-02.json").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path dir;
    private static String guide;

    @BeforeAll
    static void followTheGuide() throws Exception {
        guide = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("rules.md"));
        dir = tmp.resolve("my-rules");
        CliRun export = CliRun.of("rules", "export", dir.toString(), "--versioned");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(dir.resolve("versions.index")).exists();
        Matcher step = STEP.matcher(guide);
        int steps = 0;
        while (step.find()) {
            // The fence's own indentation (the block is inside a numbered step) is not part of the file.
            Path file = dir.resolve(step.group(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, step.group(3).replaceAll("(?m)^" + step.group(2), "") + "\n");
            steps++;
        }
        assertThat(steps).as("the guide's files").isEqualTo(3);
        // Step 2: the version's folder holds exactly the lines the edit of section 3 changes in the exported file.
        List<String> exported = Files.readString(dir.resolve("procedure.properties")).lines().toList();
        List<String> edited = exported.stream().map(l -> l
                .replace("window.first-network-meeting.first = 14 day-number", "window.first-network-meeting.first = 13 day-number")
                .replace("window.first-network-meeting.last = 15 day-number", "window.first-network-meeting.last = 16 day-number")).toList();
        assertThat(Files.readString(dir.resolve("2019-07/procedure.properties")).lines().toList())
                .hasSize(2).isEqualTo(edited.stream().filter(l -> !exported.contains(l)).toList());
    }

    @Test
    void validate_checks_both_versions_and_the_first_has_the_bundled_fingerprint() {
        CliRun validate = CliRun.of("rules", "validate", dir.toString(), "--lang", "en");
        assertThat(validate.code()).as(validate.err()).isZero();
        List<String> lines = validate.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("ok: version pilot (from the start), fingerprint " + SosEngine.bundled().ruleSet().fingerprint());
        assertThat(lines.get(1)).startsWith("ok: version 2019-07 (in force from 2019-07-01), fingerprint ")
                .endsWith(", changes 2019-07/procedure.properties");
        assertThat(lines.get(2)).startsWith("ok: 7 rule files, 69 rules, fingerprint ");
        assertThat(guide).contains("rules validate my-rules --lang en", lines.get(2).substring(0, lines.get(2).indexOf("fingerprint ") + 12) + "...",
                lines.get(0).substring(0, lines.get(0).length() - 56) + "...",
                lines.get(1).substring(0, lines.get(1).indexOf("fingerprint ") + 12) + "..., changes 2019-07/procedure.properties");
    }

    @Test
    void each_pilot_case_is_judged_by_its_own_version() throws Exception {
        JsonNode gent = evaluate(GENT, "2019-02-10");
        JsonNode dendermonde = evaluate(DENDERMONDE, "2019-10-25");
        assertThat(gent.at("/rules/version/name").asText()).isEqualTo("pilot");
        assertThat(gent.at("/rules/version/inForceFrom").isNull()).isTrue();
        assertThat(window(gent)).isEqualTo("2019-01-27..2019-01-28");   // day 14-15 of 2019-01-14
        assertThat(dendermonde.at("/rules/version/name").asText()).isEqualTo("2019-07");
        assertThat(dendermonde.at("/rules/version/inForceFrom").asText()).isEqualTo("2019-07-01");
        assertThat(dendermonde.at("/rules/version/changes").toString()).isEqualTo("[\"2019-07/procedure.properties\"]");
        assertThat(window(dendermonde)).isEqualTo("2019-10-17..2019-10-20");   // day 13-16 of 2019-10-05

        JsonNode gentAsOf = evaluate(GENT, "2019-02-10", "--as-of", "2019-07-01");
        assertThat(gentAsOf.at("/rules/version/name").asText()).isEqualTo("2019-07");
        assertThat(window(gentAsOf)).isEqualTo("2019-01-26..2019-01-29");
    }

    @Test
    void the_text_report_the_schedule_the_icalendar_file_and_the_html_report_name_the_version() throws Exception {
        CliRun text = CliRun.of("evaluate", DENDERMONDE, "--today", "2019-10-25", "--rules", dir.toString(), "--format", "text");
        assertThat(text.out()).contains("versie 2019-07 (in werking vanaf 2019-07-01)");
        Path ics = tmp.resolve("d.ics");
        CliRun schedule = CliRun.of("schedule", DENDERMONDE, "--today", "2019-10-25", "--rules", dir.toString(), "--ics", ics.toString());
        assertThat(schedule.code()).as(schedule.err()).isZero();
        assertThat(schedule.out()).contains("Regels: versie 2019-07 (in werking vanaf 2019-07-01), ");
        assertThat(guide).contains("Regels: versie 2019-07 (in werking vanaf 2019-07-01), ...");
        String calendar = Files.readString(ics).replace("\r\n ", "");
        assertThat(calendar).contains("Regels: versie 2019-07 (in werking vanaf 2019-07-01)");
        CliRun english = CliRun.of("schedule", GENT, "--today", "2019-02-10", "--rules", dir.toString(), "--lang", "en");
        assertThat(english.out()).contains("Rules: version pilot (from the start), " + SosEngine.bundled().ruleSet().fingerprint().substring(0, 12));
        Path html = tmp.resolve("g.html");
        CliRun report = CliRun.of("report", GENT, "--today", "2019-02-10", "--rules", dir.toString(), "--out", html.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(html)).contains("versie pilot (vanaf het begin)");
    }

    @Test
    void diff_and_impact_between_two_versions_run_as_the_guide_writes_them() throws Exception {
        String section = section("### Comparing two versions");
        Matcher block = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL).matcher(section);
        CliRun last = null;
        int commands = 0;
        int outputs = 0;
        while (block.find()) {
            if (block.group(1).equals("sh")) {
                for (String line : block.group(2).lines().toList()) {
                    last = RulesImpactGuideTest.run(tmp, line);
                    assertThat(last.code()).as(line + "\n" + last.err()).isZero();
                    commands++;
                }
            } else if (block.group(1).equals("text")) {
                assertThat(last).as("a command before the output").isNotNull();
                assertThat(last.out().replace(tmp + "/", "")).matches(RulesImpactGuideTest.wildcards(block.group(2)));
                outputs++;
            }
        }
        assertThat(commands).isEqualTo(3);
        assertThat(outputs).isEqualTo(2);
        // The fingerprints the impact names are those of the two versions, not of the last version twice.
        List<String> lines = last.out().lines().toList();
        assertThat(lines.get(1)).endsWith(SosEngine.bundled().ruleSet().fingerprint());
        assertThat(lines.get(2)).endsWith(SosEngine.fromDirectory(dir).ruleSet().fingerprint());
        // The error of the guide, as written.
        CliRun unknown = RulesImpactGuideTest.run(tmp, "java -jar sos-examples/target/sos.jar rules diff my-rules --from-version pilot --to-version 2025");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(section).contains(unknown.err().replace(tmp + "/", "").strip());
    }

    @Test
    void the_diff_of_two_versions_shows_what_the_second_changes_and_nothing_when_they_are_the_same() throws Exception {
        CliRun same = CliRun.of("rules", "diff", dir.toString(), "--from-version", "2019-07", "--to-version", "2019-07", "--lang", "en");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("my-rules (version 2019-07)").contains("No difference");
        // The first version is the shared files as they are: the same as the directory read without versions.
        CliRun first = CliRun.of("rules", "diff", "bundled", dir.toString(), "--to-version", "pilot");
        assertThat(first.out()).contains("Geen verschil");
        CliRun back = CliRun.of("rules", "diff", dir.toString(), "--from-version", "2019-07", "--to-version", "pilot", "--format", "json");
        assertThat(back.code()).as(back.err()).isZero();
        JsonNode json = JSON.readTree(back.out());
        assertThat(json.get("base").asText()).endsWith("my-rules (versie 2019-07)");
        assertThat(json.at("/settings/0/before").asText()).isEqualTo("13 day-number");
        assertThat(json.at("/settings/0/after").asText()).isEqualTo("14 day-number");
        assertThat(json.at("/settings/1/before").asText()).isEqualTo("16 day-number");
        assertThat(json.get("settings")).hasSize(2);
    }

    @Test
    void impact_forces_each_named_version_on_every_case_whatever_its_petition_date() throws Exception {
        // Gent is petitioned before 2019-07, Dendermonde after: by their dates each has its own version, and
        // comparing the directory with itself changes nothing. Forced, both are judged by pilot, then by 2019-07.
        Path cases = tmp.resolve("pilot.jsonl");
        Files.writeString(cases, Files.readString(Path.of(GENT)).replace("\n", "") + "\n"
                + Files.readString(Path.of(DENDERMONDE)).replace("\n", "") + "\n");
        CliRun byDate = CliRun.of("rules", "impact", cases.toString(), "--rules", dir.toString(), "--base", dir.toString(),
                "--days", "all", "--format", "json");
        assertThat(byDate.code()).as(byDate.err()).isZero();
        JsonNode unforced = JSON.readTree(byDate.out());
        assertThat(unforced.get("casesChanged").asInt()).isZero();
        assertThat(unforced.has("forcedVersions")).isFalse();

        CliRun forced = CliRun.of("rules", "impact", cases.toString(), "--rules", dir.toString(), "--from-version", "pilot",
                "--to-version", "2019-07", "--days", "all", "--format", "json");
        assertThat(forced.code()).as(forced.err()).isZero();
        JsonNode json = JSON.readTree(forced.out());
        assertThat(json.at("/forcedVersions/base").asText()).isEqualTo("pilot");
        assertThat(json.at("/forcedVersions/edited").asText()).isEqualTo("2019-07");
        assertThat(json.at("/base/version/name").asText()).isEqualTo("pilot");
        assertThat(json.at("/edited/version/name").asText()).isEqualTo("2019-07");
        assertThat(json.at("/edited/version/inForceFrom").asText()).isEqualTo("2019-07-01");
        // Both cases' windows move from day 14-15 to 13-16: Gent's too, though its date selects pilot.
        assertThat(json.at("/windows/0/milestone").asText()).isEqualTo("FIRST_NETWORK_MEETING");
        assertThat(json.at("/windows/0/from").asText()).isEqualTo("14-15");
        assertThat(json.at("/windows/0/to").asText()).isEqualTo("13-16");
        assertThat(json.at("/windows/0/cases").asInt()).isEqualTo(2);

        CliRun english = CliRun.of("rules", "impact", cases.toString(), "--rules", dir.toString(), "--from-version", "pilot",
                "--to-version", "2019-07", "--today", "2019-11-01", "--lang", "en");
        assertThat(english.out()).contains("every case judged by version pilot and version 2019-07, not by the version its petition date selects");
        Path html = tmp.resolve("versions-impact.html");
        CliRun page = CliRun.of("rules", "impact", cases.toString(), "--rules", dir.toString(), "--from-version", "pilot",
                "--to-version", "2019-07", "--today", "2019-11-01", "--out", html.toString());
        assertThat(page.code()).as(page.err()).isZero();
        assertThat(Files.readString(html)).contains("versie 2019-07 (in werking vanaf 2019-07-01)", "versie pilot (vanaf het begin)",
                "De genoemde versie beoordeelt elke zaak", "window.first-network-meeting.last");
    }

    @Test
    void an_unknown_version_or_a_directory_without_versions_is_one_line_exit_2_in_either_language() {
        CliRun dutch = CliRun.of("rules", "impact", GENT, "--rules", dir.toString(), "--to-version", "2025", "--today", "2019-02-10");
        assertThat(dutch.code()).isEqualTo(2);
        assertThat(dutch.err().lines().toList()).containsExactly("sos: " + dir + " heeft geen versie 2025; de versies zijn: pilot, 2019-07");
        CliRun english = CliRun.of("rules", "diff", dir.toString(), "--from-version", "x", "--to-version", "pilot", "--lang", "en");
        assertThat(english.code()).isEqualTo(2);
        assertThat(english.err().lines().toList()).containsExactly("sos: " + dir + " has no version x; its versions: pilot, 2019-07");
        CliRun bundled = CliRun.of("rules", "impact", GENT, "--rules", dir.toString(), "--base", PilotCases.casesDir().toString(),
                "--from-version", "pilot", "--today", "2019-02-10", "--lang", "en");
        assertThat(bundled.code()).isEqualTo(2);
        assertThat(bundled.err().lines().toList()).containsExactly("sos: " + PilotCases.casesDir()
                + " has no versions (no versions.index): --from-version cannot be used");
        CliRun one = CliRun.of("rules", "diff", dir.toString(), "--from-version", "pilot");
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err().lines().toList()).hasSize(1);
    }

    @Test
    void the_scenarios_of_the_guide_pass_each_against_its_version() {
        CliRun test = CliRun.of("rules", "test", dir.toString(), dir.resolve("scenarios/versies.yaml").toString(), "--verbose");
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("ok   ").endsWith("2 geslaagd, 0 mislukt\n");
    }

    @Test
    void export_versioned_writes_an_index_that_validates_and_a_bad_history_exits_3_with_a_line_per_problem() throws Exception {
        Path fresh = tmp.resolve("fresh");
        assertThat(CliRun.of("rules", "export", fresh.toString(), "--versioned").code()).isZero();
        CliRun ok = CliRun.of("rules", "validate", fresh.toString(), "--lang", "en");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("ok: version initial (from the start), fingerprint " + SosEngine.bundled().ruleSet().fingerprint());
        // Dutch by default, every line of it.
        assertThat(CliRun.of("rules", "validate", fresh.toString()).out()).startsWith("ok: versie initial (vanaf het begin), vingerafdruk ")
                .contains("\nok: 7 regelbestanden, ");

        Files.writeString(fresh.resolve("versions.index"), "initial 2019-01-01 - -\n");
        Files.createDirectories(fresh.resolve("later/office-gent"));
        Files.writeString(fresh.resolve("versions.index"), "initial 2019-01-01 - -\nlater 2019-06-01\n");
        CliRun bad = CliRun.of("rules", "validate", fresh.toString(), "--lang", "en");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("versions.index:1:1: the first version 'initial' starts on 2019-01-01",
                "later/office-gent:0:0: 'gent' is not an office of the case format");
        CliRun dutch = CliRun.of("rules", "validate", fresh.toString());
        assertThat(dutch.code()).isEqualTo(3);
        assertThat(dutch.err()).contains("versions.index:1:1: de eerste versie 'initial' begint op 2019-01-01: een zaak met een vordering",
                "later/office-gent:0:0: 'gent' is geen kantoor van het dossierformaat");
    }

    @Test
    void a_scenario_that_names_an_unknown_version_fails_and_says_which_there_are() throws Exception {
        Path file = tmp.resolve("unknown.yaml");
        Files.writeString(file, """
                name: onbekende versie
                version: 2018-01
                case: %s
                today: 2019-02-10
                expect:
                  eligible: true
                """.formatted(GENT));
        CliRun test = CliRun.of("rules", "test", dir.toString(), file.toString());
        assertThat(test.code()).isEqualTo(1);
        assertThat(test.out()).contains("no version 2018-01 in the rule directory; its versions: [pilot, 2019-07]");
    }

    /** A subsection of the guide's chapter on versions, to the next heading. */
    private static String section(String heading) {
        int start = guide.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = guide.indexOf("\n#", start + heading.length());
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    private static JsonNode evaluate(String file, String today, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", file, "--today", today, "--rules", dir.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static String window(JsonNode evaluation) {
        for (JsonNode row : evaluation.get("schedule")) {
            if (row.get("milestone").asText().equals("FIRST_NETWORK_MEETING")) {
                return row.get("from").asText() + ".." + row.get("to").asText();
            }
        }
        throw new AssertionError("no FIRST_NETWORK_MEETING in the schedule");
    }
}
