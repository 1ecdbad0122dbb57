package be.sos.server;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.json.Problem;
import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import be.sos.core.time.ProcedureCalendars;
import be.sos.report.CaseReport;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationJson;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.InvalidCaseArgumentException;
import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.SosEngine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.TimeoutHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/** The routes of {@link SosServer}: what each answers, and every error as JSON. */
final class Routes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Set<String> QUERY = Set.of("today", "lang", "calendar");
    private static final String OPENAPI = openapi();

    private final Vertx vertx;
    private final SosEngine engine;
    private final ServerOptions options;
    private final CalendarWriter calendar;
    private final WorkerExecutor workers;
    private final byte[] token;
    private final AtomicInteger inFlight = new AtomicInteger();

    Routes(Vertx vertx, SosEngine engine, ServerOptions options, CalendarWriter calendar, WorkerExecutor workers) {
        this.vertx = vertx;
        this.engine = engine;
        this.options = options;
        this.calendar = calendar;
        this.workers = workers;
        this.token = options.token() == null ? null : ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
    }

    /** A served answer. */
    private record Answer(int status, String type, Buffer body) {
        static Answer json(int status, String text) {
            return new Answer(status, JSON_TYPE, Buffer.buffer(text, "UTF-8"));
        }
    }

    /** An answer that is an error, thrown inside a request's work. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Answer answer;

        Refused(Answer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    Router router() {
        Router router = Router.router(vertx);
        router.route().handler(TimeoutHandler.create(options.requestTimeout().toMillis(), 503));
        router.get("/health").handler(ctx -> send(ctx, Answer.json(200, "{\"status\":\"ok\"}\n")));
        router.route().handler(this::authorize);
        router.get("/openapi.json").handler(ctx -> send(ctx, Answer.json(200, OPENAPI)));
        router.get("/v1/rules").handler(ctx -> send(ctx, Answer.json(200, rules(engine.ruleSet(), engine.ruleIds()))));
        router.post("/v1/rules/reload").handler(this::reload);
        router.post("/v1/evaluate").handler(body((ctx, text) -> work(ctx, () -> evaluate(ctx, text))));
        router.post("/v1/validate").handler(body((ctx, text) -> work(ctx, () -> validate(text))));
        router.post("/v1/schedule").handler(body((ctx, text) -> work(ctx, () -> schedule(ctx, text))));
        router.post("/v1/report").handler(body((ctx, text) -> work(ctx, () -> report(ctx, text))));
        router.errorHandler(404, ctx -> send(ctx, error(404, "no such route; the routes are in GET /openapi.json")));
        router.errorHandler(405, ctx -> send(ctx, error(405, "method not allowed on this route")));
        router.errorHandler(503, ctx -> send(ctx, error(503, "the request took longer than "
                + options.requestTimeout().toSeconds() + " s")));
        router.errorHandler(500, ctx -> send(ctx, error(500, "internal error ("
                + (ctx.failure() == null ? "unknown" : ctx.failure().getClass().getSimpleName()) + "); please report it")));
        return router;
    }

    private void authorize(RoutingContext ctx) {
        if (token != null) {
            String given = ctx.request().getHeader("Authorization");
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                send(ctx, error(401, "a valid bearer token is required (Authorization: Bearer ...)"));
                return;
            }
        }
        ctx.next();
    }

    /** Reads the body, within the size limit, then hands it on as text; 415 for a body that is not JSON. */
    private Handler<RoutingContext> body(BiConsumer<RoutingContext, String> then) {
        return ctx -> {
            HttpServerRequest request = ctx.request();
            if (!json(request.getHeader("Content-Type"))) {
                send(ctx, error(415, "expected a case as JSON (Content-Type: application/json)"));
                return;
            }
            String declared = request.getHeader("Content-Length");
            if (declared != null && tooLarge(declared)) {
                send(ctx, tooLarge());
                return;
            }
            Buffer body = Buffer.buffer();
            boolean[] over = {false};
            request.handler(chunk -> {
                if (!over[0] && body.length() + chunk.length() > options.maxBodyBytes()) {
                    over[0] = true;
                    send(ctx, tooLarge());
                } else if (!over[0]) {
                    body.appendBuffer(chunk);
                }
            });
            request.exceptionHandler(e -> over[0] = true);
            request.endHandler(v -> {
                if (!over[0] && !ctx.response().ended()) {
                    then.accept(ctx, body.toString(StandardCharsets.UTF_8));
                }
            });
            request.resume();
        };
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > options.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Answer tooLarge() {
        return error(413, "the body is larger than " + options.maxBodyBytes() + " bytes");
    }

    /**
     * JSON, or no type, or the form type that {@code curl --data} sends when not told another: the body
     * is read as JSON all the same.
     */
    private static boolean json(String type) {
        if (type == null) {
            return true;
        }
        String base = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || base.equals("application/x-www-form-urlencoded");
    }

    /** Runs a request's work on the evaluation threads, at most the limit at once, and answers. */
    private void work(RoutingContext ctx, Callable<Answer> task) {
        if (inFlight.incrementAndGet() > options.maxConcurrent() + options.maxQueued()) {
            inFlight.decrementAndGet();
            ctx.response().putHeader("Retry-After", "1");
            send(ctx, error(503, "busy: too many evaluations at once; try again"));
            return;
        }
        workers.<Answer>executeBlocking(() -> {
            try {
                return task.call();
            } catch (Refused r) {
                return r.answer;
            }
        }, false).onComplete(result -> {
            inFlight.decrementAndGet();
            if (result.succeeded()) {
                send(ctx, result.result());
            } else {
                send(ctx, failed(result.cause()));
            }
        });
    }

    private static Answer failed(Throwable e) {
        if (e instanceof EvaluationException) {
            return error(500, "the rules failed: " + e.getMessage());
        }
        return error(500, "internal error (" + e.getClass().getSimpleName() + "); please report it");
    }

    private Answer evaluate(RoutingContext ctx, String body) {
        Asked asked = asked(ctx);
        Evaluation evaluation = evaluate(readCase(body), asked);
        return Answer.json(200, EvaluationJson.writePretty(evaluation) + "\n");
    }

    private Answer validate(String body) {
        List<Problem> problems;
        try {
            problems = CaseJson.validate(CaseJson.read(body));
        } catch (InvalidCaseException e) {
            problems = e.problems();
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("valid", problems.isEmpty());
        ArrayNode list = out.putArray("problems");
        for (Problem p : problems) {
            list.addObject().put("path", p.path()).put("line", p.line()).put("column", p.column())
                    .put("message", p.message()).put("text", p.toString());
        }
        return Answer.json(200, pretty(out));
    }

    private Answer schedule(RoutingContext ctx, String body) {
        Asked asked = asked(ctx);
        String accept = ctx.request().getHeader("Accept");
        boolean ics = accept != null && accept.toLowerCase(Locale.ROOT).contains("text/calendar");
        if (ics && calendar == null) {
            return error(406, "this server offers the schedule as application/json only");
        }
        Evaluation evaluation = evaluate(readCase(body), asked);
        if (ics) {
            byte[] file = calendar.write(evaluation, engine, asked.options.locale());
            return new Answer(200, "text/calendar; charset=utf-8", Buffer.buffer(file));
        }
        try {
            JsonNode all = JSON.readTree(EvaluationJson.writeBytes(evaluation));
            ObjectNode out = JSON.createObjectNode();
            for (String field : List.of("caseId", "today", "day", "rules", "calendar", "schedule")) {
                out.set(field, all.get(field));
            }
            return Answer.json(200, pretty(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer report(RoutingContext ctx, String body) {
        Asked asked = asked(ctx);
        Case c = readCase(body);
        String html = CaseReport.html(c, evaluate(c, asked), asked.options.locale());
        return new Answer(200, "text/html; charset=utf-8", Buffer.buffer(html, "UTF-8"));
    }

    private Evaluation evaluate(Case c, Asked asked) {
        try {
            return engine.evaluate(c, asked.today, asked.options);
        } catch (InvalidCaseArgumentException e) {
            throw new Refused(problems(e.getMessage(), e.problems()));
        }
    }

    private static Case readCase(String body) {
        try {
            return CaseJson.read(body);
        } catch (InvalidCaseException e) {
            throw new Refused(problems(e.getMessage(), e.problems()));
        }
    }

    private void reload(RoutingContext ctx) {
        if (options.rules() == null) {
            send(ctx, error(409, "the server runs the bundled rules; start it with --rules DIR to reload them"));
            return;
        }
        vertx.<Answer>executeBlocking(() -> {
            try {
                engine.reload(options.rules());
                return Answer.json(200, rules(engine.ruleSet(), engine.ruleIds()));
            } catch (RuleSetException e) {
                ObjectNode out = JSON.createObjectNode();
                out.put("error", "the rule files have problems; the running rules stay");
                ArrayNode list = out.putArray("problems");
                e.problems().stream().map(RuleProblem::toString).forEach(list::add);
                return Answer.json(422, pretty(out));
            } catch (IOException e) {
                return error(500, "the rule directory cannot be read (" + e.getClass().getSimpleName() + "); the running rules stay");
            }
        }, false).onComplete(result -> send(ctx, result.succeeded() ? result.result() : failed(result.cause())));
    }

    /** The query parameters: the day, the language and the calendar, as the command line's options. */
    private record Asked(LocalDate today, EvaluationOptions options) {}

    private static Asked asked(RoutingContext ctx) {
        Set<String> unknown = new TreeSet<>(ctx.queryParams().names());
        unknown.removeAll(QUERY);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw new Refused(error(400, "unknown query parameter" + (name.matches("[A-Za-z0-9_]{1,40}") ? " '" + name + "'" : "")
                    + "; known: calendar, lang, today"));
        }
        LocalDate today = LocalDate.now();
        String day = ctx.queryParams().get("today");
        if (day != null) {
            try {
                today = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new Refused(error(400, "today: expected a date as YYYY-MM-DD"));
            }
        }
        String lang = ctx.queryParams().get("lang");
        Locale locale = switch (lang == null ? "nl" : lang) {
            case "nl", "en" -> Locale.forLanguageTag(lang == null ? "nl" : lang);
            default -> throw new Refused(error(400, "lang: expected nl or en"));
        };
        String name = ctx.queryParams().get("calendar");
        ProcedureCalendar procedureCalendar = ProcedureCalendars.byName(name == null ? "calendar" : name).orElseThrow(() ->
                new Refused(error(400, "calendar: unknown calendar; expected one of " + String.join(", ", ProcedureCalendars.names()))));
        return new Asked(today, EvaluationOptions.DEFAULT.withLocale(locale).withCalendar(procedureCalendar));
    }

    private static String rules(RuleSetInfo info, List<String> ids) {
        ObjectNode out = JSON.createObjectNode();
        out.put("source", info.source());
        out.put("fingerprint", info.fingerprint());
        ArrayNode list = out.putArray("rules");
        ids.forEach(list::add);
        return pretty(out);
    }

    private static Answer error(int status, String message) {
        return problems(status, message, List.of(message));
    }

    private static Answer problems(String message, List<Problem> problems) {
        return problems(400, message, problems.stream().map(Problem::toString).toList());
    }

    private static Answer problems(int status, String message, List<String> problems) {
        ObjectNode out = JSON.createObjectNode();
        out.put("error", message);
        ArrayNode list = out.putArray("problems");
        problems.forEach(list::add);
        return Answer.json(status, pretty(out));
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(RoutingContext ctx, Answer answer) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (answer.type().startsWith("text/html")) {
            // the report is one page with inline CSS and SVG: nothing to fetch, no scripts
            response.putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        }
        response.setStatusCode(answer.status())
                .putHeader("Content-Type", answer.type())
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Cache-Control", "no-store")
                .end(answer.body());
    }

    private static String openapi() {
        try (InputStream in = Routes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the library");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
