package be.sos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Makes the files of the distribution that come from the tool itself: the shell completion of
 * {@code sos} (bash, and zsh through bashcompinit) as picocli generates it from the commands and
 * options, and the id of the jar that the launcher names its class-data-sharing archive after.
 */
final class Distribution {
    private Distribution() {}

    /**
     * Writes the completion script to the first argument's file and, when a jar and a target
     * follow, the jar's id (the start of its SHA-256) to the third's.
     */
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        write(Path.of(args[0]), AutoComplete.bash("sos", new CommandLine(new Sos(System.in, System.out))));
        if (args.length == 3) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            write(Path.of(args[2]), HexFormat.of().formatHex(sha.digest()).substring(0, 16) + "\n");
        }
    }

    private static void write(Path target, String text) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
