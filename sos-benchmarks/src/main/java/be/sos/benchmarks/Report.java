package be.sos.benchmarks;

import be.sos.core.json.CaseJson;
import be.sos.testkit.CaseGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and whole-process measurement of sos and prints the figures against their
 * targets. {@code java -jar sos-benchmarks/target/benchmarks.jar [--quick] [--processes-only] [--sos-jar PATH]
 * [--sos-launcher PATH]}.
 * Any JMH option can be used instead by running {@code org.openjdk.jmh.Main} from the same jar.
 */
public final class Report {
    private static final PrintStream OUT = System.out;

    private Report() {}

    /** Runs the benchmarks and prints the report. */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        List<String> options = Arrays.asList(args);
        boolean quick = options.contains("--quick");
        int at = options.indexOf("--sos-jar");
        Path sosJar = Path.of(at >= 0 ? options.get(at + 1) : "sos-examples/target/sos.jar");
        int launcherAt = options.indexOf("--sos-launcher");
        Path launcher = Path.of(launcherAt >= 0 ? options.get(launcherAt + 1) : "sos-examples/target/sos-dist/sos/bin/sos");

        if (options.contains("--processes-only")) {
            // The whole-process figures alone, without the benchmarks (a minute instead of five).
            OUT.println("## sos whole-process figures (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ")");
            OUT.println();
            OUT.printf(Locale.ROOT, "System load average (1 min) before: %.2f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            OUT.println();
            OUT.println("| measure | figure | target |");
            OUT.println("|---|---|---|");
            processes(sosJar, launcher, quick);
            return;
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Collection<RunResult> evaluation = run(EvaluationBenchmark.class, quick, true);
        Collection<RunResult> batch = run(BatchBenchmark.class, quick, false);
        Collection<RunResult> build = run(EngineBuildBenchmark.class, quick, false);

        OUT.println();
        OUT.println("## sos benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + (quick ? ", quick run: indicative only" : "") + ")");
        OUT.println();
        // Other work on the machine moves every figure: the load it had is part of the result.
        OUT.printf(Locale.ROOT, "System load average (1 min) before the benchmarks: %.2f, after them: %.2f%n",
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        OUT.println();
        double pilot = median(evaluation, "pilotCase");
        double pilotByHand = median(evaluation, "pilotCaseByHand");
        double generated = median(evaluation, "generatedCase");
        double generatedByHand = median(evaluation, "generatedCaseByHand");
        OUT.println("| measure | figure | target |");
        OUT.println("|---|---|---|");
        row("evaluation, pilot case, median", us(pilot), "<= 10 us", pilot <= 10);
        row("evaluation, generated case, median", us(generated), "<= 10 us", generated <= 10);
        row("hand-written baseline, pilot case, median", us(pilotByHand), "", true);
        row("hand-written baseline, generated case, median", us(generatedByHand), "", true);
        row("ratio to the baseline, pilot case", ratio(pilot / pilotByHand), "<= 15", pilot / pilotByHand <= 15);
        row("ratio to the baseline, generated case", ratio(generated / generatedByHand), "<= 15", generated / generatedByHand <= 15);
        row("allocated per evaluation, pilot case", bytes(secondary(evaluation, "pilotCase", "gc.alloc.rate.norm")), "", true);
        row("allocated per evaluation, generated case", bytes(secondary(evaluation, "generatedCase", "gc.alloc.rate.norm")), "", true);
        double perSecond = score(batch, "twoThreads");
        row("one engine, 2 threads", String.format(Locale.ROOT, "%,.0f cases/s", perSecond), "", true);
        row("loading the bundled rules (precompiled)", ms(score(build, "bundled")), "", true);
        double directory = score(build, "directory");
        row("loading an edited rule directory (compiled)", ms(directory), "<= 3000 ms", directory <= 3000);

        if (Files.isRegularFile(sosJar)) {
            processes(sosJar, launcher, quick);
        } else {
            OUT.println();
            OUT.println("(no " + sosJar + ": build it with `mvn -B -q install -DskipTests` for the whole-process figures)");
        }
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

    /** Whole processes: {@code evaluate} start to end, and {@code batch} over 10,000 and 100,000 cases. */
    private static void processes(Path sosJar, Path launcher, boolean quick) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sos-bench");
        Path oneCase = dir.resolve("case.json");
        Files.writeString(oneCase, CaseJson.writePretty(Fixtures.pilot()));
        List<String> evaluateArgs = List.of("evaluate", oneCase.toString(), "--today", "2025-03-20");
        List<String> plain = new ArrayList<>(List.of(java(), "-jar", sosJar.toString()));
        plain.addAll(evaluateArgs);
        long evaluateMillis = median(plain, quick ? 3 : 7);
        row("`java -jar sos.jar evaluate CASE.json`, whole process, median", evaluateMillis + " ms", "<= 1000 ms", evaluateMillis <= 1000);
        if (Files.isExecutable(launcher)) {
            // The launcher's first run makes the class-data-sharing archive; the runs after it map it.
            Path cds = launcher.toAbsolutePath().getParent().resolveSibling("lib").resolve("cds");
            deleteArchives(cds);
            List<String> viaLauncher = new ArrayList<>(List.of(launcher.toString()));
            viaLauncher.addAll(evaluateArgs);
            long first = time(viaLauncher);
            long launched = median(viaLauncher, 5);
            row("`bin/sos evaluate CASE.json` (launcher, CDS archive), whole process, median of 5", launched + " ms", "<= 500 ms",
                    launched <= 500);
            row("`bin/sos evaluate CASE.json`, first run (makes the archive on Java 17 and 18)", first + " ms", "", true);
        } else {
            OUT.println("| (no " + launcher + ": the distribution is built by `mvn -B -q install -DskipTests`) | | |");
        }

        Path small = dir.resolve("10k.jsonl");
        Path large = dir.resolve("100k.jsonl");
        write(small, 10_000);
        write(large, 100_000);
        long smallMillis = time(List.of(java(), "-Xmx256m", "-jar", sosJar.toString(), "batch", small.toString(), "--today", "2024-06-01"));
        long largeMillis = time(List.of(java(), "-Xmx256m", "-jar", sosJar.toString(), "batch", large.toString(), "--today", "2024-06-01"));
        row("`batch` of 100,000 generated cases, -Xmx256m", largeMillis + " ms", "<= 20000 ms", largeMillis <= 20_000);
        row("`batch` of 10,000 generated cases, -Xmx256m", smallMillis + " ms", "", true);
        double growth = (double) largeMillis / smallMillis;
        row("10 times the cases takes", ratio(growth) + " times as long", "<= 11", growth <= 11);
        ViewsReport.rows(sosJar);
        ImpactRun.run(sosJar, quick);
    }

    private static void write(Path file, int count) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CaseGenerator generator = CaseGenerator.withSeed(7);
            for (int i = 0; i < count; i++) {
                out.write(CaseJson.write(generator.next()));
                out.write('\n');
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command {@code java ARGS}, with this JVM's {@code java}. */
    static List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(args);
        return command;
    }

    /** Wall time of one run of {@code java ARGS}, in milliseconds (see {@link #time}). */
    static long timeJava(List<String> args) throws IOException, InterruptedException {
        return time(javaCommand(args));
    }

    /** The median wall time of {@code runs} runs of a command, in milliseconds. */
    static long median(List<String> command, int runs) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(time(command));
        }
        times.sort(null);
        return times.get(times.size() / 2);
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

    /**
     * Wall time of one run of a command, in milliseconds. Its output is discarded; its standard
     * error (a batch's summary) is kept aside and shown only when the run fails.
     */
    static long time(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("sos-bench", ".err");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            // every day of 10,000 cases (rules impact) takes minutes
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + Files.readString(err));
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** One row of the report's table: what, the figure, and the target with whether it was met. */
    static void row(String what, String figure, String target, boolean met) {
        OUT.println("| " + what + " | " + figure + " | " + (target.isEmpty() ? "" : target + (met ? " (met)" : " (NOT met)")) + " |");
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
