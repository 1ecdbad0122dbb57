package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The distribution the build makes: its files, and the launcher {@code bin/sos} run as a user runs it. */
class DistributionIT {
    private static final Path HOME = Path.of("target", "sos-dist", "sos");

    private record Run(int code, String out, String err) {}

    private static Run sos(String... args) throws IOException, InterruptedException {
        return sos(null, args);
    }

    /** Runs the launcher, with {@code SOS_JAVA} set to {@code java} when it is not null. */
    private static Run sos(Path java, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/sos").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sos-dist-it", ".out");
        Path err = Files.createTempFile("sos-dist-it", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (java != null) {
            builder.environment().put("SOS_JAVA", java.toString());
        }
        Process process = builder.start();
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

    /**
     * A JDK of version 25 or later: {@code SOS_TEST_JAVA25} when set, else the first under
     * {@code /usr/lib/jvm} whose release file says so; null when there is none.
     */
    private static Path java25() throws IOException {
        String set = System.getenv("SOS_TEST_JAVA25");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (var homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                Path java = home.resolve("bin/java");
                if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                    var version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                    if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
                        return java;
                    }
                }
            }
        }
        return null;
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void on_java_25_the_launcher_makes_an_ahead_of_time_cache_apart_and_the_output_stays_the_same() throws Exception {
        Path java = java25();
        assumeTrue(java != null, "no Java 25 or later on this machine (set SOS_TEST_JAVA25 to one)");
        Path cds = Files.createDirectories(HOME.resolve("lib/cds"));
        try (var caches = Files.list(cds)) {
            for (Path cache : caches.filter(p -> p.toString().endsWith(".aot")).toList()) {
                Files.delete(cache);
            }
        }
        String gent = PilotCases.casesDir().resolve("gent-2019-01.json").toString();
        // a cache an earlier build of the jar left: the new one replaces it
        Path stale = Files.write(cds.resolve("sos-25.0.0-0000000000000000-one.aot"), new byte[] {1});

        Run first = sos(java, "evaluate", gent, "--today", "2019-02-01");
        Path cache = null;
        for (int i = 0; i < 240 && cache == null; i++) {
            try (var caches = Files.list(cds)) {
                cache = caches.filter(p -> p.getFileName().toString().matches("sos-25.*-one\\.aot") && !p.getFileName().equals(stale.getFileName()))
                        .findFirst().orElse(null);
            }
            if (cache == null) {
                Thread.sleep(500);
            }
        }
        Run second = sos(java, "evaluate", gent, "--today", "2019-02-01");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).as("the recording run says nothing of its own").isEmpty();
        assertThat(first.out()).startsWith("{").contains("\"caseId\" : \"gent-2019-01\"");
        assertThat(cache).as("the cache, made in the background after the first run").isNotNull();
        for (int i = 0; i < 20 && Files.exists(stale); i++) {
            Thread.sleep(250);
        }
        assertThat(stale).as("the cache of an earlier build, removed").doesNotExist();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
    }
}
