package be.sos.benchmarks;

import be.sos.rules.SosEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A whole-process measurement of loading a rule directory with versions (docs/performance.md,
 * "Versions"): writes the bundled rules as {@code one} rule set, as ten versions that are the
 * same ({@code same}), or as ten versions that each move one window, a two-line
 * {@code procedure.properties} of their own ({@code distinct}), loads it
 * with {@link SosEngine#fromDirectory} and prints the load time and the heap in use after
 * garbage collection. Run each kind in its own process.
 */
public final class VersionsLoad {
    private static final String FIRST = "window.second-network-meeting.first = 40 day-number";
    private static final String LAST = "window.second-network-meeting.last = 40 day-number";

    private VersionsLoad() {}

    /** {@code one}, {@code same} or {@code distinct}. */
    public static void main(String[] args) throws Exception {
        String kind = args.length == 1 ? args[0] : "";
        if (!kind.equals("one") && !kind.equals("same") && !kind.equals("distinct")) {
            System.err.println("usage: VersionsLoad one|same|distinct");
            System.exit(2);
        }
        Path dir = Files.createTempDirectory("sos-versions-");
        Map<String, String> bundled = SosEngine.bundled().ruleFiles();
        for (Map.Entry<String, String> file : bundled.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        if (!kind.equals("one")) {
            StringBuilder index = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                index.append('v').append(i).append(i == 0 ? " -" : " 2019-%02d-01".formatted(i));
                if (kind.equals("same")) {
                    index.append(" - -");
                } else {
                    Path folder = Files.createDirectories(dir.resolve("v" + i));
                    String parameters = bundled.get("procedure.properties");
                    StringBuilder moved = new StringBuilder();
                    for (String line : parameters.split("\n")) {
                        if (line.startsWith(FIRST) || line.startsWith(LAST)) {
                            moved.append(line.replace("= 40 day-number", "= %d day-number".formatted(30 + i))).append('\n');
                        }
                    }
                    if (moved.isEmpty()) {
                        throw new IllegalStateException("procedure.properties no longer sets the second network meeting on day 40");
                    }
                    Files.writeString(folder.resolve("procedure.properties"), moved.toString(), StandardCharsets.UTF_8);
                }
                index.append('\n');
            }
            Files.writeString(dir.resolve("versions.index"), index.toString(), StandardCharsets.UTF_8);
        }
        long start = System.nanoTime();
        SosEngine engine = SosEngine.fromDirectory(dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.println(kind + ": " + engine.ruleSets().size() + " rule sets loaded in " + millis + " ms; heap in use after GC: " + used + " MB");
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
