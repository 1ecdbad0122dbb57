package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages of {@code worklist}, {@code overview} and {@code script}, written by the jar as built
 * and rendered by headless Chromium in both languages: a screenshot each (kept in
 * {@code target/view-screenshots/}) and the DOM it loaded, without console messages. Skipped, with a
 * message, only where no Chromium binary exists, as {@link ReportBrowserIT} is.
 */
class ViewsBrowserIT {
    private static final Path JAR = Path.of("target", "sos.jar");
    private static final Path SCREENSHOTS = Path.of("target", "view-screenshots");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static String chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        chromium = BrowserProcesses.findOnPath(System.getenv("SOS_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        Assumptions.assumeTrue(chromium != null,
                "no Chromium binary on the PATH (chromium, chromium-browser, google-chrome) nor in SOS_CHROMIUM: "
                        + "browser test skipped; on Debian: apt-get install chromium");
    }

    private Path corpus() throws IOException {
        Path file = tmp.resolve("cases.jsonl");
        CaseGenerator generator = CaseGenerator.withSeed(7).around(TODAY);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(CaseJson.write(generator.next()));
        }
        Files.write(file, lines);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void chromium_renders_the_work_list(String lang) throws Exception {
        Path html = tmp.resolve("worklist.html");
        BrowserProcesses.Run run = sos("worklist", corpus().toString(), "--today", TODAY.toString(), "--lang", lang, "--out", html.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Document loaded = render(html, "worklist-" + lang);
        assertThat(loaded.select("section.work-group")).hasSizeGreaterThan(3);
        assertThat(loaded.select("tr.work-item")).hasSizeGreaterThan(100);
        assertThat(loaded.select("h1").text()).isEqualTo(lang.equals("nl") ? "Werklijst" : "Work list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void chromium_renders_the_overview_of_a_generated_corpus_and_of_the_pilot_cases(String lang) throws Exception {
        Path html = tmp.resolve("overview.html");
        BrowserProcesses.Run run = sos("overview", corpus().toString(), "--today", TODAY.toString(), "--lang", lang, "--min-cell", "5", "--out", html.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Document loaded = render(html, "overview-" + lang);
        int scopes = loaded.select("main > section.scope").size();
        assertThat(scopes).isGreaterThan(1);
        assertThat(loaded.select("svg[role=img]")).hasSize(9 * scopes);
        assertThat(loaded.select("div.chart-table table")).hasSize(9 * scopes);
        assertThat(loaded.text()).contains("< 5");

        Path pilots = tmp.resolve("pilots.html");
        BrowserProcesses.Run pilot = sos("overview", PilotCases.casesDir().toString(), "--today", "2020-01-01", "--lang", lang, "--out", pilots.toString());
        assertThat(pilot.code()).as(pilot.err()).isZero();
        Document page = render(pilots, "overview-pilots-" + lang);
        assertThat(page.select("main > section.scope").eachAttr("id")).containsExactly("overall", "office-dendermonde", "office-gent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void chromium_renders_the_closing_script_of_both_pilot_cases(String lang) throws Exception {
        for (String name : PilotCases.FILES) {
            Path html = tmp.resolve(name.replace(".json", ".html"));
            BrowserProcesses.Run run = sos("script", PilotCases.casesDir().resolve(name).toString(), "--today", "2020-01-01", "--lang", lang, "--out", html.toString());
            assertThat(run.code()).as(run.err()).isZero();
            Document loaded = render(html, "script-" + name.replace(".json", "") + "-" + lang);
            assertThat(loaded.select("main > section")).hasSize(13);
            assertThat(loaded.select("div.to-write")).hasSize(4);
        }
    }

    /** Renders a page: a screenshot with many colours, and the loaded DOM without console messages. */
    private Document render(Path html, String name) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png");
        Files.deleteIfExists(png);
        BrowserProcesses.Run shot = chromium(html, "--screenshot=" + png.toAbsolutePath(), "--window-size=1200,1800");
        assertThat(shot.code()).as(shot.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG that ImageIO reads").isNotNull();
        assertThat(BrowserProcesses.colours(image)).as("distinct colours: a page with text, tables and badges or charts").isGreaterThan(30);
        BrowserProcesses.Run dump = chromium(html, "--dump-dom");
        assertThat(dump.code()).as(dump.err()).isZero();
        assertThat(dump.err().lines().filter(line -> line.contains(":CONSOLE")).toList()).as("console messages").isEmpty();
        Document loaded = Jsoup.parse(dump.out());
        assertThat(loaded.select("script, link, img, iframe")).isEmpty();
        return loaded;
    }

    private BrowserProcesses.Run sos(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        assertThat(Files.isRegularFile(JAR)).as("built by mvn package").isTrue();
        return BrowserProcesses.run(tmp, 120, command);
    }

    private BrowserProcesses.Run chromium(Path html, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(args));
        command.add(html.toUri().toString());
        return BrowserProcesses.run(tmp, 120, command);
    }
}
