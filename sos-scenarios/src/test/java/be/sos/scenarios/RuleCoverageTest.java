package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.SosEngine;
import be.sos.core.testing.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundled rule has a bundled scenario where it fires and one where it does not (STYLE.md,
 * "Rules as code"). A rule that fires for every case (its only condition is {@code Procedure()}:
 * the window of a milestone every case has) cannot have the second; for it, a scenario that names
 * it and expects one of its outcomes to be absent (the day before or after its window) counts.
 */
class RuleCoverageTest {
    private static final Pattern RULE = Pattern.compile(
            "(?s)\\brule\\s+\"[^\"]*\"\\s*@id\\(([^)]+)\\).*?\\bwhen\\b(.*?)\\bthen\\b");
    private static final Pattern ALWAYS = Pattern.compile("(\\$\\w+\\s*:\\s*)?Procedure\\(\\s*\\)");

    private static Map<String, String> conditions;
    private static List<Scenario> scenarios;

    @TempDir
    static Path folder;

    @BeforeAll
    static void read() throws Exception {
        conditions = new TreeMap<>();
        for (Map.Entry<String, String> file : SosEngine.bundled().ruleFiles().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String text = file.getValue().replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                assertThat(conditions.put(m.group(1).strip(), m.group(2).strip())).as("id " + m.group(1) + " used twice").isNull();
            }
        }
        scenarios = BundledScenariosTest.bundled(folder);
    }

    @Test
    void the_ids_in_the_rule_files_are_the_ids_of_the_compiled_rules() {
        assertThat(conditions).hasSizeGreaterThan(60);
        assertThat(new TreeSet<>(conditions.keySet())).containsExactlyElementsOf(new TreeSet<>(SosEngine.bundled().ruleIds()));
    }

    @Test
    void every_rule_has_a_scenario_where_it_fires() {
        List<String> missing = new ArrayList<>();
        for (String id : conditions.keySet()) {
            if (scenarios.stream().noneMatch(s -> Boolean.TRUE.equals(s.expect().fires().get(id)))) {
                missing.add(id);
            }
        }
        assertThat(missing).as("rules without a scenario that expects them to fire").isEmpty();
    }

    @Test
    void every_rule_has_a_scenario_where_it_does_not_fire() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> rule : conditions.entrySet()) {
            String id = rule.getKey();
            boolean always = ALWAYS.matcher(rule.getValue()).matches();
            boolean covered = scenarios.stream().anyMatch(s -> Boolean.FALSE.equals(s.expect().fires().get(id))
                    || always && s.rules().contains(id) && !s.expect().absent().isEmpty());
            if (!covered) {
                missing.add(id);
            }
        }
        assertThat(missing).as("rules without a scenario where they do not fire").isEmpty();
    }

    @Test
    void only_the_rules_that_set_a_window_of_every_case_fire_for_every_case() {
        Set<String> always = new TreeSet<>();
        conditions.forEach((id, condition) -> {
            if (ALWAYS.matcher(condition).matches()) {
                always.add(id);
            }
        });
        assertThat(always).allMatch(id -> id.startsWith("DL-")).hasSize(16);
        for (String id : always) {
            assertThat(scenarios).noneMatch(s -> Boolean.FALSE.equals(s.expect().fires().get(id)));
        }
    }

    @Test
    void every_bundled_scenario_names_the_rules_it_is_about_and_every_name_is_a_rule() {
        for (Scenario scenario : scenarios) {
            assertThat(scenario.rules()).as(scenario.toString()).isNotEmpty();
            assertThat(conditions.keySet()).as(scenario.toString()).containsAll(scenario.rules());
        }
    }

    @Test
    void the_index_lists_every_file_of_the_bundled_scenario_folder() throws IOException {
        // the bundled scenarios are rule-directory content: resources of sos-rules, beside the DRL files
        Path folder = RepositoryFiles.file("sos-rules/src/main/resources/" + Scenarios.BUNDLED_PATH + Scenarios.INDEX).getParent();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(Scenarios.INDEX)).forEach(files::add);
        }
        assertThat(Scenarios.bundled().keySet()).containsExactlyElementsOf(files);
    }
}
