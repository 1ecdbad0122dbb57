package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.rules.facts.Outcomes;
import be.sos.rules.internal.RuleFiles;
import be.sos.core.testing.RepositoryFiles;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table of docs/evaluation-format.md, "Finding codes", lists exactly the codes the bundled
 * rules can emit, each with exactly the severities they emit it with.
 */
class FindingCodesDocTest {
    /** The methods of {@link Outcomes} that record a finding, by the severity they give it. */
    private static final Map<String, Severity> RECORDERS = Map.of(
            "blocker", Severity.BLOCKER, "warning", Severity.WARNING, "info", Severity.INFO,
            "windowWarning", Severity.WARNING, "windowInfo", Severity.INFO);
    private static final Pattern CALL = Pattern.compile("\\bout\\s*\\.\\s*(" + String.join("|", RECORDERS.keySet()) + ")\\s*\\(");
    private static final Pattern CALL_WITH_CODE = Pattern.compile(CALL.pattern() + "\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern HEADING = Pattern.compile("^(#+)\\s+(.*?)\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|([^|]*)\\|");
    private static final Pattern SEVERITY = Pattern.compile("\\b(BLOCKER|WARNING|INFO)\\b");

    @Test
    void the_table_lists_exactly_the_codes_the_rules_emit_with_their_severities() throws IOException {
        Map<String, Set<Severity>> emitted = codesInBundledRules();
        Map<String, Set<Severity>> documented = codesInTheDoc();
        assertThat(documented.keySet()).as("codes in docs/evaluation-format.md, \"Finding codes\" (left) and in the bundled rules (right)")
                .containsExactlyInAnyOrderElementsOf(emitted.keySet());
        assertThat(documented).as("severities by code").isEqualTo(emitted);
    }

    @Test
    void the_rules_record_findings_only_through_the_methods_this_test_reads() {
        Set<String> recorders = Arrays.stream(Outcomes.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == void.class && m.getParameterCount() > 0 && m.getParameterTypes()[0] == String.class)
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(recorders).isEqualTo(new TreeSet<>(RECORDERS.keySet()));
    }

    /** Every code a bundled rule records, with the severities it records it with; every call names its code in quotes. */
    static Map<String, Set<Severity>> codesInBundledRules() {
        Map<String, Set<Severity>> codes = new TreeMap<>();
        for (Map.Entry<String, String> file : RuleFiles.bundled().drl().entrySet()) {
            String text = file.getValue().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
            long calls = CALL.matcher(text).results().count();
            Matcher m = CALL_WITH_CODE.matcher(text);
            int withCode = 0;
            while (m.find()) {
                codes.computeIfAbsent(m.group(2), c -> new TreeSet<>()).add(RECORDERS.get(m.group(1)));
                withCode++;
            }
            assertThat(withCode).as("%s: every finding's code is written in quotes in the call", file.getKey()).isEqualTo(calls);
        }
        assertThat(codes).as("codes in the bundled rules").hasSizeGreaterThan(30);
        return codes;
    }

    /** The codes of the table under the heading "Finding codes", with the severities each row names. */
    static Map<String, Set<Severity>> codesInTheDoc() throws IOException {
        List<String> lines = Files.readAllLines(RepositoryFiles.file("docs/evaluation-format.md"));
        Map<String, Set<Severity>> codes = new TreeMap<>();
        int level = 0;
        boolean inSection = false;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                if (heading.group(2).equals("Finding codes")) {
                    inSection = true;
                    level = heading.group(1).length();
                } else if (inSection && heading.group(1).length() <= level) {
                    break;
                }
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.find()) {
                Set<Severity> severities = new TreeSet<>();
                SEVERITY.matcher(row.group(2)).results().forEach(s -> severities.add(Severity.valueOf(s.group(1))));
                assertThat(severities).as("the severity of %s in the table", row.group(1)).isNotEmpty();
                assertThat(codes.put(row.group(1), severities)).as("%s is in the table once", row.group(1)).isNull();
            }
        }
        assertThat(inSection).as("docs/evaluation-format.md has a heading \"Finding codes\"").isTrue();
        return codes;
    }
}
