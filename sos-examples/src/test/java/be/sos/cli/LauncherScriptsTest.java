package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two launchers of the distribution, {@code bin/sos} (run by {@code DistributionIT}) and
 * {@code bin/sos.bat} (no Windows here to run it on), do the same: read side by side, they look for
 * Java in the same places, refuse the same versions with the same words, give each command the same
 * JVM settings, keep the class-data-sharing archive in the same place under the same name, and
 * start the JVM with the same arguments. Variables are compared by name, whatever the syntax
 * ({@code $jar}, {@code %JAR%}, {@code !JAR!}), and paths whatever the separator.
 */
class LauncherScriptsTest {
    private static final Path BIN = Path.of("src", "dist", "bin");
    private static String sh;
    private static String bat;

    @BeforeAll
    static void read() throws IOException {
        sh = Files.readString(BIN.resolve("sos"), StandardCharsets.UTF_8);
        bat = Files.readString(BIN.resolve("sos.bat"), StandardCharsets.UTF_8);
    }

    /** A line of either script with its variables as {@code <NAME>}, paths with {@code /}, and no quotes. */
    private static String plain(String line) {
        return line.replaceAll("\"?\\$\\{?([A-Za-z_]+)(?::-[^}]*)?}?\"?", "<$1>")
                .replaceAll("\"?[%!]~?([A-Za-z_]+)[%!]\"?", "<$1>")
                .replaceAll("%\\*|\"\\$@\"", "<@>")
                .replace('\\', '/')
                .replace("\"", "")
                .toUpperCase(java.util.Locale.ROOT)
                .strip();
    }

    private static String line(String script, String regex) {
        Matcher m = Pattern.compile("^.*" + regex + ".*$", Pattern.MULTILINE).matcher(script);
        assertThat(m.find()).as(regex).isTrue();
        return m.group();
    }

    @Test
    void the_jvm_is_started_with_the_same_arguments() {
        String unix = plain(line(sh, "-Xlog:disable"));
        String windows = plain(line(bat, "-Xlog:disable"));
        assertThat(unix).isEqualTo("<JAVA> <SHARE> -XLOG:DISABLE -XLOG:ALL=ERROR:STDERR <CDS> <OPTIONS> <SOS_JAVA_OPTS> -JAR <JAR> <@>");
        assertThat(windows).isEqualTo(unix);
        // class-data sharing when it can be had, left out with the ahead-of-time cache of Java 25, which refuses it
        assertThat(plain(line(sh, "^share=-"))).isEqualTo("SHARE=-XSHARE:AUTO");
        assertThat(plain(line(bat, "set \"SHARE=-"))).isEqualTo("SET SHARE=-XSHARE:AUTO");
    }

    /** The three settings, by the length of the run: a one-case command, a short run over many cases, a long one. */
    private static final String ONE_CASE = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m";
    private static final String SHORT_RUN = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC";
    private static final String LONG_RUN = "-XX:+UseParallelGC -XX:MaxInlineLevel=5 -XX:FreqInlineSize=100";

    @Test
    void each_command_gets_the_same_jvm_settings() {
        assertThat(settings(bat, Pattern.compile("set \"OPTIONS=([^\"]+)\"")))
                .isEqualTo(settings(sh, Pattern.compile("options=\"(-[^\"]+)\"")))
                .containsExactly(ONE_CASE, SHORT_RUN, LONG_RUN);
        // the same commands over many cases, and the same signs of a long run
        assertThat(sh).contains("batch|overview|worklist|\"rules impact\"|serve)", "-|--days|--days=*) long=true",
                "-gt 268435456 ]", "[ \"$command\" = serve ] && long=true");
        assertThat(bat).contains("for %%c in (batch overview worklist \"rules impact\" serve)", "if \"!ARG!\"==\"-\" set \"LONG=1\"",
                "if \"!ARG:~0,6!\"==\"--days\" set \"LONG=1\"", "if %%~za GTR 268435456 set \"LONG=1\"",
                "if /i \"!COMMAND!\"==\"serve\" set \"LONG=1\"");
    }

    private static List<String> settings(String script, Pattern pattern) {
        return pattern.matcher(script).results().map(r -> r.group(1)).collect(Collectors.toList());
    }

    /**
     * What {@code bin/sos} passes to Java for a command line, run with a stand-in for {@code java}
     * that writes its arguments down.
     */
    private static String jvmOptionsFor(Path dir, String... args) throws IOException, InterruptedException {
        return jvmOptionsOnJava(dir, "17.0.9", args);
    }

