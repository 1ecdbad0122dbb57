package be.sos.server;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.report.CaseReport;
import be.sos.rules.EvaluationJson;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on a free port, asked by a real HTTP client: every route and every error status. */
class SosServerTest {
    private static final String TOKEN = "s3cret-token-for-tests";
    private static final LocalDate DAY = LocalDate.of(2019, 2, 1);
    private static final ConcurrentLinkedQueue<String> LOGGED = new ConcurrentLinkedQueue<>();

    private static SosEngine engine;
    private static SosServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.JULLogDelegateFactory");
        Logger.getLogger("").addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                LOGGED.add(String.valueOf(record.getMessage()) + " " + String.valueOf(record.getThrown()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        engine = SosEngine.bundled();
        server = SosServer.start(engine, ServerOptions.DEFAULT.withAddress("127.0.0.1", 0).withToken(TOKEN)
                        .withLimits(300_000, Duration.ofSeconds(20), 2, 64),
                (evaluation, current, locale) -> ("BEGIN:VCALENDAR " + evaluation.caseId() + " " + evaluation.schedule().size()
                        + " " + current.label("subject." + evaluation.schedule().get(0).milestone(), locale).orElseThrow())
                        .getBytes(StandardCharsets.UTF_8));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(SosServer on, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(server, "POST", path, body, "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
    }

    private static String gent() {
        return CaseJson.write(PilotCases.gent());
    }

    @Test
    void evaluate_returns_the_evaluation_json_of_the_day_language_and_calendar_asked() throws Exception {
        HttpResponse<String> response = post("/v1/evaluate?today=2019-02-01&lang=en&calendar=be-working-days", gent());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH)
                .withCalendar(be.sos.core.time.ProcedureCalendars.byName("be-working-days").orElseThrow());
        assertThat(response.body()).isEqualTo(EvaluationJson.writePretty(engine.evaluate(PilotCases.gent(), DAY, options)) + "\n");
    }

    @Test
    void evaluate_defaults_to_dutch_and_calendar_days() throws Exception {
        HttpResponse<String> response = post("/v1/evaluate?today=2019-02-01", gent());
        assertThat(response.body()).isEqualTo(EvaluationJson.writePretty(engine.evaluate(PilotCases.gent(), DAY)) + "\n");
    }

    @Test
    void the_form_type_curl_sends_by_default_is_read_as_json() throws Exception {
        HttpResponse<String> response = send(server, "POST", "/v1/evaluate?today=2019-02-01", gent(),
                "Authorization", "Bearer " + TOKEN, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(EvaluationJson.writePretty(engine.evaluate(PilotCases.gent(), DAY)) + "\n");
    }

    @Test
    void an_invalid_case_gets_400_with_the_readers_one_line_messages_and_never_its_values() throws Exception {
        String json = gent().replaceFirst("\"birthDate\":\"[0-9-]+\"", "\"birthDate\":\"Marie Jansens\"");
        String expected;
        try {
            CaseJson.read(json);
            throw new AssertionError("the case should not read");
        } catch (InvalidCaseException e) {
            expected = e.getMessage();
        }

        HttpResponse<String> response = post("/v1/evaluate?today=2019-02-01", json);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\" : \"" + expected.replace("\"", "\\\"") + "\"")
                .contains("birthDate").doesNotContain("Marie", "Jansens", "Exception", "\tat ");
        assertThat(String.join("\n", LOGGED)).doesNotContain("Jansens");
    }

    @Test
    void validate_lists_every_problem_and_says_valid_for_a_good_case() throws Exception {
        HttpResponse<String> good = post("/v1/validate", gent());
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).contains("\"valid\" : true").contains("\"problems\" : [ ]");

        String twice = gent().replaceFirst("\"minors\":\\[(\\{[^}]*\\})", "\"minors\":[$1,$1");
        HttpResponse<String> bad = post("/v1/validate", twice);
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("\"valid\" : false").contains("\"path\" : \"$.minors[1].id\"")
                .contains("\"text\" : \"$.minors[1].id: duplicate id\"");
    }

    @Test
    void schedule_is_json_or_the_calendar_writers_file() throws Exception {
        HttpResponse<String> json = post("/v1/schedule?today=2019-02-01", gent());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"caseId\" : \"" + PilotCases.gent().id() + "\"", "\"schedule\" : [", "\"milestone\"")
                .doesNotContain("\"findings\"");

        HttpResponse<String> ics = send(server, "POST", "/v1/schedule?today=2019-02-01&lang=en", gent(),
                "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json", "Accept", "text/calendar");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        var evaluation = engine.evaluate(PilotCases.gent(), DAY);
        String first = engine.label("subject." + evaluation.schedule().get(0).milestone(), Locale.ENGLISH).orElseThrow();
        assertThat(ics.body()).isEqualTo("BEGIN:VCALENDAR " + evaluation.caseId() + " " + evaluation.schedule().size() + " " + first);
    }

