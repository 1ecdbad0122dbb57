package be.sos.cli;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** What the browser tests of the pages share: running a program with a time limit, finding it, and looking at a screenshot. */
final class BrowserProcesses {
    private BrowserProcesses() {}

    /** A finished run of a program: its exit code, standard output and standard error. */
    record Run(int code, String out, String err) {}

    /** Runs a command, its output kept in files under {@code tmp}; a run past {@code seconds} is killed and fails the test. */
    static Run run(Path tmp, int seconds, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The override when it is an executable, else the first of the names found on the PATH, else null. */
    static String findOnPath(String override, String... names) {
        if (override != null && !override.isBlank() && new File(override).canExecute()) {
            return override;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                File candidate = new File(dir, name);
                if (candidate.isFile() && candidate.canExecute()) {
                    return candidate.getAbsolutePath();
                }
            }
        }
        return null;
    }

    /** How many colours a screenshot holds, sampled every third pixel: a blank page has one or two. */
    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
