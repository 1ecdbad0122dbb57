package be.sos.rules.scenario;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.json.Problem;
import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.time.ProcedureCalendars;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.MilestoneStatus;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scenario files: finding them, reading them, and the scenarios bundled with the rules.
 *
 * <p>A scenario file is YAML (the README, "Command line"). It holds one scenario, or several separated by a
 * line {@code ---}:
 *
 * <pre>{@code
 * name: Eerste netwerkoverleg te laat
 * rule: DL-12                       # optional: the rule (or rules: [..]) it is about
 * case: ../cases/gent-2019-01.json  # a path relative to this file, or an inline case object
 * with: {closure: null}             # optional: changes to that case (a JSON merge patch, RFC 7386)
 * today: 2019-02-01
 * lang: nl                          # optional: nl or en
 * calendar: calendar                # optional: calendar or be-working-days
 * portfolio: [other.json]           # optional: the programme's other cases (paths or inline cases)
 * expect:
 *   present: ["DEADLINE_OVERDUE FIRST_NETWORK_MEETING", "EXT_ALLOWED"]   # CODE or "CODE SUBJECT"
 *   absent:  ["SEL_PARENT_UNAVAILABLE"]
 *   eligible: true
 *   fires: true                     # the rules named fire (or false: none of them does),
 *                                   # or per rule: {DL-04: false, DL-04b: true}
 *   schedule:                       # a milestone's status, or its status and window
 *     FIRST_NETWORK_MEETING: OVERDUE
 *     FIRST_HEARING: {status: DONE, from: 2019-01-16, to: 2019-01-17}
 * }</pre>
 *
 * <p>Reading is strict: an unknown key, a value of the wrong kind, a case that is not valid, or
 * a scenario that expects nothing is an {@link InvalidScenarioException} naming the file, line
 * and column.
 */
public final class Scenarios {
    /** Where the bundled scenarios are on the classpath. */
    public static final String BUNDLED_PATH = "be/sos/rules/scenarios/";
    /** The list of the bundled scenario files and the cases they use, one path a line. */
    public static final String INDEX = "scenarios.index";
    /** The largest scenario or case file read, in bytes. */
    public static final long MAX_FILE_BYTES = 2_000_000;

    private static final Set<String> KEYS = Set.of("name", "rule", "rules", "case", "with", "today", "lang", "calendar",
            "portfolio", "expect", "version");
    private static final Set<String> EXPECT_KEYS = Set.of("present", "absent", "eligible", "fires", "schedule");
    private static final Set<String> MILESTONE_KEYS = Set.of("status", "from", "to");
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Scenarios() {}

