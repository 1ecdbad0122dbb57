package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML report of both pilot cases, written by the jar as built and rendered by a real
 * browser: headless Chromium takes a 1200×2000 screenshot and dumps the DOM it loaded. Skipped,
 * with a message, only where no Chromium binary exists ({@code .ci/run} installs Debian's).
 * The screenshots stay in {@code target/report-screenshots/} to be looked at.
 */
class ReportBrowserIT {
    private static final Path JAR = Path.of("target", "sos.jar");
    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 2000;
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

    @ParameterizedTest
    @CsvSource({"gent-2019-01.json, 2019-02-26, nl", "dendermonde-2019-02.json, 2019-11-17, en"})
    void chromium_renders_the_report_of_a_pilot_case_without_errors(String name, String today, String lang) throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("built by mvn package").isTrue();
        Path html = tmp.resolve(name.replace(".json", ".html"));
        BrowserProcesses.Run report = BrowserProcesses.run(tmp, 60, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "report", PilotCases.casesDir().resolve(name).toString(), "--today", today, "--lang", lang, "--out", html.toString()));
        assertThat(report.code()).as(report.err()).isZero();

        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name.replace(".json", "-" + lang + ".png"));
        Files.deleteIfExists(png);
        BrowserProcesses.Run shot = chromium(html, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT);
        assertThat(shot.code()).as(shot.err()).isZero();
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG that ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(BrowserProcesses.colours(image)).as("distinct colours: a page with text, charts and badges, not a blank one").isGreaterThan(50);

        BrowserProcesses.Run dump = chromium(html, "--dump-dom");
        assertThat(dump.code()).as(dump.err()).isZero();
        assertThat(consoleMessages(dump.err())).as("console messages: errors, or anything the page's policy blocked").isEmpty();
        Document loaded = Jsoup.parse(dump.out());
        assertThat(loaded.select("html").attr("lang")).isEqualTo(lang);
        assertThat(loaded.select("main > section").eachAttr("id"))
                .containsExactly("summary", "timeline", "sos-map", "network", "scaling", "findings", "selection");
        assertThat(loaded.select("svg[role=img]")).hasSize(2);
        assertThat(loaded.select("#timeline g.tl-row")).hasSize(19);
        assertThat(loaded.select(".sos-map > section")).hasSize(3);
    }

    private BrowserProcesses.Run chromium(Path html, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(args));
        command.add(html.toUri().toString());
        return BrowserProcesses.run(tmp, 120, command);
    }

    /** The lines Chromium logs for the page's console, such as a blocked load or a script error. */
    private static List<String> consoleMessages(String log) {
        return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }
}
