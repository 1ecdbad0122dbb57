package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
    static final long MAX_FILE_BYTES = 1_000_000;

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

    /**
     * The rule files in a directory: every {@code .drl} and {@code .properties} file in it. A rule
     * file that is a symbolic link, or larger than {@value #MAX_FILE_BYTES} bytes, is refused
     * unread: a link could lead to any file of the host.
     *
     * @throws RuleSetException when a rule file is a link or too large
     * @throws IOException when the directory or a file cannot be read
     */
    public static RuleFiles directory(Path dir) throws IOException, RuleSetException {
        Map<String, String> files = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                String name = path.getFileName().toString();
                if (!isRuleFile(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    problems.add(new RuleProblem(name, 0, 0, "is a symbolic link; rule files are read only when they are plain files "
                            + "in the rule directory"));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.size(path) > MAX_FILE_BYTES) {
                        problems.add(new RuleProblem(name, 0, 0, "larger than " + MAX_FILE_BYTES + " bytes"));
                        continue;
                    }
                    files.put(name, readUtf8(path));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleFiles(dir.toString(), files);
    }

    /** A file's text, read without following a link (a link put in its place meanwhile is refused). */
    private static String readUtf8(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IOException(path.getFileName() + ": larger than " + MAX_FILE_BYTES + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        }
    }

    /** Whether a file of this name belongs to a rule set. */
    static boolean isRuleFile(String name) {
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
