package be.sos.benchmarks;

import be.sos.core.json.CaseJson;
import be.sos.core.model.Case;
import be.sos.rules.EvaluationJson;
import be.sos.rules.SosEngine;
import be.sos.server.ServerOptions;
import be.sos.server.SosServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluations per second over HTTP ({@code sos serve}, {@code POST /v1/evaluate}, case JSON in and
 * evaluation JSON out, 8 clients on keep-alive connections) against the same work in process (read
 * the case JSON, evaluate, write the evaluation JSON, on as many threads as there are clients: on a
 * machine shared with other work the scheduler shares the cores out by thread), in one JVM so that
 * both see the same machine. A whole-process measurement, not a JMH benchmark:
 * {@code java -cp sos-benchmarks/target/benchmarks.jar be.sos.benchmarks.ServeThroughput [SECONDS]}.
 */
public final class ServeThroughput {
    private static final int CLIENTS = 8;

    private ServeThroughput() {}

    /** Runs both measurements in turn, twice, {@code args[0]} seconds each (default 20), after a warm-up, and prints them. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Case> cases = Fixtures.generated();
        LocalDate[] days = Fixtures.generatedDays(cases);
        List<String> bodies = cases.stream().map(CaseJson::write).toList();
        SosEngine engine = SosEngine.bundled();
        int cores = Runtime.getRuntime().availableProcessors();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        Work inProcess = i -> EvaluationJson.writeBytes(engine.evaluate(CaseJson.read(bodies.get(i)), days[i])).length;
        try (SosServer server = SosServer.start(engine, ServerOptions.DEFAULT.withAddress("127.0.0.1", 0), null)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port() + "/v1/evaluate?today=";
            Work overHttp = i -> {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + days[i]))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
                return response.body().length;
            };
            // warm both up, then measure them in turn, twice, so that a change in the machine's load shows
            run(inProcess, CLIENTS, Math.max(2, seconds / 2));
            run(overHttp, CLIENTS, Math.max(2, seconds / 2));
            double[] local = new double[2];
            double[] http = new double[2];
            for (int round = 0; round < 2; round++) {
                local[round] = run(inProcess, CLIENTS, seconds);
                http[round] = run(overHttp, CLIENTS, seconds);
            }
            System.out.printf(Locale.ROOT, "cores %d, load average before %.2f, after %.2f%n", cores, loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (int round = 0; round < 2; round++) {
                System.out.printf(Locale.ROOT, "round %d: in process (%d threads) %.0f evaluations/s, over HTTP (%d clients) %.0f"
                        + " evaluations/s (%.0f %% of in process)%n", round + 1, CLIENTS, local[round], CLIENTS, http[round],
                        100 * http[round] / local[round]);
            }
        }
    }

    /** One unit of work on case {@code i}: the bytes of its evaluation. */
    private interface Work {
        int on(int i) throws Exception;
    }

    /** Evaluations per second of {@code threads} threads doing {@code work} for {@code seconds}. */
    private static double run(Work work, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                int count = 0;
                while (System.nanoTime() < end) {
                    work.on(next.getAndIncrement() & (Fixtures.GENERATED - 1));
                    count++;
                }
                return count;
            }));
        }
        long total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }
}
