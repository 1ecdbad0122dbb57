package be.sos.scenarios;

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

    private static final Set<String> KEYS = Set.of("name", "rule", "rules", "case", "with", "today", "day", "lang", "calendar",
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
        List<Scenario> scenarios = new ArrayList<>();
        for (Read read : readEach(file)) {
            if (read.problem() != null) {
                throw read.problem();
            }
            scenarios.add(read.scenario());
        }
        return scenarios;
    }

    /**
     * One scenario of a file as read: the scenario, or what is wrong with it.
     *
     * @param line the line where it starts
     * @param scenario the scenario, or null
     * @param problem what is wrong with it, or null
     */
    public record Read(int line, Scenario scenario, InvalidScenarioException problem) {
    }

    /**
     * Reads each scenario of a scenario file on its own: a scenario that is not valid (its YAML
     * included) does not keep the others of the file from being read.
     *
     * @return the scenarios in file order; one with a problem for a file that holds none, or
     *     that is too large
     * @throws IOException when the file cannot be read
     */
    public static List<Read> readEach(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            return List.of(new Read(0, null, new InvalidScenarioException(file, 0, 0, "larger than " + MAX_FILE_BYTES + " bytes")));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return List.of(new Read(0, null, new InvalidScenarioException(file, 0, 0, "not UTF-8 text")));
        }
        String[] lines = text.split("\r?\n|\r", -1);
        List<Read> reads = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || isSeparator(lines[i])) {
                if (hasContent(lines, start, i)) {
                    reads.add(document(file, lines, start, i));
                }
                start = i + 1;
            }
        }
        if (reads.isEmpty()) {
            return List.of(new Read(0, null, new InvalidScenarioException(file, 0, 0, "no scenario in the file")));
        }
        return reads;
    }

    private static boolean isSeparator(String line) {
        return line.equals("---") || line.startsWith("--- ") || line.startsWith("---\t") || line.startsWith("---#");
    }

    private static boolean hasContent(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the lines [from, to) as one scenario; the other lines are left blank so that lines keep their numbers. */
    private static Read document(Path file, String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        int first = 0;
        for (int i = 0; i < to; i++) {
            if (i >= from) {
                text.append(lines[i]);
                if (first == 0 && !lines[i].isBlank() && !lines[i].strip().startsWith("#")) {
                    first = i + 1;
                }
            }
            text.append('\n');
        }
        List<YamlNode> documents;
        try (JsonParser parser = YAML.createParser(text.toString())) {
            documents = YamlNode.documents(parser, file);
        } catch (JacksonException e) {
            String document = text.toString();
            InvalidScenarioException problem = YamlMistakes.first(document)
                    .map(m -> new InvalidScenarioException(file, m.line(), m.column(), m.message()))
                    .orElseGet(() -> {
                        JsonLocation at = e.getLocation();
                        return new InvalidScenarioException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                                "not valid YAML: " + firstLine(e.getOriginalMessage()));
                    });
            return new Read(first, null, problem);
        } catch (InvalidScenarioException e) {
            return new Read(first, null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (documents.isEmpty()) {
            return new Read(first, null, new InvalidScenarioException(file, first, 0, "no scenario here"));
        }
        try {
            return new Read(first, scenario(file, documents.get(0)), null);
        } catch (InvalidScenarioException e) {
            return new Read(first, null, e);
        }
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
        Case theCase = caseOf(file, require(file, node, "case"), node.fields().get("with"), "case");
        LocalDate petition = theCase.petitionDate();
        YamlNode dayNode = node.fields().get("day");
        YamlNode todayNode = node.fields().get("today");
        if (dayNode != null && todayNode != null) {
            throw problem(file, dayNode, "day: give the day of the evaluation once, as today: YYYY-MM-DD or as day: N");
        }
        LocalDate today = dayNode != null ? dayNumber(file, dayNode, "day", petition)
                : date(file, require(file, node, "today"), "today", petition);
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
        Expectations expect = expectations(file, require(file, node, "expect"), rules, petition);
        for (String rule : expect.fires().keySet()) {
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        YamlNode version = node.fields().get("version");
        return new Scenario(file, node.line(), name, rules, theCase, today, options, expect,
                version == null ? null : text(file, version, "version"));
    }

    private static Expectations expectations(Path file, YamlNode node, List<String> rules, LocalDate petition)
            throws InvalidScenarioException {
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
                schedule.put(milestone, milestone(file, entry.getValue(), "expect.schedule." + entry.getKey(), petition));
            }
        }
        Expectations expect = new Expectations(present, absent, eligible, fires, schedule);
        if (expect.isEmpty()) {
            throw problem(file, node, "expect: nothing is expected; give present, absent, eligible, fires or schedule");
        }
        return expect;
    }

    private static MilestoneExpectation milestone(Path file, YamlNode node, String key, LocalDate petition)
            throws InvalidScenarioException {
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
                from == null ? null : date(file, from, key + ".from", petition),
                to == null ? null : date(file, to, key + ".to", petition));
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
                return CaseJson.read(JSON.writeValueAsString(daysToDates(mergePatch(json, with.json().deepCopy()))));
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
        JsonNode json = daysToDates(with == null ? node.json().deepCopy() : mergePatch(node.json().deepCopy(), with.json().deepCopy()));
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

    /** A date written as YYYY-MM-DD, or as a day number of the case's procedure (day 1 is the petition date). */
    private static LocalDate date(Path file, YamlNode node, String key, LocalDate petition) throws InvalidScenarioException {
        if (node.json().isIntegralNumber()) {
            return dayNumber(file, node, key, petition);
        }
        if (!node.json().isTextual()) {
            throw problem(file, node, key + ": expected a date as YYYY-MM-DD, or a day number");
        }
        try {
            return LocalDate.parse(node.json().textValue());
        } catch (DateTimeParseException e) {
            throw problem(file, node, key + ": expected a date as YYYY-MM-DD, or a day number");
        }
    }

    /** The date of a day number of the procedure (day 1 is the petition date). */
    private static LocalDate dayNumber(Path file, YamlNode node, String key, LocalDate petition) throws InvalidScenarioException {
        if (!node.json().isIntegralNumber() || !node.json().canConvertToInt() || Math.abs(node.json().intValue()) > 10_000) {
            throw problem(file, node, key + ": expected a day number, such as 15 (day 1 is the date of the petition)");
        }
        return petition.plusDays(node.json().intValue() - 1L);
    }

    /**
     * Writes each {@code day: N} of the case's parts (an event, a plan, a scaling...) as the
     * {@code date} it stands for, from the case's petition date (day 1). Only parts without a
     * {@code date} of their own.
     */
    static JsonNode daysToDates(JsonNode json) {
        JsonNode petition = json.get("petitionDate");
        if (petition == null || !petition.isTextual()) {
            return json;
        }
        LocalDate day1;
        try {
            day1 = LocalDate.parse(petition.textValue());
        } catch (DateTimeParseException e) {
            return json; // the case's own check names it
        }
        replaceDays(json, day1, 0);
        return json;
    }

    private static void replaceDays(JsonNode node, LocalDate day1, int depth) {
        if (depth > 32) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode day = object.get("day");
            if (depth > 0 && day != null && day.isIntegralNumber() && day.canConvertToInt() && !object.has("date")) {
                object.remove("day");
                object.put("date", day1.plusDays(day.intValue() - 1L).toString());
            }
            object.forEach(child -> replaceDays(child, day1, depth + 1));
        } else if (node.isArray()) {
            node.forEach(child -> replaceDays(child, day1, depth + 1));
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
