package be.sos.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Whole-process runs of the views over 10,000 generated cases: {@code sos overview} (target: at most
 * 10 s on 2 cores) and {@code sos worklist}, each the median of three runs. Part of {@link Report};
 * on its own: {@code java -cp sos-benchmarks/target/benchmarks.jar be.sos.benchmarks.ViewsReport [--sos-jar PATH]}.
 */
public final class ViewsReport {
    private static final PrintStream OUT = System.out;
    private static final LocalDate TODAY = Report.TODAY;

    private ViewsReport() {}

    /** Runs the measurements and prints them as table rows. */
    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        int at = options.indexOf("--sos-jar");
        Path sosJar = Path.of(at >= 0 ? options.get(at + 1) : "sos-examples/target/sos.jar");
        OUT.println("| measure | figure | target |");
        OUT.println("|---|---|---|");
        rows(sosJar);
    }

    /** Prints one table row per measurement. */
    static void rows(Path sosJar) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sos-views-bench");
        try {
            // Dated around the day of the figures: two in five are in the middle of their procedure.
            Path cases = Report.writeCases(dir.resolve("10k.jsonl"), 10_000);
            long overview = Report.median(Report.javaCommand(List.of("-jar", sosJar.toString(), "overview", cases.toString(), "--today",
                    TODAY.toString(), "--format", "json", "--out", dir.resolve("overview.html").toString())), 3);
            Report.row("`overview` of 10,000 generated cases (JSON and the page), whole process, median of 3",
                    overview + " ms", "<= 10000 ms", overview <= 10_000);
            long worklist = Report.median(Report.javaCommand(List.of("-jar", sosJar.toString(), "worklist", cases.toString(), "--today",
                    TODAY.toString(), "--format", "json", "--out", dir.resolve("worklist.html").toString(), "--ics",
                    dir.resolve("worklist.ics").toString())), 3);
            Report.row("`worklist` of 10,000 generated cases (JSON, the page and the feed), whole process, median of 3", worklist + " ms", "", true);
        } finally {
            Report.deleteTree(dir);
        }
    }

}
