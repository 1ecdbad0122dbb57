package be.sos.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process runs of {@code sos rules impact} against its targets: 10,000 generated cases with
 * the first network meeting moved to day 14-16, on one day (target 15 s on 2 cores) and on every
 * day of each case's procedure (target 2 minutes), and the one-day run with 10 and 100 times fewer
 * or more cases in the same small heap, to show that memory does not grow with the number of
 * cases. Wall times, with the machine's load beside them. Run by {@link Report}, or alone:
 * {@code java -cp sos-benchmarks/target/benchmarks.jar be.sos.benchmarks.ImpactRun [--quick] [--sos-jar PATH]}.
 */
public final class ImpactRun {
    private static final LocalDate DAY = Report.TODAY;

    private ImpactRun() {}

    /** Runs the measurements and prints their rows. */
    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        int at = options.indexOf("--sos-jar");
        run(Path.of(at >= 0 ? options.get(at + 1) : "sos-examples/target/sos.jar"), options.contains("--quick"));
    }

    /** The rows of the report's table for {@code rules impact}. */
    static void run(Path sosJar, boolean quick) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sos-impact");
        try {
            measure(dir, sosJar, quick);
        } finally {
            Report.deleteTree(dir);
        }
    }

    private static void measure(Path dir, Path sosJar, boolean quick) throws IOException, InterruptedException {
        Path rules = dir.resolve("my-rules");
        Report.timeJava(List.of("-jar", sosJar.toString(), "rules", "export", rules.toString()));
        Path parameters = rules.resolve("procedure.properties");
        String text = Files.readString(parameters);
        String last = "window.first-network-meeting.last = 15 day-number";
        if (!text.contains(last)) {
            throw new IllegalStateException("procedure.properties no longer ends the first network meeting's window on day 15");
        }
        Files.writeString(parameters, text.replace(last, "window.first-network-meeting.last = 16 day-number"));

        Path cases = Report.writeCases(dir.resolve("10k.jsonl"), 10_000);
        List<String> impact = List.of("-jar", sosJar.toString(), "rules", "impact", cases.toString(), "--rules", rules.toString(),
                "--format", "json");
        double load = load();
        long oneDay = Report.timeJava(Report.concat(List.of("-Xmx256m"), impact, List.of("--today", DAY.toString())));
        Report.row("`rules impact`, 10,000 cases on one day, -Xmx256m", oneDay + " ms (load " + String.format(Locale.ROOT, "%.1f", load) + ")",
                "<= 15000 ms", oneDay <= 15_000);
        load = load();
        long everyDay = Report.timeJava(Report.concat(List.of("-Xmx256m"), impact, List.of("--days", "all")));
        Report.row("`rules impact`, 10,000 cases on every day, -Xmx256m", everyDay + " ms (load " + String.format(Locale.ROOT, "%.1f", load) + ")",
                "<= 120000 ms", everyDay <= 120_000);
        if (!quick) {
            // A heap far smaller than the cases: the run only ends when memory does not grow with them.
            Path many = Report.writeCases(dir.resolve("100k.jsonl"), 100_000);
            List<String> small = List.of("-Xmx64m", "-jar", sosJar.toString(), "rules", "impact", many.toString(), "--rules",
                    rules.toString(), "--format", "json", "--today", DAY.toString());
            long hundredThousand = Report.timeJava(small);
            Report.row("`rules impact`, 100,000 cases on one day, -Xmx64m", hundredThousand + " ms", "completes", true);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

}
