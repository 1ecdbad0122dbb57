package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rules.md, "Before you activate a change", done as written: the edit of its rule or setting block, every
 * command of its {@code sh} blocks, and each {@code text} block checked against the output of the
 * command just before it ({@code ...} stands for any text, a fingerprint).
 */
class RulesImpactGuideTest {
    private static final String CHAPTER = "## 8. Before you activate a change";
    private static final String JAR = "java -jar sos-examples/target/sos.jar ";
    private static final Pattern BLOCK = Pattern.compile("(<!-- before: (rule|setting) (\\S+) -->\\n)?```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Set<String> PATH_OPTIONS = Set.of("export", "--rules", "--base", "--out");

    @TempDir
    Path tmp;

    @Test
    void the_chapter_runs_as_written_and_says_what_comes_out() throws Exception {
        String guide = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("rules.md"));
        int start = guide.indexOf(CHAPTER);
        assertThat(start).as("the chapter").isNotNegative();
        int end = guide.indexOf("\n## ", start + CHAPTER.length());
        String chapter = guide.substring(start, end < 0 ? guide.length() : end);

        Matcher block = BLOCK.matcher(chapter);
        CliRun last = null;
        int commands = 0;
        int outputs = 0;
        int edits = 0;
        while (block.find()) {
            String text = block.group(5);
            if (block.group(2) != null) {
                Path file = tmp.resolve("my-rules").resolve(block.group(3));
                if (block.group(2).equals("rule")) {
                    replaceRule(file, text);
                } else {
                    replaceSetting(file, text);
                }
                edits++;
            } else if (block.group(4).equals("sh")) {
                for (String line : text.lines().toList()) {
                    last = run(line);
                    assertThat(last.code()).as(line + "\n" + last.err()).isZero();
                    commands++;
                }
            } else if (block.group(4).equals("text")) {
                assertThat(last).as("a command before the output").isNotNull();
                String out = last.out().replace(tmp + "/", "");
                assertThat(out).matches(wildcards(text));
                outputs++;
            }
        }
        assertThat(edits).isEqualTo(1);
        assertThat(commands).isEqualTo(6);
        assertThat(outputs).isEqualTo(3);
        assertThat(Files.readString(tmp.resolve("impact.html"))).contains("DL-12", "FIRST_NETWORK_MEETING");
    }

    /** Runs one command line of the chapter in this JVM, its relative paths taken in the temporary folder. */
    private CliRun run(String line) throws Exception {
        return run(tmp, line);
    }

    /** Runs one command line of the guide in this JVM, its relative paths taken in {@code tmp}. */
    static CliRun run(Path tmp, String line) throws Exception {
        assertThat(line).startsWith(JAR);
        List<String> words = new ArrayList<>(Arrays.asList(line.substring(JAR.length()).trim().split("\\s+")));
        Path redirect = null;
        int arrow = words.indexOf(">");
        if (arrow >= 0) {
            redirect = tmp.resolve(words.get(arrow + 1));
            words = words.subList(0, arrow);
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean path = (i > 0 && PATH_OPTIONS.contains(words.get(i - 1))) || Files.exists(tmp.resolve(word));
            args.add(path ? tmp.resolve(word).toString() : word);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        if (redirect != null) {
            Files.writeString(redirect, run.out());
        }
        return run;
    }

    /** Replaces the rule of the same id as the block's in a DRL file with the block. */
    private static void replaceRule(Path file, String rule) throws Exception {
        Matcher id = Pattern.compile("@id\\((\\S+?)\\)").matcher(rule);
        assertThat(id.find()).isTrue();
        String text = Files.readString(file);
        Matcher old = Pattern.compile("rule \"[^\"]*\"\\s*\\n\\s*@id\\(" + Pattern.quote(id.group(1)) + "\\).*?\\nend\\n", Pattern.DOTALL)
                .matcher(text);
        assertThat(old.find()).as("rule " + id.group(1) + " in " + file.getFileName()).isTrue();
        Files.writeString(file, text.substring(0, old.start()) + rule + text.substring(old.end()));
    }

    /** Replaces the line of the same key in a properties file with the block's one line. */
    private static void replaceSetting(Path file, String setting) throws Exception {
        List<String> lines = setting.lines().toList();
        assertThat(lines).hasSize(1);
        String key = lines.get(0).substring(0, lines.get(0).indexOf('=')).strip();
        List<String> old = new ArrayList<>(Files.readAllLines(file));
        int replaced = 0;
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).startsWith(key + " =") || old.get(i).startsWith(key + "=")) {
                assertThat(old.get(i)).as("the line changes").isNotEqualTo(lines.get(0));
                old.set(i, lines.get(0));
                replaced++;
            }
        }
        assertThat(replaced).as("lines of " + key + " in " + file.getFileName()).isEqualTo(1);
        Files.write(file, old);
    }

    /** A pattern for the whole output: the block's text, with {@code ...} for any text on its line. */
    static String wildcards(String expected) {
        StringBuilder pattern = new StringBuilder();
        String[] pieces = expected.split("\\.\\.\\.", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                pattern.append("[^\\n]*");
            }
            pattern.append(Pattern.quote(pieces[i]));
        }
        return "(?s)" + pattern;
    }
}