    @Test
    void report_is_the_case_reports_page() throws Exception {
        HttpResponse<String> response = post("/v1/report?today=2019-02-01&lang=en", gent());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).isEqualTo(CaseReport.html(PilotCases.gent(),
                engine.evaluate(PilotCases.gent(), DAY, EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH)), Locale.ENGLISH));
    }

    @Test
    void rules_health_and_the_openapi_document() throws Exception {
        HttpResponse<String> rules = send(server, "GET", "/v1/rules", null, "Authorization", "Bearer " + TOKEN);
        assertThat(rules.statusCode()).isEqualTo(200);
        assertThat(rules.body()).contains("\"fingerprint\" : \"" + engine.ruleSet().fingerprint() + "\"")
                .contains("\"" + engine.ruleIds().get(0) + "\"");

        HttpResponse<String> health = send(server, "GET", "/health", null);
        assertThat(health.statusCode()).as("no token needed").isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");

        HttpResponse<String> openapi = send(server, "GET", "/openapi.json", null, "Authorization", "Bearer " + TOKEN);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).startsWith("{\n  \"openapi\": \"3.0.3\"")
                .isEqualTo(Files.readString(Path.of("../docs/openapi.json"), StandardCharsets.UTF_8));
        for (String route : List.of("/v1/evaluate", "/v1/validate", "/v1/schedule", "/v1/report", "/v1/rules\"", "/v1/rules/reload", "/health")) {
            assertThat(openapi.body()).as("the document describes " + route).contains("\"" + route.replace("\"", "") + "\"");
        }
    }

    @Test
    void every_route_but_health_needs_the_token() throws Exception {
        for (String[] route : new String[][] {{"POST", "/v1/evaluate"}, {"POST", "/v1/validate"}, {"POST", "/v1/schedule"},
                {"POST", "/v1/report"}, {"GET", "/v1/rules"}, {"POST", "/v1/rules/reload"}, {"GET", "/openapi.json"}}) {
            HttpResponse<String> none = send(server, route[0], route[1], route[0].equals("POST") ? gent() : null, "Content-Type", "application/json");
            HttpResponse<String> wrong = send(server, route[0], route[1], route[0].equals("POST") ? gent() : null,
                    "Content-Type", "application/json", "Authorization", "Bearer nope");
            assertThat(none.statusCode()).as(route[1]).isEqualTo(401);
            assertThat(wrong.statusCode()).as(route[1]).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(none.body()).contains("\"error\"", "\"problems\"");
        }
    }

    @Test
    void wrong_query_parameters_get_400_with_the_command_lines_messages() throws Exception {
        assertThat(error(post("/v1/evaluate?today=01-02-2019", gent()), 400)).contains("today: expected a date as YYYY-MM-DD");
        assertThat(error(post("/v1/evaluate?lang=fr", gent()), 400)).contains("lang: expected nl or en");
        assertThat(error(post("/v1/evaluate?calendar=moon", gent()), 400))
                .contains("calendar: unknown calendar; expected one of calendar, be-working-days");
        assertThat(error(post("/v1/evaluate?todya=2019-02-01", gent()), 400)).contains("unknown query parameter 'todya'");
    }

    @Test
    void other_errors_get_their_status_as_json() throws Exception {
        assertThat(error(send(server, "POST", "/v1/evaluate", gent(), "Authorization", "Bearer " + TOKEN, "Content-Type", "text/plain"), 415))
                .contains("application/json");
        assertThat(error(post("/v1/evaluate", "{\"id\":\"" + "x".repeat(300_001) + "\"}"), 413)).contains("300000 bytes");
        assertThat(error(send(server, "GET", "/v2/nothing", null, "Authorization", "Bearer " + TOKEN), 404)).contains("openapi.json");
        assertThat(error(send(server, "GET", "/v1/evaluate", null, "Authorization", "Bearer " + TOKEN), 405)).contains("method");
        assertThat(error(send(server, "POST", "/v1/rules/reload", null, "Authorization", "Bearer " + TOKEN), 409)).contains("--rules");
        assertThat(error(post("/v1/evaluate", "{not json"), 400)).contains("invalid JSON");
    }

    @Test
    void the_calendar_is_not_acceptable_from_a_server_without_a_calendar_writer() throws Exception {
        try (SosServer plain = SosServer.start(engine, ServerOptions.DEFAULT.withAddress("127.0.0.1", 0), null)) {
            assertThat(error(send(plain, "POST", "/v1/schedule?today=2019-02-01", gent(), "Accept", "text/calendar"), 406))
                    .contains("application/json only");
        }
    }

    @Test
    void a_body_larger_than_the_limit_without_a_declared_length_gets_413() throws Exception {
        String big = "[" + "1,".repeat(200_000) + "1]";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/evaluate"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(error(response, 413)).contains("larger than");
    }

    @Test
    void a_request_slower_than_the_time_limit_gets_503() throws Exception {
        try (SosServer quick = SosServer.start(engine, ServerOptions.DEFAULT.withAddress("127.0.0.1", 0)
                .withLimits(10_000, Duration.ofMillis(300), 1, 1), null);
             Socket socket = new Socket("127.0.0.1", quick.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            // the headers promise a body that never comes
            out.write(("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 503");
        }
    }

    @Test
    void too_many_waiting_evaluations_get_503_at_once() throws Exception {
        try (SosServer small = SosServer.start(engine, ServerOptions.DEFAULT.withAddress("127.0.0.1", 0)
                .withLimits(300_000, Duration.ofSeconds(60), 1, 0), null)) {
            List<String> cases = CaseGenerator.cases(5, 40).map(CaseJson::write).toList();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (String c : cases) {
                    statuses.add(pool.submit(() -> send(small, "POST", "/v1/report?today=2024-01-10", c).statusCode()));
                }
                List<Integer> seen = new ArrayList<>();
                for (Future<Integer> s : statuses) {
                    seen.add(s.get());
                }
                assertThat(seen).contains(200, 503).containsOnly(200, 503);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void eight_concurrent_clients_get_what_one_thread_gets() throws Exception {
        CaseGenerator generator = CaseGenerator.withSeed(42).around(LocalDate.of(2024, 6, 1));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            cases.add(generator.next());
        }
        List<String> expected = cases.stream()
                .map(c -> EvaluationJson.writePretty(engine.evaluate(c, LocalDate.of(2024, 6, 1))) + "\n").toList();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                results.add(clients.submit(() -> {
                    go.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = first; i < cases.size(); i += 8) {
                        HttpResponse<String> r = post("/v1/evaluate?today=2024-06-01", CaseJson.write(cases.get(i)));
                        assertThat(r.statusCode()).isEqualTo(200);
                        mine.add(r.body());
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (int t = 0; t < 8; t++) {
                List<String> mine = results.get(t).get();
                for (int k = 0; k < mine.size(); k++) {
                    assertThat(mine.get(k)).isEqualTo(expected.get(t + 8 * k));
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void a_rule_reload_while_serving_swaps_the_rules_whole_and_a_broken_one_keeps_them(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String> file : engine.ruleFiles().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        SosEngine own = SosEngine.fromDirectory(dir);
        try (SosServer reloading = SosServer.start(own, ServerOptions.DEFAULT.withAddress("127.0.0.1", 0).withRules(dir), null)) {
            String before = send(reloading, "POST", "/v1/evaluate?today=2019-02-01", gent()).body();
            Path lengths = dir.resolve("procedure.properties");
            Files.writeString(lengths, Files.readString(lengths).replace("module.days = 42", "module.days = 43"));
            String after = EvaluationJson.writePretty(SosEngine.fromDirectory(dir).evaluate(PilotCases.gent(), DAY)) + "\n";
            assertThat(after).isNotEqualTo(before);

            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    answers.add(clients.submit(() -> send(reloading, "POST", "/v1/evaluate?today=2019-02-01", gent()).body()));
                }
                HttpResponse<String> reload = send(reloading, "POST", "/v1/rules/reload", null);
                assertThat(reload.statusCode()).isEqualTo(200);
                assertThat(reload.body()).contains(own.ruleSet().fingerprint());
                for (Future<String> answer : answers) {
                    assertThat(answer.get()).as("each answer is from the old rules or the new, whole").isIn(before, after);
                }
            } finally {
                clients.shutdownNow();
            }
            assertThat(send(reloading, "POST", "/v1/evaluate?today=2019-02-01", gent()).body()).isEqualTo(after);

            Files.writeString(dir.resolve("deadlines.drl"), "rule \"broken\" when then System.exit(1); end\n");
            HttpResponse<String> broken = send(reloading, "POST", "/v1/rules/reload", null);
            assertThat(broken.statusCode()).isEqualTo(422);
            assertThat(broken.body()).contains("the running rules stay", "deadlines.drl:");
            assertThat(send(reloading, "POST", "/v1/evaluate?today=2019-02-01", gent()).body()).isEqualTo(after);
        }
    }

    private static String error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).startsWith("{").contains("\"error\" : ", "\"problems\" : [").doesNotContain("\tat ", "Exception");
        return response.body();
    }
}
