package be.sos.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.core.time.BelgianWorkingDays;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.EvaluationOptions;
import be.sos.testkit.CaseGenerator;
import be.sos.core.testing.RepositoryFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of the trial before a rule set is activated ({@code trial-cases.jsonl.gz}, a resource
 * of sos-rules) is what the generator and the bundled scenarios give: the two cases of the bundled
 * scenarios and twelve generated ones on five days of their procedure, then the case of every
 * bundled scenario on its day. The engine reads the corpus, so that it carries neither the
 * generator nor YAML; this test fails when an edit of the generator or of a bundled scenario has
 * left the corpus behind, and writes it anew when run with {@code -Dsos.trial.write=true}.
 */
class TrialCorpusTest {
    /** Where the corpus is, on the class path and under sos-rules' resources. */
    static final String RESOURCE = "be/sos/rules/internal/trial-cases.jsonl.gz";
    /** The command that writes the corpus anew. */
    static final String REGENERATE = "mvn -B -q -pl sos-scenarios -am test -Dtest=TrialCorpusTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dsos.trial.write=true";

    private static final List<String> EXAMPLES = List.of("cases/standaard.json", "cases/nieuwe-zaak.json");
    private static final int GENERATED = 12;
    private static final long SEED = 13;
    private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 2);
    /** The days of the procedure each example case is evaluated on. */
    private static final int[] DAYS = {1, 15, 40, 61, 80};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** The cases of the corpus, numbered in order of first use; a case used twice is written once. */
    private final Map<String, Integer> cases = new LinkedHashMap<>();
    private final List<String> caseLines = new ArrayList<>();
    private final Set<String> evaluationLines = new LinkedHashSet<>();

    @Test
    void the_trial_corpus_is_what_the_generator_and_the_bundled_scenarios_give() throws Exception {
        String expected = corpus();
        if (Boolean.getBoolean("sos.trial.write")) {
            Path target = RepositoryFiles.file("sos-rules/pom.xml").getParent().resolve("src/main/resources").resolve(RESOURCE);
            Files.createDirectories(target.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
                out.write(expected.getBytes(StandardCharsets.UTF_8));
            }
            System.out.println("wrote " + target);
            return;
        }
        String actual;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " is not on the class path; write it with: " + REGENERATE).isNotNull();
            actual = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual.equals(expected)).as("the trial's corpus " + RESOURCE
                + " is not what the generator and the bundled scenarios give; write it anew with: " + REGENERATE).isTrue();
    }

    @Test
    void the_corpus_holds_every_example_day_and_every_bundled_scenario() throws Exception {
        String text = corpus();
        assertThat(text.lines().filter(l -> l.contains("\"from\":\"example case ")))
                .hasSize((EXAMPLES.size() + GENERATED) * DAYS.length);
        List<Scenario> scenarios = bundledScenarios();
        assertThat(scenarios).isNotEmpty();
        for (Scenario scenario : scenarios) {
            // the scenario's own line, or that of an earlier one with the same case, day and options
            String evaluation = "{\"evaluate\":" + cases.get(CaseJson.write(scenario.file())) + ",\"today\":\"" + scenario.today()
                    + "\",\"lang\":\"" + scenario.options().locale().getLanguage() + "\",\"calendar\":\"" + scenario.options().calendar().name();
            assertThat(text).as(scenario.toString()).contains(evaluation);
        }
    }

    /** The text of the corpus, uncompressed: the case lines, then the evaluation lines. */
    String corpus() throws Exception {
        cases.clear();
        caseLines.clear();
        evaluationLines.clear();
        Map<String, String> bundled = Scenarios.bundled();
        List<Case> examples = new ArrayList<>();
        for (String name : EXAMPLES) {
            examples.add(CaseJson.read(bundled.get(name)));
        }
        CaseGenerator generator = CaseGenerator.withSeed(SEED).around(ANCHOR);
        for (int i = 0; i < GENERATED; i++) {
            examples.add(generator.next());
        }
        for (int n = 0; n < examples.size(); n++) {
            Case example = examples.get(n);
            for (int d = 0; d < DAYS.length; d++) {
                EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(d % 2 == 0 ? Locale.forLanguageTag("nl") : Locale.ENGLISH)
                        .withCalendar(d == 2 ? BelgianWorkingDays.standard() : ProcedureCalendar.CALENDAR_DAYS);
                if (d == DAYS.length - 1) {
                    options = options.withPortfolio(examples);
                }
                evaluation(example, example.petitionDate().plusDays(DAYS[d] - 1L), options, "example case " + (n + 1));
            }
        }
        for (Scenario scenario : bundledScenarios()) {
            if (scenario.version() == null) {
                evaluation(scenario.file(), scenario.today(), scenario.options(),
                        "bundled scenario " + scenario.path().getFileName() + ":" + scenario.line());
            }
        }
        StringBuilder text = new StringBuilder();
        caseLines.forEach(line -> text.append(line).append('\n'));
        evaluationLines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The bundled scenarios, written into a folder as {@code sos rules export} does and read from there. */
    private List<Scenario> bundledScenarios() throws IOException, InvalidScenarioException {
        Path dir = Files.createDirectories(folder.resolve("scenarios"));
        List<Scenario> scenarios = new ArrayList<>();
        for (Map.Entry<String, String> file : Scenarios.bundled().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        for (String name : Scenarios.bundled().keySet()) {
            if (name.endsWith(".yaml")) {
                scenarios.addAll(Scenarios.read(dir.resolve(name)));
            }
        }
        return scenarios;
    }

    /** Adds one evaluation (once: a repeat of the same case, day and options is left out). */
    private void evaluation(Case file, LocalDate today, EvaluationOptions options, String from) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("evaluate", number(file));
        line.put("today", today.toString());
        line.put("lang", options.locale().getLanguage());
        line.put("calendar", options.calendar().name());
        if (options.portfolio() != null) {
            ArrayNode portfolio = line.putArray("portfolio");
            for (Case other : options.portfolio()) {
                portfolio.add(number(other));
            }
        }
        String key = JSON.writeValueAsString(line);
        boolean seen = evaluationLines.stream().anyMatch(l -> l.startsWith(key.substring(0, key.length() - 1) + ",\"from\""));
        if (!seen) {
            line.put("from", from);
            evaluationLines.add(JSON.writeValueAsString(line));
        }
    }

    /** The number of a case in the corpus, adding its line when it is new. */
    private int number(Case file) throws IOException {
        String json = CaseJson.write(file);
        Integer known = cases.get(json);
        if (known != null) {
            return known;
        }
        int n = cases.size();
        cases.put(json, n);
        ObjectNode line = JSON.createObjectNode();
        line.put("case", n);
        line.set("file", JSON.readTree(json));
        caseLines.add(JSON.writeValueAsString(line));
        return n;
    }
}