    private static String jvmOptionsOnJava(Path dir, String javaVersion, String... args) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("sos/bin"));
        Files.copy(BIN.resolve("sos"), bin.resolve("sos"), StandardCopyOption.REPLACE_EXISTING);
        Path java = dir.resolve("java");
        Path said = dir.resolve("arguments");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + javaVersion + "\" 2025-10-21' >&2; exit 0; fi\n"
                + "echo \"$@\" > '" + said + "'\n");
        java.toFile().setExecutable(true);
        List<String> command = new ArrayList<>(List.of("sh", bin.resolve("sos").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SOS_JAVA", java.toString());
        builder.environment().remove("SOS_JAVA_OPTS");
        assertThat(builder.start().waitFor()).isZero();
        return Files.readString(said);
    }

    @Test
    void bin_sos_gives_the_optimising_compiler_to_long_runs_only(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path small = Files.writeString(dir.resolve("small.jsonl"), "{}\n");
        Path large = dir.resolve("large.jsonl");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(300L << 20); // sparse: takes no room
        }
        assertThat(jvmOptionsFor(dir, "evaluate", small.toString())).contains(ONE_CASE);
        assertThat(jvmOptionsFor(dir, "rules", "validate", "my-rules")).contains(ONE_CASE);
        assertThat(jvmOptionsFor(dir, "batch", small.toString(), "--today", "2024-06-01")).contains(SHORT_RUN);
        assertThat(jvmOptionsFor(dir, "overview", "--lang", "en", small.toString())).contains(SHORT_RUN);
        assertThat(jvmOptionsFor(dir, "rules", "impact", small.toString(), "--rules", "my-rules")).contains(SHORT_RUN);
        assertThat(jvmOptionsFor(dir, "batch", "-")).contains(LONG_RUN);
        assertThat(jvmOptionsFor(dir, "batch", large.toString())).contains(LONG_RUN);
        assertThat(jvmOptionsFor(dir, "worklist", large.toString(), "--out", "w.html")).contains(LONG_RUN);
        assertThat(jvmOptionsFor(dir, "rules", "impact", small.toString(), "--rules", "my-rules", "--days=all")).contains(LONG_RUN);
        assertThat(jvmOptionsFor(dir, "serve")).contains(LONG_RUN);
        // on Java 25, each kind of run records its own ahead-of-time cache
        assertThat(jvmOptionsOnJava(dir, "25.0.1", "evaluate", small.toString())).containsPattern("-XX:AOTConfiguration=\\S+-one\\.aot\\.");
        assertThat(jvmOptionsOnJava(dir, "25.0.1", "batch", small.toString())).containsPattern("-XX:AOTConfiguration=\\S+-short\\.aot\\.");
        assertThat(jvmOptionsOnJava(dir, "25.0.1", "batch", large.toString())).containsPattern("-XX:AOTConfiguration=\\S+-long\\.aot\\.");
    }

    @Test
    void java_is_looked_for_in_the_same_order_and_refused_below_17_with_the_same_words() {
        assertThat(sh.indexOf("if [ -n \"$SOS_JAVA\" ]")).isPositive().isLessThan(sh.indexOf("elif [ -n \"$JAVA_HOME\" ]"));
        assertThat(sh.indexOf("elif [ -n \"$JAVA_HOME\" ]")).isLessThan(sh.indexOf("java=$(command -v java"));
        assertThat(bat.indexOf("if defined SOS_JAVA (")).isPositive().isLessThan(bat.indexOf(") else if defined JAVA_HOME ("));
        assertThat(bat.indexOf(") else if defined JAVA_HOME (")).isLessThan(bat.indexOf("set \"JAVA=java\""));
        for (String script : new String[] {sh, bat}) {
            assertThat(script).contains("Java 17 of nieuwer is nodig: zet JAVA_HOME of zet java op het PATH",
                    "Java 17 or later is needed: set JAVA_HOME or put java on the PATH", "Java 17 of nieuwer is nodig; ",
                    "Java 17 or later is needed; ");
        }
        assertThat(sh).contains("-lt 17", "exit 4").doesNotContain("exit /b");
        assertThat(bat).contains("LSS 17", "exit /b 4");
        // the same two ways to ask for English messages: --lang=en and --lang en, in any case
        assertThat(sh).contains("--lang=[eE][nN])", "[eE][nN]) [ \"$previous\" = --lang ]");
        assertThat(bat).contains("if /i \"%%~a\"==\"--lang=en\"", "if /i \"!PREVIOUS!\"==\"--lang\" if /i \"%%~a\"==\"en\"");
    }

    @Test
    void the_environment_read_is_the_same() {
        Set<String> unix = outside(sh, Pattern.compile("\\$\\{?([A-Z_]+)"), Pattern.compile("^\\s*([A-Z_]+)=", Pattern.MULTILINE));
        Set<String> windows = outside(bat, Pattern.compile("%([A-Z_]+)%"), Pattern.compile("set \"?([A-Z_]+)=", Pattern.MULTILINE));
        // what each system names differently: the user's cache directory, and batch files' own variables
        unix.removeAll(Set.of("XDG_CACHE_HOME", "HOME"));
        windows.removeAll(Set.of("LOCALAPPDATA", "RANDOM"));
        assertThat(unix).containsExactly("JAVA_HOME", "SOS_JAVA", "SOS_JAVA_OPTS");
        assertThat(windows).isEqualTo(unix);
    }

    /** The variables a script reads but does not set: what it takes from its environment. */
    private static Set<String> outside(String script, Pattern read, Pattern set) {
        Set<String> names = new TreeSet<>();
        read.matcher(script).results().forEach(r -> names.add(r.group(1)));
        set.matcher(script).results().forEach(r -> names.remove(r.group(1)));
        return names;
    }

    @Test
    void the_jar_and_the_archive_are_in_the_same_place_under_the_same_name() {
        assertThat(plain(line(bat, "set \"JAR=")).replace("SET JAR=", "")).isEqualTo(plain(line(sh, "^jar=")).replace("JAR=", ""))
                .isEqualTo("<SOS_HOME>/LIB/SOS.JAR");
        assertThat(plain(line(bat, "set \"DIR=%SOS_HOME%")).replace("SET DIR=", "")).isEqualTo(plain(line(sh, "^dir=\\$SOS_HOME")).replace("DIR=", ""))
                .isEqualTo("<SOS_HOME>/LIB/CDS");
        assertThat(plain(line(bat, "set \"ARCHIVE=")).replace("SET ARCHIVE=", "")).isEqualTo(plain(line(sh, "^archive=")).replace("ARCHIVE=", ""))
                .isEqualTo("<DIR>/SOS-<VERSION>-<STAMP>.JSA");
        // the build's id of the jar names the archive in both
        assertThat(sh).contains("stamp=$(cat \"$jar.id\"");
        assertThat(bat).contains("set /p STAMP=<\"%JAR%.id\"");
    }

    @Test
    void class_data_sharing_is_used_the_same_way() {
        assertThat(flags(bat)).isEqualTo(flags(sh)).contains("-XX:SharedArchiveFile=", "-XX:+AutoCreateSharedArchive",
                "-XX:ArchiveClassesAtExit=");
        // Java 19 and later make the archive themselves; 17 and 18 write it at the end of a run that is not a batch
        assertThat(sh).contains("if [ \"$major\" -ge 19 ]", "[ \"$command\" != batch ]");
        assertThat(bat).contains("if !MAJOR! GEQ 19", "/i not \"!COMMAND!\"==\"batch\"");
        // an archive of a run that failed is not kept
        assertThat(sh).contains("if [ \"$code\" -ne 0 ]; then\n        rm -f \"$made\"");
        assertThat(bat).contains("if \"!CODE!\"==\"0\" (move /y \"!MADE!\" \"!ARCHIVE!\"");
    }

    @Test
    void java_25_gets_the_same_ahead_of_time_cache_per_kind_of_command() {
        assertThat(flags(bat)).contains("-XX:AOTCache=", "-XX:AOTMode=", "-XX:AOTConfiguration=");
        // one per kind of run: the profiles of C1 alone would mislead the optimising compiler of a long run
        assertThat(sh).contains("if [ \"$major\" -ge 25 ]", "kind=one\n", "        kind=short\n", "            kind=long\n");
        assertThat(bat).contains("if !MAJOR! GEQ 25 (", "set \"KIND=one\"", "    set \"KIND=short\"", "    set \"KIND=long\"");
        assertThat(plain(line(bat, "set \"CACHE=")).replace("SET CACHE=", "")).isEqualTo(plain(line(sh, "^\\s*cache=")).replace("CACHE=", ""))
                .isEqualTo("<DIR>/SOS-<VERSION>-<STAMP>-<KIND>.AOT");
        // made only after a run that ended well, from what that run recorded
        assertThat(sh).contains("if [ \"$code\" -eq 0 ] && [ -f \"$recorded\" ]");
        assertThat(bat).contains("if \"!CODE!\"==\"0\" (\n        \"!JAVA!\" -XX:AOTMode=create");
    }

    private static Set<String> flags(String script) {
        return Pattern.compile("-XX:[+-]?[A-Za-z]+=?").matcher(script).results().map(r -> r.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_one_difference_is_known_windows_shows_batch_progress_only_when_asked() {
        // A batch file cannot tell whether standard error is a terminal: on Windows, batch shows its progress with --progress only.
        assertThat(sh).contains("if [ -t 2 ]; then\n    options=\"$options -Dsos.stderr.terminal=true\"");
        assertThat(bat).doesNotContain("-Dsos.");
    }
}
