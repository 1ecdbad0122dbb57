package be.sos.benchmarks;

import be.sos.core.json.CaseJson;
import be.sos.testkit.CaseGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and whole-process measurement of sos and prints the figures against their
 * targets, as a Markdown table to paste into docs/performance.md, with the machine's load average
 * before and after the run.
 * {@code java -jar sos-benchmarks/target/benchmarks.jar [--quick] [--processes-only] [--sos-jar PATH]
 * [--sos-launcher PATH]}.
 *
 * <p>The rows: a warm evaluation of a generated case (JMH, {@link EvaluationBenchmark}: median, ratio to
 * the hand-written baseline, bytes allocated; the pilot case as information), loading the rules; then
 * whole processes: {@code evaluate} through {@code java -jar} and the launcher {@code bin/sos}; {@code
 * batch} of one, 10,000 and 100,000 generated cases with {@code -Xmx256m}, each through the launcher
 * on this Java, the launcher on Java 25 when one is found ({@code SOS_TEST_JAVA25}, else the first
 * under {@code /usr/lib/jvm}), a plain {@code java -jar} with each of the launcher's two settings for
 * commands over many cases (a short run, a long run), and a plain {@code java -jar} with the JVM's defaults: wall time and CPU time (user + system, from
 * {@code /usr/bin/time}), the CPU per case at 10,000 cases, and the fixed cost of a run (one case);
 * then the views ({@link ViewsReport}) and {@code rules impact} ({@link ImpactRun}).
 * {@code --processes-only} prints the whole-process rows alone; {@code --quick} makes the JMH runs
 * short and times the large batches once instead of three times.
 * Any JMH option can be used instead by running {@code org.openjdk.jmh.Main} from the same jar.
 */
public final class Report {
    private static final PrintStream OUT = System.out;
    /** The day the generated cases are dated around and evaluated on. */
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final Path TIME = Path.of("/usr/bin/time");
    /** The CPU per case a batch took when the target of half of it was set, in milliseconds. */
    private static final double CPU_PER_CASE_BEFORE = 0.9;

    private Report() {}

    /** Wall time and CPU time (user + system) of one whole process in milliseconds; CPU -1 when not measured. */
    record Run(long wallMillis, long cpuMillis) {
        boolean cpuKnown() {
            return cpuMillis >= 0;
        }
    }

    /** Runs the benchmarks and prints the report. */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        List<String> options = Arrays.asList(args);
        boolean quick = options.contains("--quick");
        int at = options.indexOf("--sos-jar");
        Path sosJar = Path.of(at >= 0 ? options.get(at + 1) : "sos-examples/target/sos.jar");
        int launcherAt = options.indexOf("--sos-launcher");
        Path launcher = Path.of(launcherAt >= 0 ? options.get(launcherAt + 1) : "sos-examples/target/sos-dist/sos/bin/sos");
        // Other work on the machine moves every figure: the load it had is part of the result.
        double loadBefore = load();

        if (options.contains("--processes-only")) {
            // The whole-process figures alone, without the benchmarks.
            heading("sos whole-process figures", quick, loadBefore);
            processes(sosJar, launcher, quick);
            OUT.println();
            OUT.printf(Locale.ROOT, "System load average (1 min) after the run: %.2f%n", load());
            return;
        }
        Collection<RunResult> evaluation = run(EvaluationBenchmark.class, quick, true);
        Collection<RunResult> batch = run(BatchBenchmark.class, quick, false);
        Collection<RunResult> build = run(EngineBuildBenchmark.class, quick, false);

