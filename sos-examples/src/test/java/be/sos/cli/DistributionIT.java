package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The distribution the build makes: its files, and the launcher {@code bin/sos} run as a user runs it. */
class DistributionIT {
    private static final Path HOME = Path.of("target", "sos-dist", "sos");

    private record Run(int code, String out, String err) {}

    private static Run sos(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/sos").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sos-dist-it", ".out");
        Path err = Files.createTempFile("sos-dist-it", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_archives_hold_the_launchers_the_jar_and_the_completion() throws IOException {
        assertThat(Path.of("target", "sos-dist.tar.gz")).isRegularFile();
        try (ZipFile zip = new ZipFile(Path.of("target", "sos-dist.zip").toFile())) {
            for (String entry : List.of("sos/bin/sos", "sos/bin/sos.bat", "sos/lib/sos.jar", "sos/lib/sos.jar.id", "sos/completion/sos")) {
                assertThat(zip.getEntry(entry)).as(entry).isNotNull();
            }
        }
        assertThat(Files.readString(HOME.resolve("completion/sos"))).contains("evaluate", "schedule", "--portfolio", "complete");
        assertThat(Files.readString(HOME.resolve("bin/sos.bat"))).contains("\r\n");
        assertThat(Files.isExecutable(HOME.resolve("bin/sos"))).isTrue();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void the_launcher_runs_commands_keeps_their_exit_codes_and_makes_a_class_data_archive() throws Exception {
        String gent = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
        Run first = sos("evaluate", gent, "--today", "2019-02-01");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("{").contains("\"caseId\" : \"gent-2019-01\"");
        try (var archives = Files.list(HOME.resolve("lib/cds"))) {
            assertThat(archives.filter(p -> p.toString().endsWith(".jsa"))).as("made by the first run").isNotEmpty();
        }
        Run second = sos("evaluate", gent, "--today", "2019-02-01");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();

        Run typo = sos("evaluat", gent);
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("bedoelde u: evaluate");
        Run help = sos("help", "evaluate", "--lang", "en");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("SYNOPSIS", "EXIT STATUS");
    }
}
