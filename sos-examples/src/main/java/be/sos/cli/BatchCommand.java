package be.sos.cli;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationJson;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sos batch CASES.jsonl}: one evaluation JSON per input line, in input order, streaming.
 * Lines are evaluated on every core; at most a fixed number are in flight, so memory stays flat
 * whatever the input's length. A bad line gives {@code {"line": N, "error": "..."}} and the batch
 * goes on; the exit code is 2 at the end if any line was bad.
 */
@Command(name = "batch", description = "Evaluates one case per input line (JSON lines); writes one evaluation per line, in order.")
final class BatchCommand implements Callable<Integer> {
    /** Lines in flight per worker thread: enough to keep the cores busy, few enough to keep memory flat. */
    private static final int IN_FLIGHT_PER_THREAD = 64;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @picocli.CommandLine.ParentCommand
    private Sos sos;

    @Parameters(index = "0", paramLabel = "CASES.jsonl", descriptionKey = "cases", description = "one case per line; - for standard input")
    private String input;

    @Option(names = "--rules", paramLabel = "DIR", description = "an edited rule directory (default: the bundled rules)")
    private Path rules;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    private Integer threads;

    @Mixin
    private PortfolioOption portfolio;

    @Option(names = "--progress", description = "show the progress on standard error (default: when it is a terminal)")
    private boolean progress;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "also write the summary as JSON")
    private Path summaryFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        EvaluationOptions options = portfolio.apply(this.day.options());
        Words words = Words.of(options.locale());
        SosEngine engine = Inputs.engine(rules);
        LocalDate today = this.day.today();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw InputException.of("input.threads");
        }
        BatchSummary summary = new BatchSummary(spec.commandLine().getErr(), words, engine, BatchSummary.stderrIsTerminal());
        if (progress || BatchSummary.stderrIsTerminal()) {
            summary.showProgress();
        }
        spec.commandLine().getOut().flush();
        // Workers encode their lines to UTF-8 in parallel; this thread only writes bytes in order.
        OutputStream out = new BufferedOutputStream(sos.bytesOut(), 1 << 16);
        AtomicBoolean bad = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sos-batch");
            t.setDaemon(true);
            return t;
        });
        try (BufferedReader reader = open()) {
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            int limit = workers * IN_FLIGHT_PER_THREAD;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                int lineNumber = ++number;
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                inFlight.add(pool.submit(() -> evaluate(engine, text, lineNumber, today, options, bad, summary, words)));
                if (inFlight.size() >= limit) {
                    out.write(take(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                out.write(take(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        summary.finish();
        if (summaryFile != null) {
            summary.write(summaryFile);
        }
        return bad.get() ? Sos.INPUT : 0;
    }

    private BufferedReader open() throws IOException {
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        }
        try {
            InputStream in = Files.newInputStream(Path.of(input));
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw InputException.of("input.noSuchFile", input);
        }
    }

    /** One output line, newline included, in UTF-8. */
    private static byte[] evaluate(SosEngine engine, String line, int number, LocalDate today, EvaluationOptions options,
                                   AtomicBoolean bad, BatchSummary summary, Words words) {
        try {
            Evaluation evaluation = engine.evaluate(CaseJson.read(line), today, options);
            summary.evaluated(evaluation);
            byte[] json = EvaluationJson.writeBytes(evaluation);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (InvalidCaseException e) {
            bad.set(true);
            summary.bad();
            return error(number, String.join("; ", Inputs.problems("", e.problems(), words)));
        } catch (EvaluationException e) {
            bad.set(true);
            summary.bad();
            return error(number, words.get("error.rules", e.getMessage()));
        }
    }

    private static byte[] error(int line, String message) {
        return ("{\"line\":" + line + ",\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] take(Future<byte[]> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }
}