        OUT.println();
        heading("sos benchmarks", quick, loadBefore);
        double generated = median(evaluation, "generatedCase");
        double generatedByHand = median(evaluation, "generatedCaseByHand");
        double allocated = secondary(evaluation, "generatedCase", "gc.alloc.rate.norm");
        row("evaluation, generated case (`EvaluationBenchmark.generatedCase`), median", us(generated), "<= 25 us", generated <= 25);
        row("hand-written baseline, generated case (`generatedCaseByHand`), median", us(generatedByHand), "", true);
        row("ratio to the baseline, generated case", ratio(generated / generatedByHand), "<= 6", generated / generatedByHand <= 6);
        row("allocated per evaluation, generated case (`gc.alloc.rate.norm`)", bytes(allocated), "<= 20 KB (20,480 B)",
                allocated <= 20_480);
        double pilot = median(evaluation, "pilotCase");
        double pilotByHand = median(evaluation, "pilotCaseByHand");
        row("evaluation, pilot case, median", us(pilot), "", true);
        row("hand-written baseline, pilot case, median", us(pilotByHand), "", true);
        row("ratio to the baseline, pilot case", ratio(pilot / pilotByHand), "", true);
        row("allocated per evaluation, pilot case", bytes(secondary(evaluation, "pilotCase", "gc.alloc.rate.norm")), "", true);
        double perSecond = score(batch, "twoThreads");
        row("one engine, 2 threads", String.format(Locale.ROOT, "%,.0f cases/s", perSecond), "", true);
        row("loading the bundled rules (precompiled)", ms(score(build, "bundled")), "", true);
        double directory = score(build, "directory");
        row("loading an edited rule directory (compiled)", ms(directory), "<= 3000 ms", directory <= 3000);

