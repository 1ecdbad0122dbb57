package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option that several commands take is one option: declared once (a mixin of {@link Options},
 * {@link DayOptions}, {@link RulesOption} or {@link PortfolioOption}), so that it has the same
 * arity, type, value label and description everywhere, in both languages, and is checked the
 * same way. Read from every subcommand's picocli spec, as {@code sos help} shows it.
 */
class SharedOptionsTest {
    /**
     * Options whose words are the command's own, in both help bundles under the command's name: the
     * formats a command offers and its default, the kind of file it writes, the day generated cases
     * are dated around.
     */
    private static final Set<String> WORDS_PER_COMMAND = Set.of("--format", "--out", "--ics", "--today");
    /**
     * The one option declared on its own although another command has its name: the edited rules
     * {@code rules impact} compares with {@code --base}, which it cannot do without (required).
     */
    private static final Set<String> OWN = Set.of("rules impact --rules");
    private static final String GENT = PilotCases.casesDir().resolve("gent-2019-01.json").toString();

    @TempDir
    Path tmp;

    private static CommandLine cli(String language) {
        CommandLine cli = new CommandLine(new Sos(System.in, System.out));
        Help.manPage(cli, Words.of(Locale.forLanguageTag(language)));
        return cli;
    }

    /** Every command's options but the standard -h and -V, by name, each with the command's name. */
    private static Map<String, Map<String, OptionSpec>> options(CommandLine cli) {
        Map<String, Map<String, OptionSpec>> byName = new LinkedHashMap<>();
        collect(cli, byName);
        return byName;
    }

