package be.sos.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.testing.RepositoryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/policy.md lists every rule of the bundled rule files with its file and the paragraph of the
 * policy document it cites, and lists the rules of every paragraph: both tables agree with the DRL.
 */
class PolicyDocTest {
    private static final Pattern RULE = Pattern.compile("rule \"[^\"]+\"\\s*\\n\\s*@id\\(([^)]+)\\)\\s*@source\\(\"([^\"]+)\"\\)");
    private static final Pattern BY_RULE_ROW = Pattern.compile("^\\| ([A-Z]+-[0-9]+[a-z]?) \\| [^|]+ \\| `([a-z]+\\.drl)` \\| ([^|]+) \\|$");

    /** A rule of the bundled rule files: its file and the paragraph it cites. */
    private record Cited(String file, String source) {}

    @Test
    void every_rule_is_in_the_table_by_rule_with_its_file_and_source_and_nothing_else_is() throws IOException {
        Map<String, Cited> bundled = bundledRules();
        assertThat(bundled).hasSizeGreaterThan(60);

        Map<String, Cited> documented = new LinkedHashMap<>();
        for (String line : section("### By rule")) {
            Matcher row = BY_RULE_ROW.matcher(line);
            if (row.matches()) {
                assertThat(documented.put(row.group(1), new Cited(row.group(2), row.group(3).trim())))
                        .as("rule %s listed twice", row.group(1)).isNull();
            }
        }
        assertThat(documented).as("the rules of docs/policy.md, '### By rule'").isEqualTo(bundled);
    }

    @Test
    void every_paragraph_lists_exactly_the_rules_that_cite_it() throws IOException {
        Map<String, List<String>> bundled = new TreeMap<>();
        bundledRules().forEach((id, cited) -> bundled.computeIfAbsent(cited.source(), s -> new ArrayList<>()).add(id));
        bundled.values().forEach(ids -> ids.sort(null));

        Map<String, List<String>> documented = new TreeMap<>();
        for (String line : section("### By paragraph of the policy document")) {
            String[] cells = line.split("\\|");
            if (cells.length == 3 && cells[1].trim().startsWith("§")) {
                List<String> ids = new ArrayList<>(Arrays.stream(cells[2].split(",")).map(String::trim).toList());
                ids.sort(null);
                assertThat(documented.put(cells[1].trim(), ids)).as("paragraph %s listed twice", cells[1].trim()).isNull();
            }
        }
        assertThat(documented).as("the paragraphs of docs/policy.md, '### By paragraph'").isEqualTo(bundled);
    }

    /** Every rule of the bundled rule files by id, read from the files the rule index names. */
    private static Map<String, Cited> bundledRules() throws IOException {
        Map<String, Cited> rules = new TreeMap<>();
        for (String file : resource("rules.index").lines().map(String::trim).filter(f -> f.endsWith(".drl")).toList()) {
            Matcher rule = RULE.matcher(resource(file));
            while (rule.find()) {
                assertThat(rules.put(rule.group(1), new Cited(file, rule.group(2)))).as("rule id %s twice", rule.group(1)).isNull();
            }
        }
        return rules;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PolicyDocTest.class.getResourceAsStream("/be/sos/rules/drl/" + name)) {
            assertThat(in).as("bundled rule file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The lines of docs/policy.md from a heading to the next heading of the same or a higher level. */
    private static List<String> section(String heading) throws IOException {
        List<String> lines = Files.readAllLines(RepositoryFiles.file("docs/policy.md"));
        int start = lines.indexOf(heading);
        assertThat(start).as("heading %s in docs/policy.md", heading).isNotNegative();
        int level = depth(heading);
        int end = start + 1;
        while (end < lines.size() && !(depth(lines.get(end)) > 0 && depth(lines.get(end)) <= level)) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /** The level of a Markdown heading (the number of leading {@code #}), 0 for any other line. */
    private static int depth(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }
}
