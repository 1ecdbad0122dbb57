package be.sos.server;

import be.sos.rules.SosEngine;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The engine as an HTTP service ({@code sos serve}), on Vert.x: case JSON in, evaluation JSON,
 * schedules, problems and reports out. The routes and their answers are described in the OpenAPI 3
 * document that {@code GET /openapi.json} returns.
 *
 * <p>Evaluations run on a pool of worker threads of their own, never on the event loop; bodies,
 * request time and waiting evaluations are limited ({@link ServerOptions}). Errors are JSON,
 * {@code {"error": ..., "problems": [...]}}, with the command line's one-line messages; no answer
 * holds a stack trace and nothing the server logs holds a value of a case.
 */
public final class SosServer implements AutoCloseable {
    private final Vertx vertx;
    private final WorkerExecutor workers;
    private final HttpServer http;

    private SosServer(Vertx vertx, WorkerExecutor workers, HttpServer http) {
        this.vertx = vertx;
        this.workers = workers;
        this.http = http;
    }

    /**
     * Starts a server on the engine and waits until it listens.
     *
     * @param engine the engine, shared by every request; a reload swaps its rules
     * @param options where to listen and the limits
     * @param calendar writes {@code text/calendar} schedules, or null to answer 406 to them
     * @return the running server
     * @throws IllegalStateException when it cannot listen (the port is taken, for example)
     */
    public static SosServer start(SosEngine engine, ServerOptions options, CalendarWriter calendar) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(options, "options");
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()))));
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("sos-evaluations", options.maxConcurrent(),
                options.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        Routes routes = new Routes(vertx, engine, options, calendar, workers);
        HttpServerOptions http = new HttpServerOptions()
                .setHost(options.bind())
                .setPort(options.port())
                .setHandle100ContinueAutomatically(true)
                .setMaxInitialLineLength(8192)
                .setMaxHeaderSize(16_384);
        try {
            HttpServer server = vertx.createHttpServer(http).requestHandler(routes.router())
                    .listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return new SosServer(vertx, workers, server);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot listen on " + options.bind() + ":" + options.port() + " ("
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    /** The port it listens on (the one chosen when the options asked for 0). */
    public int port() {
        return http.actualPort();
    }

    /** Stops listening, lets running requests go, and frees the threads. */
    @Override
    public void close() {
        try {
            http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            workers.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