    private static void collect(CommandLine cli, Map<String, Map<String, OptionSpec>> byName) {
        CommandSpec spec = cli.getCommandSpec();
        String command = spec.qualifiedName(" ").equals("sos") ? "sos" : spec.qualifiedName(" ").substring(4);
        for (OptionSpec option : spec.options()) {
            if (!option.longestName().equals("--help") && !option.longestName().equals("--version")) {
                byName.computeIfAbsent(option.longestName(), n -> new LinkedHashMap<>()).put(command, option);
            }
        }
        cli.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, byName));
    }

    private static Field field(OptionSpec option) {
        return (Field) option.userObject();
    }

    @Test
    void an_option_of_several_commands_is_declared_once_with_one_arity_type_and_label() {
        Map<String, Map<String, OptionSpec>> all = options(cli("nl"));
        List<String> shared = new ArrayList<>();
        for (Map.Entry<String, Map<String, OptionSpec>> option : all.entrySet()) {
            Map<String, OptionSpec> on = new LinkedHashMap<>(option.getValue());
            on.keySet().removeIf(command -> OWN.contains(command + " " + option.getKey()));
            if (on.size() < 2) {
                continue;
            }
            shared.add(option.getKey());
            OptionSpec first = on.values().iterator().next();
            for (Map.Entry<String, OptionSpec> each : on.entrySet()) {
                String what = each.getKey() + " " + option.getKey();
                assertThat(field(each.getValue())).as(what + ": declared once").isEqualTo(field(first));
                assertThat(each.getValue().arity()).as(what).isEqualTo(first.arity());
                assertThat(each.getValue().type()).as(what).isEqualTo(first.type());
                assertThat(each.getValue().paramLabel()).as(what).isEqualTo(first.paramLabel());
                assertThat(each.getValue().defaultValue()).as(what).isEqualTo(first.defaultValue());
            }
        }
        // the check must have something to check: the options the issue names are shared
        assertThat(shared).contains("--today", "--lang", "--rules", "--calendar", "--portfolio", "--as-of", "--office", "--out",
                "--format", "--ics", "--threads");
    }

    @Test
    void a_shared_option_says_the_same_on_every_command_in_each_language() {
        for (String language : List.of("nl", "en")) {
            ResourceBundle bundle = Help.bundle(Words.of(Locale.forLanguageTag(language)));
            for (Map.Entry<String, Map<String, OptionSpec>> option : options(cli(language)).entrySet()) {
                Map<String, String> descriptions = new LinkedHashMap<>();
                for (Map.Entry<String, OptionSpec> each : option.getValue().entrySet()) {
                    String key = "sos." + each.getKey().replace(' ', '.') + "." + option.getKey().substring(2);
                    if (OWN.contains(each.getKey() + " " + option.getKey())) {
                        continue;
                    }
                    if (bundle.containsKey(key)) {
                        assertThat(WORDS_PER_COMMAND).as(key + ": words of its own for a shared option that means the same "
                                + "everywhere").contains(option.getKey());
                        continue;
                    }
                    descriptions.put(each.getKey(), String.join(" ", each.getValue().description()));
                }
                assertThat(descriptions.values().stream().distinct()).as(language + " " + option.getKey() + ": " + descriptions)
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void a_command_with_words_of_its_own_for_an_option_has_them_in_both_languages() {
        ResourceBundle nl = Help.bundle(Words.of(Locale.forLanguageTag("nl")));
        ResourceBundle en = Help.bundle(Words.of(Locale.ENGLISH));
        for (Map.Entry<String, Map<String, OptionSpec>> option : options(cli("en")).entrySet()) {
            // --format, --out and --ics say nothing of the command without its own words: which formats, which file
            if (!Set.of("--format", "--out", "--ics").contains(option.getKey())) {
                continue;
            }
            for (String command : option.getValue().keySet()) {
                String key = "sos." + command.replace(' ', '.') + "." + option.getKey().substring(2);
                assertThat(nl.containsKey(key)).as("help_nl " + key).isTrue();
                assertThat(en.containsKey(key)).as("help_en " + key).isTrue();
            }
        }
    }

    @Test
    void a_shared_option_refuses_a_bad_value_the_same_way_everywhere() throws Exception {
        Path cases = Files.write(tmp.resolve("cases.jsonl"), List.of(Files.readString(Path.of(GENT)).replaceAll("\\s*\\n\\s*", " ")));
        List<List<String>> commands = List.of(List.of("evaluate", GENT), List.of("schedule", GENT), List.of("batch", cases.toString()),
                List.of("worklist", cases.toString()), List.of("overview", cases.toString()),
                List.of("rules", "diff", "bundled", "bundled"), List.of("rules", "impact", cases.toString(), "--rules", tmp.toString()));
        for (List<String> command : commands) {
            for (String[] bad : new String[][] {{"--format", "xml"}, {"--lang", "fr"}, {"--calendar", "lunar"}, {"--today", "2019-13-01"},
                {"--threads", "0"}}) {
                List<String> args = new ArrayList<>(command);
                CommandSpec spec = cli("nl").getCommandSpec();
                for (String part : command.subList(0, command.get(0).equals("rules") ? 2 : 1)) {
                    spec = spec.subcommands().get(part).getCommandSpec();
                }
                if (spec.findOption(bad[0]) == null) {
                    continue;
                }
                args.addAll(List.of(bad));
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
                String expected = switch (bad[0]) {
                    case "--format" -> "sos: --format: verwacht ";
                    case "--lang" -> "sos: --lang: verwacht nl of en";
                    case "--calendar" -> "sos: --calendar: onbekende kalender";
                    case "--today" -> "sos: --today: verwacht een datum als JJJJ-MM-DD";
                    default -> "sos: --threads: minstens 1";
                };
                assertThat(run.err()).as(String.join(" ", args)).startsWith(expected);
            }
        }
    }

    @Test
    void batch_takes_json_its_one_format_and_nothing_else() throws Exception {
        Path cases = Files.write(tmp.resolve("one.jsonl"), List.of(Files.readString(Path.of(GENT)).replaceAll("\\s*\\n\\s*", " ")));
        CliRun json = CliRun.of("batch", cases.toString(), "--today", "2019-01-20", "--format", "JSON");
        CliRun plain = CliRun.of("batch", cases.toString(), "--today", "2019-01-20");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).isEqualTo(plain.out()).startsWith("{\"");
        CliRun text = CliRun.of("batch", cases.toString(), "--format", "text", "--lang", "en");
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).isEqualTo("sos: --format: expected json\n");
        assertThat(text.out()).isEmpty();
    }
}
