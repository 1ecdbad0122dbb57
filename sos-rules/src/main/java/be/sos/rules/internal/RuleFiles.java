package be.sos.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule set, by name: the DRL files, {@code procedure.properties} and the message
 * bundles. Immutable.
 *
 * @param source {@code bundled} or the directory they came from
 * @param files the file names and texts, sorted by name
 */
public record RuleFiles(String source, Map<String, String> files) {
    /** Where the bundled rule files are on the classpath. */
    public static final String BUNDLED_PATH = "be/sos/rules/drl/";
    /** The list of the bundled files, one name a line. */
    public static final String INDEX = "rules.index";
    /** The largest rule file read, in bytes. */
    public static final long MAX_FILE_BYTES = 1_000_000;

    /** Copies the map, sorted by name. */
    public RuleFiles {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The rule files bundled with the library. */
    public static RuleFiles bundled() {
        Map<String, String> files = new TreeMap<>();
        for (String name : read(INDEX).split("\n")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                files.put(trimmed, read(trimmed));
            }
        }
        return new RuleFiles("bundled", files);
    }

    /** The rule files in a directory: every {@code .drl} and {@code .properties} file in it. */
    public static RuleFiles directory(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && isRuleFile(name)) {
                    if (Files.size(path) > MAX_FILE_BYTES) {
                        throw new IOException(name + ": larger than " + MAX_FILE_BYTES + " bytes");
                    }
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        }
        return new RuleFiles(dir.toString(), files);
    }

    /** Whether a file of this name belongs to a rule set. */
    public static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".properties");
    }

    /** The DRL files only. */
    public Map<String, String> drl() {
        Map<String, String> drl = new TreeMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            }
        });
        return drl;
    }

    /** The SHA-256 of the files' names and texts, in hexadecimal. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(BUNDLED_PATH + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
