package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code batch -} as a host uses it: one process kept open, one line written, its answer read,
 * then the next line, through a pipe that stays open in between.
 */
class BatchStreamingTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    /** Standard input that stays open: it gives what was written, and blocks for more until closed. */
    static final class OpenPipe extends InputStream {
        private static final byte[] CLOSED = new byte[0];
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int at;
        private boolean closed;

        void write(String text) {
            chunks.add(text.getBytes(StandardCharsets.UTF_8));
        }

        void closeWriting() {
            chunks.add(CLOSED);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (at == current.length) {
                if (closed) {
                    return -1;
                }
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                at = 0;
                if (current == CLOSED) {
                    closed = true;
                }
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - at;
        }
    }

    /** Standard output whose lines can be taken one by one as they are flushed. */
    static final class Lines extends OutputStream {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final ByteArrayOutputStream unflushed = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            unflushed.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            unflushed.write(b, off, len);
        }

        /** Only flushed bytes count as written: a line the tool did not flush is not seen. */
        @Override
        public synchronized void flush() {
            byte[] bytes = unflushed.toByteArray();
            unflushed.reset();
            for (byte b : bytes) {
                if (b == '\n') {
                    lines.add(pending.toString(StandardCharsets.UTF_8));
                    pending.reset();
                } else {
                    pending.write(b);
                }
            }
        }

        String next() throws InterruptedException {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("an answer to the line just written, before the next is written").isNotNull();
            return line;
        }
    }

    @Test
    void each_answer_is_written_and_flushed_before_the_next_line_comes_in() throws Exception {
        List<Case> cases = CaseGenerator.cases(5, 3).toList();
        SosEngine engine = SosEngine.bundled();
        OpenPipe in = new OpenPipe();
        Lines out = new Lines();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutorService tool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = tool.submit(() -> Sos.run(in, new PrintStream(out, false, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), "batch", "-", "--today", TODAY.toString(), "--threads", "2"));

            in.write(CaseJson.write(cases.get(0)) + "\n");
            assertThat(out.next()).isEqualTo(EvaluationJson.write(engine.evaluate(cases.get(0), TODAY)));

            // a bad line is answered too, and the process goes on
            in.write("{\"schemaVersion\": 1, \"id\": \"x\"}\n");
            assertThat(out.next()).startsWith("{\"line\":2,\"error\":\"$.office: ontbreekt");

            in.write(CaseJson.write(cases.get(1)) + "\r\n");
            assertThat(out.next()).isEqualTo(EvaluationJson.write(engine.evaluate(cases.get(1), TODAY)));

            // two lines at once: two answers, in order
            in.write(CaseJson.write(cases.get(2)) + "\n" + CaseJson.write(cases.get(0)) + "\n");
            assertThat(out.next()).isEqualTo(EvaluationJson.write(engine.evaluate(cases.get(2), TODAY)));
            assertThat(out.next()).isEqualTo(EvaluationJson.write(engine.evaluate(cases.get(0), TODAY)));

            assertThat(code.isDone()).as("the tool waits for more input").isFalse();
            in.closeWriting();
            assertThat(code.get(60, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(out.lines).isEmpty();
            // standard error holds only the closing summary
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sos batch: 5 dossiers").doesNotContain("Exception");
        } finally {
            tool.shutdownNow();
        }
    }
}