    /**
     * The scenario files under a file or folder: the file itself, or every {@code .yaml} and
     * {@code .yml} file in the folder and its subfolders, sorted by path.
     *
     * @throws NoSuchFileException when there is no such file or folder
     * @throws IOException when the folder cannot be read
     */
    public static List<Path> files(Path fileOrFolder) throws IOException {
        if (!Files.exists(fileOrFolder)) {
            throw new NoSuchFileException(fileOrFolder.toString());
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> paths = Files.walk(fileOrFolder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * Reads the scenarios of a scenario file.
     *
     * @throws InvalidScenarioException when the file, a case it names or a scenario in it is not valid
     * @throws IOException when the file cannot be read
     */
    public static List<Scenario> read(Path file) throws InvalidScenarioException, IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new InvalidScenarioException(file, 0, 0, "larger than " + MAX_FILE_BYTES + " bytes");
        }
        List<YamlNode> documents;
        try (JsonParser parser = YAML.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            documents = YamlNode.documents(parser, file);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidScenarioException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
        if (documents.isEmpty()) {
            throw new InvalidScenarioException(file, 0, 0, "no scenario in the file");
        }
        List<Scenario> scenarios = new ArrayList<>(documents.size());
        for (YamlNode document : documents) {
            scenarios.add(scenario(file, document));
        }
        return scenarios;
    }

    /**
     * The scenario files bundled with the rules, and the case files they use: their paths
     * relative to the scenario folder, and their texts, sorted by path. {@code sos rules export}
     * writes them into the folder {@code scenarios} of the rule directory.
     */
    public static Map<String, String> bundled() {
        Map<String, String> files = new TreeMap<>();
        for (String line : resource(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.put(name, resource(name));
            }
        }
        return Collections.unmodifiableMap(files);
    }

    // ---- one scenario ----

    private static Scenario scenario(Path file, YamlNode node) throws InvalidScenarioException {
        if (!node.isMap()) {
            throw problem(file, node, "a scenario is a map with the keys name, case, today and expect");
        }
        checkKeys(file, node, KEYS, "");
        String name = text(file, require(file, node, "name"), "name");
        List<String> rules = new ArrayList<>();
        if (node.fields().containsKey("rule")) {
            rules.add(ruleId(file, node.fields().get("rule")));
        }
        if (node.fields().containsKey("rules")) {
            for (YamlNode item : list(file, node.fields().get("rules"), "rules")) {
                rules.add(ruleId(file, item));
            }
        }
        LocalDate today = date(file, require(file, node, "today"), "today");
        Case theCase = caseOf(file, require(file, node, "case"), node.fields().get("with"), "case");
        EvaluationOptions options = EvaluationOptions.DEFAULT;
        YamlNode lang = node.fields().get("lang");
        if (lang != null) {
            String value = text(file, lang, "lang");
            if (!value.equals("nl") && !value.equals("en")) {
                throw problem(file, lang, "lang: expected nl or en");
            }
            options = options.withLocale(Locale.forLanguageTag(value));
        }
        YamlNode calendar = node.fields().get("calendar");
        if (calendar != null) {
            String value = text(file, calendar, "calendar");
            options = options.withCalendar(ProcedureCalendars.byName(value).orElseThrow(() -> problem(file, calendar,
                    "calendar: unknown calendar; expected one of " + String.join(", ", ProcedureCalendars.names()))));
        }
        YamlNode portfolio = node.fields().get("portfolio");
        if (portfolio != null) {
            List<Case> cases = new ArrayList<>();
            List<YamlNode> items = list(file, portfolio, "portfolio");
            for (int i = 0; i < items.size(); i++) {
                cases.add(caseOf(file, items.get(i), null, "portfolio[" + i + "]"));
            }
            options = options.withPortfolio(cases);
        }
        Expectations expect = expectations(file, require(file, node, "expect"), rules);
        for (String rule : expect.fires().keySet()) {
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        YamlNode version = node.fields().get("version");
        return new Scenario(file, node.line(), name, rules, theCase, today, options, expect,
                version == null ? null : text(file, version, "version"));
    }

    private static Expectations expectations(Path file, YamlNode node, List<String> rules) throws InvalidScenarioException {
        if (!node.isMap()) {
            throw problem(file, node, "expect: expected a map with present, absent, eligible, fires or schedule");
        }
        checkKeys(file, node, EXPECT_KEYS, "expect.");
        List<String> present = findings(file, node.fields().get("present"), "expect.present");
        List<String> absent = findings(file, node.fields().get("absent"), "expect.absent");
        Boolean eligible = null;
        YamlNode eligibleNode = node.fields().get("eligible");
        if (eligibleNode != null) {
            if (!eligibleNode.json().isBoolean()) {
                throw problem(file, eligibleNode, "expect.eligible: expected true or false");
            }
            eligible = eligibleNode.json().booleanValue();
        }
        Map<String, Boolean> fires = new LinkedHashMap<>();
        YamlNode firesNode = node.fields().get("fires");
        if (firesNode != null) {
            if (firesNode.json().isBoolean()) {
                if (rules.isEmpty()) {
                    throw problem(file, firesNode, "expect.fires: true or false needs the rule it is about: add rule: ID (or rules: [..])");
                }
                for (String rule : rules) {
                    fires.put(rule, firesNode.json().booleanValue());
                }
            } else if (firesNode.isMap()) {
                for (Map.Entry<String, YamlNode> entry : firesNode.fields().entrySet()) {
                    if (!entry.getValue().json().isBoolean()) {
                        throw problem(file, entry.getValue(), "expect.fires." + entry.getKey() + ": expected true or false");
                    }
                    fires.put(entry.getKey(), entry.getValue().json().booleanValue());
                }
            } else {
                throw problem(file, firesNode, "expect.fires: expected true, false, or a map of rule ids to true or false");
            }
        }
        Map<EventType, MilestoneExpectation> schedule = new LinkedHashMap<>();
        YamlNode scheduleNode = node.fields().get("schedule");
        if (scheduleNode != null) {
            if (!scheduleNode.isMap()) {
                throw problem(file, scheduleNode, "expect.schedule: expected a map of milestones to a status");
            }
            for (Map.Entry<String, YamlNode> entry : scheduleNode.fields().entrySet()) {
                EventType milestone = constant(file, entry.getValue(), entry.getKey(), EventType.class, "expect.schedule");
                schedule.put(milestone, milestone(file, entry.getValue(), "expect.schedule." + entry.getKey()));
            }
        }
        Expectations expect = new Expectations(present, absent, eligible, fires, schedule);
        if (expect.isEmpty()) {
            throw problem(file, node, "expect: nothing is expected; give present, absent, eligible, fires or schedule");
        }
        return expect;
    }

    private static MilestoneExpectation milestone(Path file, YamlNode node, String key) throws InvalidScenarioException {
        if (node.json().isTextual()) {
            return new MilestoneExpectation(constant(file, node, node.json().textValue(), MilestoneStatus.class, key), null, null);
        }
        if (!node.isMap()) {
            throw problem(file, node, key + ": expected a status, or a map with status, from and to");
        }
        checkKeys(file, node, MILESTONE_KEYS, key + ".");
        YamlNode status = node.fields().get("status");
        YamlNode from = node.fields().get("from");
        YamlNode to = node.fields().get("to");
        if (status == null && from == null && to == null) {
            throw problem(file, node, key + ": give a status, a first day (from) or a last day (to)");
        }
        return new MilestoneExpectation(
                status == null ? null : constant(file, status, text(file, status, key + ".status"), MilestoneStatus.class, key + ".status"),
                from == null ? null : date(file, from, key + ".from"),
                to == null ? null : date(file, to, key + ".to"));
    }

    private static List<String> findings(Path file, YamlNode node, String key) throws InvalidScenarioException {
        if (node == null) {
            return List.of();
        }
        List<String> findings = new ArrayList<>();
        for (YamlNode item : list(file, node, key)) {
            String entry = text(file, item, key).strip();
            String[] parts = entry.split("\\s+");
            if (entry.isEmpty() || parts.length > 2 || !parts[0].matches("[A-Z][A-Z0-9_]*")) {
                throw problem(file, item, key + ": expected \"CODE\" or \"CODE SUBJECT\", such as \"DEADLINE_DUE FIRST_HEARING\"");
            }
            findings.add(String.join(" ", parts));
        }
        return findings;
    }

    // ---- cases ----

    private static Case caseOf(Path file, YamlNode node, YamlNode with, String key) throws InvalidScenarioException {
        if (with != null && !with.isMap()) {
            throw problem(file, with, "with: expected a map of changes to the case");
        }
        if (node.json().isTextual()) {
            Path caseFile = resolve(file, node.json().textValue());
            try {
                if (!Files.isRegularFile(caseFile)) {
                    throw problem(file, node, key + ": no such case file: " + caseFile);
                }
                if (Files.size(caseFile) > MAX_FILE_BYTES) {
                    throw problem(file, node, key + ": " + caseFile + " is larger than " + MAX_FILE_BYTES + " bytes");
                }
                if (with == null) {
                    return CaseJson.read(caseFile);
                }
                JsonNode json;
                try {
                    json = JSON.readTree(caseFile.toFile());
                } catch (JacksonException e) {
                    throw problem(file, node, key + ": " + caseFile + " is not valid JSON: " + firstLine(e.getOriginalMessage()));
                }
                return CaseJson.read(JSON.writeValueAsString(mergePatch(json, with.json())));
            } catch (InvalidCaseException e) {
                Problem first = e.problems().get(0);
                YamlNode at = with == null ? null : with.at(first.path());
                throw problem(file, at == null ? node : at, key + ": " + (with == null ? caseFile.getFileName() + ": " + e.getMessage()
                        : "the case " + caseFile.getFileName() + " with the changes: " + first.path() + ": " + first.message()
                        + more(e.problems())));
            } catch (IOException e) {
                throw problem(file, node, key + ": " + caseFile + " cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!node.isMap()) {
            throw problem(file, node, key + ": expected the path of a case file, or a case");
        }
        JsonNode json = with == null ? node.json() : mergePatch(node.json().deepCopy(), with.json());
        try {
            return CaseJson.read(JSON.writeValueAsString(json));
        } catch (InvalidCaseException e) {
            Problem first = e.problems().get(0);
            // the change is where the value came from, when it changed that value
            YamlNode at = with == null ? null : with.at(first.path());
            if (at == null) {
                at = node.at(first.path());
            }
            throw problem(file, at == null ? node : at, key + ": " + first.path() + ": " + first.message() + more(e.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String more(List<Problem> problems) {
        int more = problems.size() - 1;
        return more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")";
    }

    /** Applies a JSON merge patch (RFC 7386): maps merge, {@code null} removes a key, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), mergePatch(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }

    private static Path resolve(Path file, String relative) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(relative).normalize();
    }

    // ---- values ----

    private static YamlNode require(Path file, YamlNode node, String key) throws InvalidScenarioException {
        YamlNode value = node.fields().get(key);
        if (value == null || value.json().isNull()) {
            throw problem(file, node, key + ": missing; a scenario has a name, a case, today and expect");
        }
        return value;
    }

    private static void checkKeys(Path file, YamlNode node, Set<String> known, String prefix) throws InvalidScenarioException {
        for (Map.Entry<String, YamlNode> entry : node.fields().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw problem(file, entry.getValue(), prefix + entry.getKey() + ": unknown key; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String text(Path file, YamlNode node, String key) throws InvalidScenarioException {
        if (!node.json().isTextual() || node.json().textValue().isBlank()) {
            throw problem(file, node, key + ": expected text");
        }
        return node.json().textValue();
    }

    private static String ruleId(Path file, YamlNode node) throws InvalidScenarioException {
        if (node.json().isTextual() && !node.json().textValue().isBlank()) {
            return node.json().textValue().strip();
        }
        throw problem(file, node, "expected a rule id, such as SEL-03");
    }

    private static List<YamlNode> list(Path file, YamlNode node, String key) throws InvalidScenarioException {
        if (!node.isList()) {
            throw problem(file, node, key + ": expected a list, such as [a, b]");
        }
        return node.items();
    }

    private static LocalDate date(Path file, YamlNode node, String key) throws InvalidScenarioException {
        try {
            return LocalDate.parse(text(file, node, key));
        } catch (DateTimeParseException e) {
            throw problem(file, node, key + ": expected a date as YYYY-MM-DD");
        }
    }

    private static <E extends Enum<E>> E constant(Path file, YamlNode node, String name, Class<E> type, String key)
            throws InvalidScenarioException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw problem(file, node, key + ": unknown value '" + name + "'; expected one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static InvalidScenarioException problem(Path file, YamlNode node, String message) {
        return new InvalidScenarioException(file, node.line(), node.column(), message);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String resource(String name) {
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(BUNDLED_PATH + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario file missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
