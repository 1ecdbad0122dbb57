package be.sos.cli;

import be.sos.rules.SosEngine;
import be.sos.server.ServerOptions;
import be.sos.server.SosServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sos serve}: the engine as an HTTP service until the process is stopped. The routes are in
 * {@code GET /openapi.json} (docs/openapi.json).
 */
@Command(name = "serve", description = "Serves the engine over HTTP until stopped: POST /v1/evaluate, /v1/validate, "
        + "/v1/schedule, /v1/report; GET /v1/rules, /health, /openapi.json. POST /v1/rules/reload loads the rules of --rules again.")
final class ServeCommand implements Callable<Integer> {
    /** Released to stop a running {@code serve} of this JVM (tests; the process otherwise ends by a signal). */
    private static volatile CountDownLatch stop = new CountDownLatch(1);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    private String bind;

    @Mixin
    private RulesOption rules;

    @Mixin
    private Options.Lang lang;

    @Option(names = "--token-file", paramLabel = "FILE", description = "a file holding the bearer token that every route but /health needs")
    private Path tokenFile;

    @Override
    public Integer call() throws InterruptedException {
        Words words = Words.of(lang.locale());
        if (port < 0 || port > 65_535) {
            throw InputException.of("serve.port");
        }
        String token = tokenFile == null ? null : token(tokenFile);
        SosEngine engine = rules.engine();
        ServerOptions options = ServerOptions.DEFAULT.withAddress(bind, port).withRules(rules.path()).withToken(token);
        CountDownLatch stopped = stop;
        SosServer server;
        try {
            server = SosServer.start(engine, options, (evaluation, current, locale) -> ScheduleIcs.write(evaluation, current, Words.of(locale)));
        } catch (IllegalStateException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause().getCause() == null ? e.getCause() : e.getCause().getCause();
            throw InputException.of("serve.cannotListen", bind + ":" + port,
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        Thread hook = new Thread(server::close, "sos-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter err = spec.commandLine().getErr();
        if (token == null && !bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
            err.println("sos: " + words.get("serve.noToken"));
        }
        err.println("sos: " + words.get("serve.serving", "http://" + bind + ":" + server.port(), words.ruleSet(engine, engine.ruleSet().source()),
                engine.ruleSet().fingerprint().substring(0, 12)));
        err.flush();
        try {
            stopped.await();
        } finally {
            server.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        return 0;
    }

    /** Stops the running {@code serve} of this JVM, if any. */
    static void stopRunning() {
        CountDownLatch running = stop;
        stop = new CountDownLatch(1);
        running.countDown();
    }

    private static String token(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw InputException.of("serve.token", "--token-file " + file);
            }
            return token;
        } catch (NoSuchFileException e) {
            throw InputException.of("input.noSuchFile", "--token-file " + file);
        } catch (IOException e) {
            throw InputException.of("input.cannotRead", "--token-file " + file, e.getClass().getSimpleName());
        }
    }
}