        if (Files.isRegularFile(sosJar)) {
            processes(sosJar, launcher, quick);
        } else {
            OUT.println();
            OUT.println("(no " + sosJar + ": build it with `mvn -B -q package -DskipTests` for the whole-process figures)");
        }
        OUT.println();
        OUT.printf(Locale.ROOT, "System load average (1 min) after the run: %.2f%n", load());
    }

    private static void heading(String title, boolean quick, double loadBefore) {
        OUT.println("## " + title + " (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + (quick ? ", quick run: indicative only" : "") + ")");
        OUT.println();
        OUT.printf(Locale.ROOT, "System load average (1 min) before the run: %.2f%n", loadBefore);
        OUT.println();
        OUT.println("| measure | figure | target |");
        OUT.println("|---|---|---|");
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Collection<RunResult> run(Class<?> benchmark, boolean quick, boolean gc) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName() + ".*").shouldFailOnError(true);
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        if (quick) {
            options.forks(1).warmupIterations(2).measurementIterations(3);
        }
        return new Runner(options.build()).run();
    }

    private static RunResult result(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method));
    }

    private static double median(Collection<RunResult> results, String method) {
        return result(results, method).getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static double score(Collection<RunResult> results, String method) {
        return result(results, method).getPrimaryResult().getScore();
    }

    private static double secondary(Collection<RunResult> results, String method, String label) {
        Result<?> result = result(results, method).getSecondaryResults().get(label);
        return result == null ? Double.NaN : result.getScore();
    }

    /** Whole processes: {@code evaluate} start to end, {@code batch}, the views and {@code rules impact}. */
    private static void processes(Path sosJar, Path launcher, boolean quick) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sos-bench");
        try {
            boolean launched = evaluate(dir, sosJar, launcher, quick);
            batches(dir, sosJar, launched ? launcher : null, quick);
        } finally {
            deleteTree(dir);
        }
        ViewsReport.rows(sosJar);
        ImpactRun.run(sosJar, quick);
    }

    /**
     * {@code evaluate CASE.json} through {@code java -jar} and through the launcher, whose first run (timed
     * apart) makes its archive. Whether there is a launcher.
     */
    private static boolean evaluate(Path dir, Path sosJar, Path launcher, boolean quick) throws IOException, InterruptedException {
        Path oneCase = dir.resolve("case.json");
        Files.writeString(oneCase, CaseJson.writePretty(Fixtures.pilot()));
        List<String> evaluateArgs = List.of("evaluate", oneCase.toString(), "--today", "2025-03-20");
        long evaluateMillis = median(javaCommand(concat(List.of("-jar", sosJar.toString()), evaluateArgs)), quick ? 3 : 7);
        // its target of 1,000 ms gave way to the launcher's, below
        row("`java -jar sos.jar evaluate CASE.json`, whole process, median of " + (quick ? 3 : 7), evaluateMillis + " ms", "", true);
        boolean launched = Files.isExecutable(launcher);
        if (launched) {
            // The launcher's first run makes the class-data-sharing archive; the runs after it map it.
            deleteArchives(launcher.toAbsolutePath().getParent().resolveSibling("lib").resolve("cds"));
            List<String> viaLauncher = concat(List.of(launcher.toString()), evaluateArgs);
            Map<String, String> onThisJava = Map.of("SOS_JAVA", java());
            long first = measure(viaLauncher, onThisJava).wallMillis();
            long median = median(viaLauncher, onThisJava, 5).wallMillis();
            row("`bin/sos evaluate CASE.json` (launcher, CDS archive), whole process, median of 5", median + " ms", "<= 500 ms",
                    median <= 500);
            row("`bin/sos evaluate CASE.json`, first run (makes the archive on Java 17 and 18)", first + " ms", "", true);
        } else {
            OUT.println("| (no " + launcher + ": the distribution is built by `mvn -B -q package -DskipTests`) | | |");
        }
        return launched;
    }

    /** The launcher's JVM settings for a run over many cases that is short, and one that is long (see {@code bin/sos}). */
    private static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    private static final List<String> LONG_RUN = List.of("-XX:+UseParallelGC", "-XX:MaxInlineLevel=5", "-XX:FreqInlineSize=100");
    private static final String LAUNCHER_SETTINGS = "for an input up to 256 MB " + String.join(" ", SHORT_RUN)
            + ", for a larger one " + String.join(" ", LONG_RUN);

    /**
     * One way of starting {@code sos batch}: the row's label with its settings, the command before
     * {@code batch}, its environment, and whether it goes through the launcher.
     */
    private record Start(String label, List<String> command, Map<String, String> environment, boolean viaLauncher) {
        List<String> batch(Path cases) {
            return concat(command, List.of("batch", cases.toString(), "--today", TODAY.toString()));
        }
    }

    /** A batch size: the cases, how many, how many runs to take the median of, the target on wall time (none for one case). */
    private record Batch(Path cases, int count, int runs, long wallTarget) {}

    /**
     * {@code batch} of one, 10,000 and 100,000 generated cases, {@code -Xmx256m}, through the launcher
     * (when there is one, on this Java and on Java 25) and through plain {@code java -jar}: wall and CPU
     * time, the CPU per case at 10,000 cases, and the fixed cost of a run. {@code dir} holds the
     * cases; the launcher, null when there is none, has made its archive.
     */
    private static void batches(Path dir, Path sosJar, Path launcher, boolean quick) throws IOException, InterruptedException {
        Batch one = new Batch(writeCases(dir.resolve("1.jsonl"), 1), 1, 5, 0);
        Batch small = new Batch(writeCases(dir.resolve("10k.jsonl"), 10_000), 10_000, quick ? 1 : 3, 2_500);
        Batch large = new Batch(writeCases(dir.resolve("100k.jsonl"), 100_000), 100_000, quick ? 1 : 3, 10_000);
        String heap = "-Xmx256m";
        List<Start> starts = new ArrayList<>();
        if (launcher != null) {
            Map<String, String> onThisJava = Map.of("SOS_JAVA", java(), "SOS_JAVA_OPTS", heap);
            // The evaluate rows made the archive (on Java 17 and 18, a batch maps one but never writes one).
            starts.add(new Start("`bin/sos` on Java " + System.getProperty("java.version")
                    + " (CDS archive, " + LAUNCHER_SETTINGS + ", SOS_JAVA_OPTS=" + heap + ")",
                    List.of(launcher.toString()), onThisJava, true));
            Path java25 = java25();
            if (java25 != null) {
                Map<String, String> on25 = Map.of("SOS_JAVA", java25.toString(), "SOS_JAVA_OPTS", heap);
                String version = javaVersion(java25);
                Start start = new Start("`bin/sos` on Java " + (version.isEmpty() ? java25.toString() : version)
                        + " (ahead-of-time cache, " + LAUNCHER_SETTINGS + ", SOS_JAVA_OPTS=" + heap + ")",
                        List.of(launcher.toString()), on25, true);
                // The first run of each kind records what it does; its cache is made after it, in the background.
                measure(start.batch(small.cases()), on25);
                boolean cached = awaitCache(launcher, java25, "short");
                measure(start.batch(large.cases()), on25);
                if (cached && awaitCache(launcher, java25, "long")) {
                    starts.add(start);
                } else {
                    OUT.println("| (the launcher made no ahead-of-time cache for batch on " + java25 + " within 90 s: no rows for it) | | |");
                }
            }
        }
        for (List<String> settings : List.of(SHORT_RUN, LONG_RUN)) {
            starts.add(new Start("`java " + heap + " " + String.join(" ", settings) + " -jar sos.jar` (the launcher's settings for a "
                    + (settings == SHORT_RUN ? "short" : "long") + " run, no archive)",
                    javaCommand(concat(List.of(heap), settings, List.of("-jar", sosJar.toString()))), Map.of(), false));
        }
        Start plain = new Start("`java " + heap + " -jar sos.jar` (JVM defaults)",
                javaCommand(List.of(heap, "-jar", sosJar.toString())), Map.of(), false);
        starts.add(plain);

        for (Batch batch : List.of(one, small, large)) {
            Map<Start, Run> runs = new LinkedHashMap<>();
            for (Start start : starts) {
                runs.put(start, median(start.batch(batch.cases()), start.environment(), batch.runs()));
            }
            String what = batch.count() == 1 ? "`batch` of one generated case (the fixed cost of a run)"
                    : String.format(Locale.ROOT, "`batch` of %,d generated cases", batch.count());
            for (Start start : starts) {
                Run run = runs.get(start);
                String label = what + ", " + start.label() + ", median of " + batch.runs();
                String figure = run.wallMillis() + " ms wall, " + cpu(run) + " CPU";
                if (batch.count() == 1) {
                    Run defaults = runs.get(plain);
                    verdict(label, figure, start.viaLauncher() ? "CPU <= half of plain `java -jar`'s (" + cpu(defaults) + ")" : "",
                            run.cpuKnown() && defaults.cpuKnown() ? run.cpuMillis() * 2 <= defaults.cpuMillis() : null);
                } else {
                    // the targets on wall time are for the launcher and its settings; the JVM's defaults are shown beside them
                    row(label, figure, start != plain ? "<= " + batch.wallTarget() + " ms wall" : "", run.wallMillis() <= batch.wallTarget());
                }
                if (batch.count() == 10_000) {
                    double perCase = (double) run.cpuMillis() / batch.count();
                    verdict("CPU per case at 10,000 cases, " + start.label(),
                            run.cpuKnown() ? String.format(Locale.ROOT, "%.3f ms", perCase) : "n/a",
                            String.format(Locale.ROOT, "<= %.2f ms (half of %.1f ms)", CPU_PER_CASE_BEFORE / 2, CPU_PER_CASE_BEFORE),
                            run.cpuKnown() ? perCase <= CPU_PER_CASE_BEFORE / 2 : null);
                }
            }
        }
    }

    /**
     * Waits at most 90 s for the launcher's ahead-of-time cache for a kind of run on {@code java}: the
     * file {@code sos-VERSION-STAMP-KIND.aot} in the installation's {@code lib/cds}, or in the user's
     * cache when that cannot be written (see {@code bin/sos}).
     */
    private static boolean awaitCache(Path launcher, Path java, String kind) throws IOException, InterruptedException {
        Path lib = launcher.toAbsolutePath().getParent().resolveSibling("lib");
        Path stampFile = lib.resolve("sos.jar.id");
        String stamp = Files.isRegularFile(stampFile) ? Files.readString(stampFile).trim() : "*";
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path userCache = (xdg == null || xdg.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg)).resolve("sos");
        String name = "sos-" + javaVersion(java) + "-" + stamp + "-" + kind + ".aot";
        for (int i = 0; i < 180; i++) {
            for (Path dir : List.of(lib.resolve("cds"), userCache)) {
                if (Files.isDirectory(dir)) {
                    try (var caches = Files.newDirectoryStream(dir, name)) {
                        if (caches.iterator().hasNext()) {
                            return true;
                        }
                    }
                }
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * A Java 25 or later: {@code SOS_TEST_JAVA25}, else the first JDK under {@code /usr/lib/jvm} whose
     * {@code release} file names version 25 or later; null when there is none.
     */
    private static Path java25() throws IOException {
        String set = System.getenv("SOS_TEST_JAVA25");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        List<Path> homes = List.of();
        if (Files.isDirectory(jvms)) {
            try (var listed = Files.list(jvms)) {
                homes = listed.sorted().toList();
            }
        }
        for (Path home : homes) {
            Path java = home.resolve("bin/java");
            Matcher major = Pattern.compile("^\\d+").matcher(Files.isExecutable(java) ? javaVersion(java) : "");
            if (major.find() && Integer.parseInt(major.group()) >= 25) {
                return java;
            }
        }
        return null;
    }

    /** The {@code JAVA_VERSION} of the JDK a java binary belongs to, as the launcher reads it; empty when not found. */
    private static String javaVersion(Path java) throws IOException {
        Path release = java.toRealPath().getParent().getParent().resolve("release");
        if (!Files.isRegularFile(release)) {
            return "";
        }
        Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]*)\"").matcher(Files.readString(release));
        return version.find() ? version.group(1) : "";
    }

    /**
     * Writes {@code count} generated cases, one JSON a line: seed 7, dated around {@link #TODAY}, the
     * same lines as {@code sos generate --count COUNT --seed 7 --today 2024-06-01}.
     */
    static Path writeCases(Path file, int count) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CaseGenerator generator = CaseGenerator.withSeed(7).around(TODAY);
            for (int i = 0; i < count; i++) {
                out.write(CaseJson.write(generator.next()));
                out.write('\n');
            }
        }
        return file;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command {@code java ARGS}, with this JVM's {@code java}. */
    static List<String> javaCommand(List<String> args) {
        return concat(List.of(java()), args);
    }

    /** The lists one after the other. */
    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    /** Wall time of one run of {@code java ARGS}, in milliseconds (see {@link #time}). */
    static long timeJava(List<String> args) throws IOException, InterruptedException {
        return time(javaCommand(args));
    }

    /** The median wall time of {@code runs} runs of a command, in milliseconds. */
    static long median(List<String> command, int runs) throws IOException, InterruptedException {
        return median(command, Map.of(), runs).wallMillis();
    }

    /** The median wall time and the median CPU time of {@code runs} runs of a command with these environment variables. */
    static Run median(List<String> command, Map<String, String> environment, int runs) throws IOException, InterruptedException {
        List<Long> walls = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run run = measure(command, environment);
            walls.add(run.wallMillis());
            cpus.add(run.cpuMillis());
        }
        walls.sort(null);
        cpus.sort(null);
        return new Run(walls.get(runs / 2), cpus.get(runs / 2));
    }

    /** Deletes a directory and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void deleteArchives(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jsa"))::iterator) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Wall time of one run of a command, in milliseconds (see {@link #measure}). */
    static long time(List<String> command) throws IOException, InterruptedException {
        return measure(command, Map.of()).wallMillis();
    }

    /**
     * One run of a command with these environment variables added: its wall time, and its CPU time
     * (user + system of the process and the processes it waited for, from {@code /usr/bin/time} when
     * that can be run). Its output is discarded; its standard error (a batch's summary) is kept aside
     * and shown only when the run fails.
     */
    static Run measure(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path err = Files.createTempFile("sos-bench", ".err");
        Path times = Files.createTempFile("sos-bench", ".time");
        try {
            boolean timed = Files.isExecutable(TIME);
            List<String> run = timed ? concat(List.of(TIME.toString(), "-f", "%e %U %S", "-o", times.toString()), command) : command;
            ProcessBuilder builder = new ProcessBuilder(run).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            // every day of 10,000 cases (rules impact) takes minutes
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + Files.readString(err));
            }
            long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new Run(wall, timed ? cpuMillis(Files.readAllLines(times)) : -1);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(times);
        }
    }

    /** User + system time from the last line {@code /usr/bin/time -f "%e %U %S"} wrote, in milliseconds. */
    private static long cpuMillis(List<String> lines) {
        String[] fields = lines.isEmpty() ? new String[0] : lines.get(lines.size() - 1).trim().split("\\s+");
        if (fields.length != 3) {
            throw new IllegalStateException("/usr/bin/time wrote " + lines);
        }
        return Math.round((Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000);
    }

    /** One row of the report's table: what, the figure, and the target with whether it was met. */
    static void row(String what, String figure, String target, boolean met) {
        verdict(what, figure, target, met);
    }

    /** A row whose target may not have been measured ({@code met} null): "(not measured)". */
    private static void verdict(String what, String figure, String target, Boolean met) {
        String judged = met == null ? " (not measured)" : met ? " (met)" : " (NOT met)";
        OUT.println("| " + what + " | " + figure + " | " + (target.isEmpty() ? "" : target + judged) + " |");
    }

    private static String cpu(Run run) {
        return run.cpuKnown() ? run.cpuMillis() + " ms" : "n/a";
    }

    private static String us(double value) {
        return String.format(Locale.ROOT, "%.2f us", value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f ms", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f B", value);
    }
}
