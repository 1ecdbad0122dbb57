package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command prints one language: a Dutch output holds no word that only the English bundles
 * use, and an English output none that only the Dutch ones use. The known words are those of the
 * command line's words, the rules' message bundles (findings and names) and the report's labels,
 * of four letters or more; codes (upper case) and words both languages use are left out. A list of
 * the codes that used to leak into the Dutch text (statuses, actors, calendar and rule-set names) is
 * checked besides. Citations of the policy document's sections ("§3 Afronding traject") stay as the
 * document has them, for looking them up.
 */
class LanguageTest {
    private static final String[] LANGUAGES = {"nl", "en"};
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
    private static final String DENDERMONDE = PilotCases.casesDir().resolve("dendermonde-2019-02.json").toString();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern CITATION = Pattern.compile("§\\d+[^,·\\]\\n]*");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_./@$=-]+");
    /** Codes and words of the program that once stood in Dutch outputs. */
    private static final Pattern LEAKS = Pattern.compile(
            "\\b(DONE|DONE_LATE|DUE|UPCOMING|OVERDUE|NOT_APPLICABLE|TEAM_LEAD|CRISIS_DESK|PROCESS_TEAM|REFLECTING_TEAM|"
            + "CRISIS_COUNSELLOR|CONSULTANT|PARENTS|NETWORK|BLOCKER|WARNING|MANDATED_FACILITY|bundled)\\b"
            + "|Kalender: calendar|Calendar: calendar|minor\\(s\\)|Unmatched|Missing required|Invalid value|Usage:");

    private static Set<String> dutchOnly;
    private static Set<String> englishOnly;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void words() throws IOException {
        Set<String> nl = words("nl");
        Set<String> en = words("en");
        dutchOnly = new TreeSet<>(nl);
        dutchOnly.removeAll(en);
        englishOnly = new TreeSet<>(en);
        englishOnly.removeAll(nl);
    }

    private static Set<String> words(String language) throws IOException {
        Set<String> words = new HashSet<>();
        for (String bundle : List.of("/be/sos/cli/words_" + language + ".properties",
                "/be/sos/rules/drl/messages_" + language + ".properties",
                "/be/sos/report/labels_" + language + ".properties", "/be/sos/views/views_" + language + ".properties")) {
            try (InputStream in = LanguageTest.class.getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : properties.stringPropertyNames()) {
                    if (key.endsWith("Format")) {
                        continue;
                    }
                    Matcher m = WORD.matcher(properties.getProperty(key).replaceAll("\\{[^}]*}", " "));
                    while (m.find()) {
                        String word = m.group();
                        if (word.length() >= 4 && !word.equals(word.toUpperCase(Locale.ROOT))) {
                            words.add(word.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return words;
    }

    /** The words of {@code text} that only the other language's bundles use, and the codes that leaked. */
    private static List<String> foreign(String output, String language) {
        Set<String> other = "nl".equals(language) ? englishOnly : dutchOnly;
        // What a reader types or looks up stays as it is: the calendar's option value, the commands, and the
        // sections of the (Dutch) policy document a rule or a window cites, such as "§3 Afronding traject".
        // The values of options are typed as they are in either language: formats, and role or office for --by.
        String text = CITATION.matcher(output.replace("be-working-days", " ")).replaceAll(" ")
                .replaceAll("\\b(text|json|csv)\\b|\\((role|office)\\)|role (of|or) office|'bundled'", " ")
                .replaceAll("\\bsos( help)? [a-z]+", " ");
        List<String> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[.]+$", "");
            // Codes (EXIT_MISSING, SUMMARY), paths and file names, JSON paths, options and numbers are no words.
            if (token.equals(token.toUpperCase(Locale.ROOT)) || token.matches(".*[/_@$=.\\p{N}].*") || token.startsWith("-")) {
                continue;
            }
            for (String word : token.split("-")) {
                if (other.contains(word.toLowerCase(Locale.ROOT))) {
                    found.add(word);
                }
            }
        }
        Matcher leak = LEAKS.matcher(text);
        while ("nl".equals(language) && leak.find()) {
            found.add(leak.group());
        }
        return found;
    }

    private static void assertOneLanguage(String what, String text, String language) {
        assertThat(text).as(what).isNotBlank();
        assertThat(foreign(text, language)).as(what + " in " + language + ":\n" + text).isEmpty();
    }

    @Test
    void the_known_words_are_many_in_each_language() {
        // A check against an empty list could not fail.
        assertThat(englishOnly).as(englishOnly.toString()).contains("petition", "overdue", "minor", "findings", "team", "lead", "upcoming");
        assertThat(dutchOnly).as(dutchOnly.toString()).contains("vordering", "achterstallig", "kalender", "minderjarige", "bevindingen", "teamverantwoordelijke");
    }

    @Test
    void the_check_finds_a_word_of_the_other_language() {
        assertThat(foreign("Stappenplan: 5 upcoming", "nl")).containsExactly("upcoming");
        assertThat(foreign("Schedule: eerste huisbezoek", "en")).containsExactly("eerste", "huisbezoek");
        assertThat(foreign("Kalender: calendar · TEAM_LEAD", "nl")).contains("TEAM_LEAD", "Kalender: calendar");
        // the tool's own messages: an English one in a Dutch run, a Dutch one in an English run
        assertThat(foreign("sos: --out: expected a .docx or .html file", "nl")).contains("expected");
        assertThat(foreign("sos: x.jsonl: cannot be read to its end (IOException)", "nl")).contains("read");
        assertThat(foreign("HTML-pagina geschreven: /tmp/a.html", "en")).contains("geschreven");
    }

    @Test
    void evaluate_as_text() {
        for (String language : LANGUAGES) {
            for (String file : List.of(GENT, DENDERMONDE)) {
                for (String day : List.of("2019-01-17", "2019-01-20", "2019-02-10", "2019-03-30", "2019-12-01")) {
                    CliRun run = CliRun.of("evaluate", file, "--today", day, "--format", "text", "--lang", language);
                    assertThat(run.code()).as(run.err()).isZero();
                    assertOneLanguage("evaluate " + file + " " + day, run.out(), language);
                }
            }
        }
    }

    @Test
    void schedule_as_a_table_and_as_icalendar() throws IOException {
        for (String language : LANGUAGES) {
            for (String calendar : List.of("calendar", "be-working-days")) {
                Path ics = tmp.resolve("agenda-" + language + "-" + calendar + ".ics");
                CliRun run = CliRun.of("schedule", GENT, "--today", "2019-01-20", "--calendar", calendar, "--lang", language,
                        "--ics", ics.toString());
                assertThat(run.code()).as(run.err()).isZero();
                assertOneLanguage("schedule " + calendar, run.out(), language);
                String unfolded = Files.readString(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
                String text = unfolded.lines().filter(l -> l.startsWith("SUMMARY") || l.startsWith("DESCRIPTION")
                        || l.startsWith("CATEGORIES")).map(l -> l.replace("\\n", "\n").replace("\\,", ","))
                        .collect(Collectors.joining("\n"));
                assertOneLanguage("iCalendar " + calendar, text, language);
            }
        }
    }

    @Test
    void report_without_the_case_files_own_text() throws IOException {
        for (String language : LANGUAGES) {
            for (String file : List.of(GENT, DENDERMONDE)) {
                Path out = tmp.resolve("report-" + language + ".html");
                CliRun run = CliRun.of("report", file, "--today", "2019-03-30", "--lang", language, "--out", out.toString());
                assertThat(run.code()).as(run.err()).isZero();
                assertOneLanguage("report's message", run.out(), language);
                String text = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)).text();
                for (String value : strings(new ObjectMapper().readTree(Path.of(file).toFile()))) {
                    text = text.replace(value, " ");
                }
                assertOneLanguage("report " + file, text, language);
            }
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(child -> values.addAll(strings(child)));
        values.sort((a, b) -> b.length() - a.length());
        return values;
    }

    @Test
    void demo() {
        for (String language : LANGUAGES) {
            CliRun run = CliRun.of("demo", "--lang", language);
            assertThat(run.code()).as(run.err()).isZero();
            assertOneLanguage("demo", run.out(), language);
        }
    }

    @Test
    void batch_error_lines_progress_and_summary() throws IOException {
        List<String> lines = new ArrayList<>(CaseGenerator.cases(5, 20).map(CaseJson::write).toList());
        lines.add("{\"schemaVersion\": 1, \"id\": \"x\"}");
        lines.add("{\"a\":");
        lines.add("not json");
        lines.add("{\"schemaVersion\": 1, \"id\": 3}");
        lines.add("[" + "1,".repeat(CaseJson.MAX_DOCUMENT_CHARS / 2) + "1]");
        Path input = Files.write(tmp.resolve("batch.jsonl"), lines);
        for (String language : LANGUAGES) {
            CliRun run = CliRun.of("batch", input.toString(), "--today", "2024-06-01", "--lang", language);
            assertThat(run.code()).isEqualTo(2);
            ObjectMapper json = new ObjectMapper();
            List<String> errorLines = run.out().lines().filter(l -> l.startsWith("{\"line\"")).toList();
            StringBuilder errors = new StringBuilder();
            for (String line : errorLines) {
                errors.append(json.readTree(line).get("error").asText()).append('\n');
            }
            assertThat(errorLines).hasSize(5);
            assertOneLanguage("batch error lines", errors.toString(), language);
            assertOneLanguage("batch summary", run.err(), language);
        }
    }

    @Test
    void errors_and_usage_errors() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"schemaVersion\": 1, \"id\": \"x\", \"office\": \"gent\"}");
        Path rules = tmp.resolve("rules-for-errors");
        assertThat(CliRun.of("rules", "export", rules.toString()).code()).isZero();
        List<List<String>> commands = List.of(
                List.of("evaluate", tmp.resolve("none.json").toString()),
                List.of("evaluate", bad.toString()),
                List.of("evaluate", GENT, "--today", "20-01-2019"),
                List.of("evaluate", GENT, "--format", "xml"),
                List.of("evaluate", GENT, "--calendar", "lunar"),
                List.of("evaluate", GENT, "--todya", "2019-01-20"),
                List.of("evaluat", GENT),
                List.of("evaluate"),
                List.of("schedule", GENT, "--ics", tmp.resolve("no-such-dir").resolve("a.ics").toString()),
                List.of("report", GENT),
                List.of("batch", tmp.resolve("none.jsonl").toString()),
                List.of("batch", GENT, "--format", "text"),
                List.of("worklist", tmp.resolve("none.jsonl").toString()),
                List.of("worklist", GENT, "--by", "team"),
                List.of("worklist", GENT, "--format", "xml"),
                List.of("overview", GENT, "--min-cell", "-1"),
                List.of("overview", GENT, "--from", "2019-02-01", "--to", "2019-01-01"),
                List.of("script", GENT),
                List.of("script", GENT, "--out", tmp.resolve("script.txt").toString()),
                List.of("generate", "--count", "-1"),
                List.of("generate", "--count", "1", "--today", "1901-01-01"),
                List.of("rules", "export", bad.toString()),
                List.of("rules", "test", rules.toString(), tmp.resolve("none").toString()),
                List.of("serve", "--port", "70000"),
                List.of("serve", "--token-file", tmp.resolve("none.token").toString()));
        for (String language : LANGUAGES) {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add("--lang");
                args.add(language);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
                assertOneLanguage(String.join(" ", args), run.err(), language);
            }
        }
    }

    @Test
    void help_of_every_command() {
        for (String language : LANGUAGES) {
            for (String command : List.of("evaluate", "schedule", "report", "batch", "generate", "demo", "help", "worklist", "overview",
                    "script", "serve", "rules", "rules export", "rules validate", "rules test", "rules diff", "rules impact")) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.addAll(List.of("--help", "--lang", language));
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.code()).as(run.err()).isZero();
                assertOneLanguage("help " + command, run.out(), language);
            }
        }
    }

    /**
     * The Dutch help has Dutch words for every command, argument and option: none falls back on the
     * English of the annotations. (The English help is the annotations', and the English help
     * bundle's where a shared option has words per command.)
     */
    @Test
    void the_dutch_help_leaves_nothing_in_english() {
        picocli.CommandLine dutch = new picocli.CommandLine(new Sos(System.in, System.out));
        Help.manPage(dutch, Words.of(Locale.forLanguageTag("nl")));
        picocli.CommandLine annotations = new picocli.CommandLine(new Sos(System.in, System.out));
        List<String> english = new ArrayList<>();
        compare(dutch, annotations, english);
        assertThat(english).isEmpty();
    }

    private static void compare(picocli.CommandLine dutch, picocli.CommandLine annotations, List<String> english) {
        picocli.CommandLine.Model.CommandSpec nl = dutch.getCommandSpec();
        picocli.CommandLine.Model.CommandSpec en = annotations.getCommandSpec();
        String command = nl.qualifiedName(" ");
        if (List.of(nl.usageMessage().description()).equals(List.of(en.usageMessage().description()))) {
            english.add(command + ": " + String.join(" ", en.usageMessage().description()));
        }
        for (picocli.CommandLine.Model.ArgSpec arg : nl.args()) {
            picocli.CommandLine.Model.ArgSpec original = arg instanceof picocli.CommandLine.Model.OptionSpec o
                    ? en.findOption(o.longestName()) : en.positionalParameters().get(nl.positionalParameters().indexOf(arg));
            if (List.of(arg.description()).equals(List.of(original.description()))) {
                english.add(command + " " + arg.paramLabel() + ": " + String.join(" ", original.description()));
            }
        }
        for (Map.Entry<String, picocli.CommandLine> sub : dutch.getSubcommands().entrySet()) {
            compare(sub.getValue(), annotations.getSubcommands().get(sub.getKey()), english);
        }
    }

    @Test
    void worklist_overview_and_closing_script() throws IOException {
        List<String> lines = new ArrayList<>(CaseGenerator.cases(7, 30).map(CaseJson::write).toList());
        lines.add("{\"schemaVersion\": 1, \"id\": \"x\"}");
        Path input = Files.write(tmp.resolve("views.jsonl"), lines);
        for (String language : LANGUAGES) {
            Path page = tmp.resolve("worklist-" + language + ".html");
            CliRun worklist = CliRun.of("worklist", input.toString(), "--today", "2024-06-01", "--lang", language, "--out", page.toString());
            assertThat(worklist.code()).as("one bad line").isEqualTo(2);
            assertOneLanguage("worklist", worklist.out(), language);
            assertOneLanguage("worklist's bad line", worklist.err(), language);
            assertOneLanguage("worklist page", Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).text(), language);
            Path overview = tmp.resolve("overview-" + language + ".html");
            CliRun figures = CliRun.of("overview", input.toString(), "--today", "2024-06-01", "--lang", language, "--out", overview.toString());
            assertOneLanguage("overview's messages", figures.out() + figures.err(), language);
            assertOneLanguage("overview page", Jsoup.parse(Files.readString(overview, StandardCharsets.UTF_8)).text(), language);
            Path script = tmp.resolve("script-" + language + ".html");
            CliRun closing = CliRun.of("script", GENT, "--today", "2019-03-30", "--lang", language, "--out", script.toString());
            assertThat(closing.code()).as(closing.err()).isZero();
            assertOneLanguage("script's message", closing.out(), language);
            Path exported = tmp.resolve("rules-" + language);
            CliRun export = CliRun.of("rules", "export", exported.toString(), "--lang", language);
            assertThat(export.code()).as(export.err()).isZero();
            assertOneLanguage("rules export", export.out(), language);
            CliRun again = CliRun.of("rules", "export", exported.toString(), "--lang", language);
            assertOneLanguage("rules export again", again.out(), language);
        }
    }

    @Test
    void the_language_is_chosen_in_any_case() {
        CliRun upper = CliRun.of("evaluate", GENT, "--today", "2019-01-20", "--format", "text", "--lang", "EN");
        CliRun lower = CliRun.of("evaluate", GENT, "--today", "2019-01-20", "--format", "text", "--lang", "en");
        assertThat(upper.code()).as(upper.err()).isZero();
        assertThat(upper.out()).isEqualTo(lower.out()).contains("Schedule:");
        assertThat(CliRun.of("demo", "--lang", "Nl").out()).contains("Stappenplan:");
    }
}
