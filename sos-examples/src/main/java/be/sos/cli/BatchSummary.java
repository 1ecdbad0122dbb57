package be.sos.cli;

import be.sos.rules.Evaluation;
import be.sos.rules.Finding;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What a {@code batch} did, counted while it runs: cases, bad lines, findings per severity and
 * per code. It shows progress on standard error while the batch runs (once a second, when asked),
 * prints a summary there at the end and can write it as JSON for tools; standard output is left to
 * the evaluations. Thread-safe: the workers count, one thread prints.
 */
final class BatchSummary {
    /** How many codes the summary on standard error names. */
    static final int TOP_CODES = 5;

    private final LongAdder cases = new LongAdder();
    private final LongAdder badLines = new LongAdder();
    private final Map<Severity, LongAdder> severities = new EnumMap<>(Severity.class);
    private final Map<String, LongAdder> codes = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();
    private final PrintWriter err;
    private final Words words;
    private final SosEngine engine;
    private final boolean terminal;
    private ScheduledExecutorService ticker;

    /**
     * @param err standard error
     * @param words the language of the progress and the summary
     * @param engine names the severities
     * @param terminal whether standard error is a terminal (progress overwrites its own line)
     */
    BatchSummary(PrintWriter err, Words words, SosEngine engine, boolean terminal) {
        this.err = err;
        this.words = words;
        this.engine = engine;
        this.terminal = terminal;
        for (Severity severity : Severity.values()) {
            severities.put(severity, new LongAdder());
        }
    }

    /** A case evaluated. */
    void evaluated(Evaluation evaluation) {
        cases.increment();
        for (Finding f : evaluation.findings()) {
            severities.get(f.severity()).increment();
            codes.computeIfAbsent(f.code(), c -> new LongAdder()).increment();
        }
    }

    /** A line that was not a valid case. */
    void bad() {
        cases.increment();
        badLines.increment();
    }

    /** Starts printing the progress once a second. */
    void showProgress() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sos-batch-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::printProgress, 1, 1, TimeUnit.SECONDS);
    }

    synchronized void printProgress() {
        String line = words.get("batch.progress", cases.sum(), perSecond(), badLines.sum());
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    private long perSecond() {
        double seconds = seconds();
        return seconds <= 0 ? 0 : Math.round(cases.sum() / seconds);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Stops the progress and prints the summary on standard error. */
    synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
            if (terminal) {
                err.print("\r" + " ".repeat(78) + "\r");
            }
        }
        err.println(words.get("batch.summary", cases.sum(), TextReport.decimal(seconds(), words), badLines.sum()));
        err.println("  " + words.get("batch.severities", severities.entrySet().stream()
                .map(e -> words.severity(engine, e.getKey()) + " " + e.getValue().sum())
                .collect(Collectors.joining(" · "))));
        List<Map.Entry<String, Long>> top = byCount();
        if (!top.isEmpty()) {
            err.println("  " + words.get("batch.topCodes", top.stream().limit(TOP_CODES)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "))));
        }
        err.flush();
    }

    /** The codes, most frequent first, then by code. */
    private List<Map.Entry<String, Long>> byCount() {
        return codes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    /**
     * The summary as JSON: {@code cases} (lines read, blank ones left out), {@code badLines},
     * {@code seconds}, {@code findings} per severity code and {@code codes}, every finding code
     * with its count, most frequent first.
     */
    String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("cases", cases.sum());
        root.put("badLines", badLines.sum());
        root.put("seconds", Math.round(seconds() * 10) / 10.0);
        ObjectNode findings = root.putObject("findings");
        severities.forEach((severity, count) -> findings.put(severity.name(), count.sum()));
        ObjectNode byCode = root.putObject("codes");
        byCount().forEach(e -> byCode.put(e.getKey(), e.getValue()));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #json()} to a file and says where on standard error. */
    void write(Path file) {
        Inputs.write("--summary", file, json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        err.println("sos: " + words.get("wrote.summary", file));
        err.flush();
    }

    /** Whether standard error is a terminal, as the launcher {@code bin/sos} tells ({@code -Dsos.stderr.terminal=true}). */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("sos.stderr.terminal");
    }
}
