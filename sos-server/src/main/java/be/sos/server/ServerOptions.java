package be.sos.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SosServer} listens and what it allows. Immutable; the "with" methods return new options.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} by default: this machine only)
 * @param port the port, or 0 for any free one
 * @param rules the rule directory that {@code POST /v1/rules/reload} loads again, or null for the bundled rules
 * @param token the bearer token every route but {@code /health} needs, or null for none
 * @param maxBodyBytes the largest request body; a larger one gets 413
 * @param requestTimeout the longest a request may take; a slower one gets 503
 * @param maxConcurrent how many evaluations run at once, on threads of their own (never on the event loop)
 * @param maxQueued how many more wait for a thread; beyond that a request gets 503 at once
 */
public record ServerOptions(String bind, int port, Path rules, String token, int maxBodyBytes, Duration requestTimeout,
                            int maxConcurrent, int maxQueued) {
    /** Port 8080 on 127.0.0.1, the bundled rules, no token, 2 MB bodies, 30 s, one evaluation per core, 64 waiting. */
    public static final ServerOptions DEFAULT = new ServerOptions("127.0.0.1", 8080, null, null, 2_000_000,
            Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors(), 64);

    /** Checks the options. */
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port: expected 0 to 65535");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token: must not be blank");
        }
        if (maxBodyBytes < 1 || maxConcurrent < 1 || maxQueued < 0 || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("limits: expected positive values");
        }
    }

    /** These options on another address and port. */
    public ServerOptions withAddress(String bindTo, int onPort) {
        return new ServerOptions(bindTo, onPort, rules, token, maxBodyBytes, requestTimeout, maxConcurrent, maxQueued);
    }

    /** These options with the rule directory that a reload loads. */
    public ServerOptions withRules(Path directory) {
        return new ServerOptions(bind, port, directory, token, maxBodyBytes, requestTimeout, maxConcurrent, maxQueued);
    }

    /** These options with a bearer token. */
    public ServerOptions withToken(String value) {
        return new ServerOptions(bind, port, rules, value, maxBodyBytes, requestTimeout, maxConcurrent, maxQueued);
    }

    /** These options with other limits. */
    public ServerOptions withLimits(int bodyBytes, Duration timeout, int concurrent, int queued) {
        return new ServerOptions(bind, port, rules, token, bodyBytes, timeout, concurrent, queued);
    }

    @Override
    public String toString() {
        // never the token
        return "ServerOptions[" + bind + ":" + port + ", rules=" + (rules == null ? "bundled" : rules)
                + ", token=" + (token == null ? "none" : "set") + "]";
    }
}
