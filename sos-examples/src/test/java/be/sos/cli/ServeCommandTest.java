package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos serve} as started from the command line, asked as {@code curl --data @case.json} asks. */
class ServeCommandTest {
    private static final Path GENT = PilotCases.casesDir().resolve("gent-2019-01.json");
    private static final Pattern SERVING = Pattern.compile("sos: (?:serving on|luistert op) http://127\\.0\\.0\\.1:(\\d+) ");
    private final HttpClient client = HttpClient.newHttpClient();
    private CompletableFuture<Integer> running;

    /** Starts {@code sos serve ARGS} on a free port and returns the port it printed. */
    private int serve(String... args) throws Exception {
        PipedInputStream errIn = new PipedInputStream(1 << 16);
        PrintStream err = new PrintStream(new PipedOutputStream(errIn), true, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--port";
        all[2] = "0";
        System.arraycopy(args, 0, all, 3, args.length);
        running = CompletableFuture.supplyAsync(() -> Sos.run(new PrintStream(new ByteArrayOutputStream()), err, all));
        BufferedReader lines = new BufferedReader(new InputStreamReader(errIn, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve did not start; exit " + running.get(10, TimeUnit.SECONDS));
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            ServeCommand.stopRunning();
            assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    private HttpResponse<String> curlData(int port, String path, Path file, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                // what curl --data sends when not told a type
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluate_over_http_gives_what_sos_evaluate_format_json_prints() throws Exception {
        int port = serve();
        for (String day : new String[] {"2019-02-01", "2019-01-20", "2019-03-10"}) {
            HttpResponse<String> response = curlData(port, "/v1/evaluate?today=" + day, GENT);
            CliRun cli = CliRun.of("evaluate", GENT.toString(), "--today", day, "--format", "json");
            assertThat(cli.code()).isZero();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(cli.out());
        }
    }

    @Test
    void the_curl_request_of_the_embedding_guide_gives_what_sos_evaluate_prints() throws Exception {
        Matcher curl = Pattern.compile("curl -s -XPOST --data @case\\.json 'localhost:8080(/v1/evaluate\\?today=([0-9-]+))'")
                .matcher(Files.readString(EmbeddingGuideTest.GUIDE));
        assertThat(curl.find()).as("the curl line in docs/embedding.md").isTrue();
        int port = serve();

        HttpResponse<String> response = curlData(port, curl.group(1), GENT);

        CliRun cli = CliRun.of("evaluate", GENT.toString(), "--today", curl.group(2), "--format", "json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(cli.out());
    }

    @Test
    void the_calendar_over_http_is_the_file_of_schedule_ics(@TempDir Path dir) throws Exception {
        int port = serve();
        Path ics = dir.resolve("agenda.ics");
        CliRun cli = CliRun.of("schedule", GENT.toString(), "--today", "2019-02-01", "--lang", "en", "--ics", ics.toString());
        assertThat(cli.code()).isZero();

        HttpResponse<String> response = curlData(port, "/v1/schedule?today=2019-02-01&lang=en", GENT, "Accept", "text/calendar");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR").isEqualTo(Files.readString(ics, StandardCharsets.UTF_8));
    }

    @Test
    void with_a_token_file_every_route_but_health_needs_the_token(@TempDir Path dir) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "t0ken-from-a-file\n");
        int port = serve("--token-file", token.toString());

        assertThat(curlData(port, "/v1/evaluate?today=2019-02-01", GENT).statusCode()).isEqualTo(401);
        assertThat(curlData(port, "/v1/evaluate?today=2019-02-01", GENT, "Authorization", "Bearer t0ken-from-a-file").statusCode())
                .isEqualTo(200);
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void a_missing_token_file_or_a_bad_port_is_a_usage_error() {
        CliRun missing = CliRun.of("serve", "--port", "0", "--token-file", "no-such-token-file", "--lang", "en");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("sos: --token-file no-such-token-file: no such file\n");

        CliRun port = CliRun.of("serve", "--port", "70000", "--lang", "EN");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).isEqualTo("sos: --port: expected 0 to 65535\n");
    }
}
