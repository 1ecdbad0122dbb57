package be.sos.cli;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationJson;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos batch CASES.jsonl}: one evaluation JSON per input line, in input order, streaming.
 * Lines are evaluated on every core; at most a fixed number of lines, and of characters, are in
 * flight, so memory stays flat whatever the input's length. Each output line is written, and
 * flushed, as soon as it and every line before it are done, so that a host can keep one process
 * open and talk to it line by line through {@code batch -}. A line is at most
 * {@value CaseJson#MAX_DOCUMENT_CHARS} characters, checked while reading: a longer one is skipped
 * without being kept. A bad line gives {@code {"line": N, "error": "..."}} and the batch goes on;
 * the exit code is 2 at the end if any line was bad, 4 if a line met an internal error.
 */
@Command(name = "batch", description = "Evaluates one case per input line (JSON lines); writes one evaluation per line, in order.")
final class BatchCommand implements Callable<Integer> {
    /**
     * Lines handed to a worker at once: one hand-off between threads per sixteen lines rather than
     * per line. Fewer when no more input is at hand, so that a host talking to {@code batch -} line
     * by line gets each answer at once.
     */
    private static final int LINES_PER_TASK = 16;
    /** Tasks in flight per worker thread: 64 lines, enough to keep the cores busy, few enough to keep memory flat. */
    private static final int TASKS_IN_FLIGHT_PER_THREAD = 4;
    /** Characters of input in flight at most, whatever the lines' lengths: 16 lines at the limit. */
    private static final int CHARS_IN_FLIGHT = 16 * CaseJson.MAX_DOCUMENT_CHARS;
    /** Stands for the end of the input in the queue of results. */
    private static final Future<byte[][]> END = CompletableFuture.completedFuture(new byte[0][]);

    @Spec
    private CommandSpec spec;

    @Mixin
    private DayOptions day;

    @picocli.CommandLine.ParentCommand
    private Sos sos;

    @Parameters(index = "0", paramLabel = "CASES.jsonl", descriptionKey = "cases", description = "one case per line; - for standard input")
    private String input;

    @Mixin
    private RulesOption rules;

    @Mixin
    private Options.Threads threads;

    @Mixin
    private Options.Format format;

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
        // JSON lines are the one format of a batch: --format json is taken, as evaluate takes it
        format.chosen("json");
        SosEngine engine = rules.engine();
        LocalDate today = this.day.today();
        int workers = threads.workers();
        BatchSummary summary = new BatchSummary(spec.commandLine().getErr(), words, engine, BatchSummary.stderrIsTerminal());
        if (progress || BatchSummary.stderrIsTerminal()) {
            summary.showProgress();
        }
        spec.commandLine().getOut().flush();
        AtomicBoolean bad = new AtomicBoolean();
        AtomicBoolean internal = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sos-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<byte[][]>> results = new ArrayBlockingQueue<>(workers * TASKS_IN_FLIGHT_PER_THREAD);
        Semaphore chars = new Semaphore(CHARS_IN_FLIGHT);
        // Workers encode their lines to UTF-8 in parallel; the writer only writes bytes, in order.
        Writer writer = new Writer(results, new BufferedOutputStream(sos.bytesOut(), 1 << 16));
        writer.start();
        // One output line for each input line that is not blank
        Function<BoundedLines.Line, byte[]> answer = line -> {
            if (line.tooLong()) {
                bad.set(true);
                summary.bad();
                return error(line.number(), words.get("batch.tooLong", CaseJson.MAX_DOCUMENT_CHARS));
            }
            return evaluate(engine, line.text(), line.number(), today, options, bad, internal, summary, words);
        };
        IOException unreadable = null;
        // A task's lines: at most LINES_PER_TASK, and at most one line at the limit's worth of characters.
        List<BoundedLines.Line> task = new ArrayList<>(LINES_PER_TASK);
        int taskChars = 0;
        try (BoundedLines lines = open()) {
            while (writer.failure.get() == null) {
                BoundedLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    unreadable = e;
                    break;
                }
                if (line == null) {
                    break;
                }
                if (line.tooLong() || !line.text().isBlank()) {
                    int size = line.tooLong() ? 1 : Math.max(line.text().length(), 1);
                    if (taskChars + size > CaseJson.MAX_DOCUMENT_CHARS && !task.isEmpty()) {
                        submit(task, taskChars, chars, results, pool, answer);
                        task = new ArrayList<>(LINES_PER_TASK);
                        taskChars = 0;
                    }
                    task.add(line);
                    taskChars += size;
                }
                if (!task.isEmpty() && (task.size() == LINES_PER_TASK || !lines.ready())) {
                    submit(task, taskChars, chars, results, pool, answer);
                    task = new ArrayList<>(LINES_PER_TASK);
                    taskChars = 0;
                }
            }
        } finally {
            try {
                // the lines read before the input ended or failed are evaluated and written
                if (!task.isEmpty()) {
                    submit(task, taskChars, chars, results, pool, answer);
                }
            } finally {
                results.put(END);
                writer.join();
                pool.shutdownNow();
            }
        }
        Exception failure = writer.failure.get();
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (unreadable != null) {
            throw InputException.of("batch.unreadable", input, unreadable.getClass().getSimpleName());
        }
        summary.finish();
        if (summaryFile != null) {
            summary.write(summaryFile);
        }
        return internal.get() ? Sos.INTERNAL : bad.get() ? Sos.INPUT : 0;
    }

    /** Hands a task's lines to the workers, once its characters fit in what may be in flight. */
    private static void submit(List<BoundedLines.Line> task, int taskChars, Semaphore chars, BlockingQueue<Future<byte[][]>> results,
                               ExecutorService pool, Function<BoundedLines.Line, byte[]> answer) throws InterruptedException {
        chars.acquire(taskChars);
        results.put(pool.submit(() -> {
            try {
                byte[][] out = new byte[task.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = answer.apply(task.get(i));
                }
                return out;
            } finally {
                chars.release(taskChars);
            }
        }));
    }

    /** Writes the results in input order, flushing whenever the next one is not done yet. */
    private static final class Writer extends Thread {
        private final BlockingQueue<Future<byte[][]>> results;
        private final OutputStream out;
        /** Why the writer stopped writing: the output failed, or a worker met an Error. */
        final AtomicReference<Exception> failure = new AtomicReference<>();

        Writer(BlockingQueue<Future<byte[][]>> results, OutputStream out) {
            super("sos-batch-writer");
            setDaemon(true);
            this.results = results;
            this.out = out;
        }

        @Override
        public void run() {
            try {
                for (Future<byte[][]> next = results.take(); next != END; next = results.take()) {
                    if (failure.get() != null) {
                        continue; // the output is gone: take what is left, so that the reader is not held up
                    }
                    try {
                        for (byte[] line : take(next)) {
                            out.write(line);
                        }
                        Future<byte[][]> after = results.peek();
                        if (after == null || after == END || !after.isDone()) {
                            out.flush();
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.set(e);
                    }
                }
                if (failure.get() == null) {
                    out.flush();
                }
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private BoundedLines open() {
        if (input.equals("-")) {
            return lines(sos.stdin());
        }
        Path file = Path.of(input);
        if (Files.isDirectory(file)) {
            throw InputException.of("input.isDirectory", input);
        }
        try {
            return lines(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw InputException.of("input.noSuchFile", input);
        } catch (AccessDeniedException e) {
            throw InputException.of("input.cannotRead", input, "AccessDeniedException");
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", input, e.getClass().getSimpleName());
        }
    }

    private static BoundedLines lines(InputStream in) {
        return new BoundedLines(new InputStreamReader(in, StandardCharsets.UTF_8), CaseJson.MAX_DOCUMENT_CHARS);
    }

    /** One output line, newline included, in UTF-8. */
    private static byte[] evaluate(SosEngine engine, String line, int number, LocalDate today, EvaluationOptions options,
                                   AtomicBoolean bad, AtomicBoolean internal, BatchSummary summary, Words words) {
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
            return error(number, Inputs.problemsOnOneLine(e.problems(), words));
        } catch (EvaluationException e) {
            bad.set(true);
            summary.bad();
            return error(number, words.get("error.rules", e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // one line's failure is that line's: the batch goes on, and ends with exit code 4
            internal.set(true);
            summary.bad();
            return error(number, words.get("error.internal", e.getClass().getSimpleName()));
        }
    }

    private static byte[] error(int line, String message) {
        return ("{\"line\":" + line + ",\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[][] take(Future<byte[][]> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            // evaluate() turns every failure of a line into an error line; only an Error gets here
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }
}
