package be.sos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Writing a view's files, with errors that name the option and the file. */
final class ViewOutput {
    private ViewOutput() {}

    static void write(String option, Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (NoSuchFileException e) {
            throw new InputException(option + " " + target + ": cannot be written (no such directory)");
        } catch (IOException e) {
            throw new InputException(option + " " + target + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }

    static void write(String option, Path target, String text) {
        write(option, target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
