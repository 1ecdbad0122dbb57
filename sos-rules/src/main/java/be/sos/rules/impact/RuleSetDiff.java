package be.sos.rules.impact;

import be.sos.rules.internal.RuleFiles;
import be.sos.rules.internal.VersionedRuleSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two rule sets, as a changelog a person reads: the rules added, removed
 * and changed (by their {@code @id}, with the lines that changed), the settings changed (every key
 * of a {@code .properties} file that is not a message bundle), the messages changed (the keys of
 * {@code messages_*.properties}), the files added or removed, and lines changed outside any rule
 * (imports, comments at the top of a file). Only the text is compared: neither rule set needs to
 * compile. Immutable.
 *
 * @param base where the old rules came from ({@code bundled} or a directory)
 * @param edited where the new rules came from
 * @param rules the rules added, removed or changed, by file and id
 * @param settings the settings added, removed or changed
 * @param messages the message keys added, removed or changed
 * @param filesAdded the rule files only the new rule set has
 * @param filesRemoved the rule files only the old rule set has
 * @param otherLines the lines changed outside any rule, by file
 */
public record RuleSetDiff(String base, String edited, List<RuleChange> rules, List<KeyChange> settings,
                          List<KeyChange> messages, List<String> filesAdded, List<String> filesRemoved,
                          List<FileLines> otherLines) {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"?([^\")\\s]+)\"?\\s*\\)");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");

    /** Copies the lists. */
    public RuleSetDiff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(edited, "edited");
        rules = List.copyOf(rules);
        settings = List.copyOf(settings);
        messages = List.copyOf(messages);
        filesAdded = List.copyOf(filesAdded);
        filesRemoved = List.copyOf(filesRemoved);
        otherLines = List.copyOf(otherLines);
    }

    /** How a rule or a key changed. */
    public enum Kind {
        /** Only the new rule set has it. */
        ADDED,
        /** Only the old rule set has it. */
        REMOVED,
        /** Both have it, with different text. */
        CHANGED
    }

    /**
     * One rule added, removed or changed.
     *
     * @param kind how it changed
     * @param id its {@code @id}, or its name when it has none
     * @param file the file it is in (in the new rule set, unless removed)
     * @param name its name (in the new rule set, unless removed)
     * @param lines the lines that changed, each starting with {@code "- "} (old) or {@code "+ "} (new)
     */
    public record RuleChange(Kind kind, String id, String file, String name, List<String> lines) {
        /** Copies the list. */
        public RuleChange {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One key of a {@code .properties} file added, removed or changed. A changed parameter of
     * {@code procedure.properties} ({@code 15 day-number | §8 dag 14/15 | DL-12}) whose source and
     * note stayed the same shows only its number and unit as before and after, with the unchanged
     * source and note apart.
     *
     * @param kind how it changed
     * @param file the file's name
     * @param key the key
     * @param before its old value, or null when added
     * @param after its new value, or null when removed
     * @param note what follows the value, unchanged, after its first {@code " | "} (the source and the
     *     rules that read a parameter), or empty when the whole values are shown
     */
    public record KeyChange(Kind kind, String file, String key, String before, String after, String note) {
        /** A change of whole values, with no note apart. */
        public KeyChange(Kind kind, String file, String key, String before, String after) {
            this(kind, file, key, before, after, "");
        }

        /** Requires the note. */
        public KeyChange {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Lines of a DRL file that changed outside any rule.
     *
     * @param file the file's name
     * @param lines the lines that changed, each starting with {@code "- "} or {@code "+ "}
     */
    public record FileLines(String file, List<String> lines) {
        /** Copies the list. */
        public FileLines {
            lines = List.copyOf(lines);
        }
    }

    /** Whether the two rule sets are the same in every respect this diff compares. */
    public boolean isEmpty() {
        return rules.isEmpty() && settings.isEmpty() && messages.isEmpty() && filesAdded.isEmpty() && filesRemoved.isEmpty()
                && otherLines.isEmpty();
    }

    /**
     * The rule files of the bundled rule set, or of a directory, by name, as a rule set reads
     * them: every {@code .drl} and {@code .properties} file directly in it.
     *
     * @param directory a directory, or null for the bundled rules
     * @return the file names and texts
     * @throws IOException when the directory cannot be read
     * @throws be.sos.rules.RuleSetException when a rule file is a link or too large
     */
    public static Map<String, String> files(Path directory) throws IOException, be.sos.rules.RuleSetException {
        return directory == null ? RuleFiles.bundled().files() : RuleFiles.directory(directory).files();
    }

    /**
     * The names of the versions of a rule directory with versions (docs/rules.md, "Versions and
     * offices"), oldest first; empty for a directory without {@code versions.index}.
     *
     * @param directory a rule directory
     * @return the versions' names
     * @throws IOException when the index cannot be read
     * @throws be.sos.rules.RuleSetException when the index has a problem
     */
    public static List<String> versions(Path directory) throws IOException, be.sos.rules.RuleSetException {
        return VersionedRuleSet.versionNames(directory);
    }

    /**
     * The rule files of one version of a rule directory with versions, by name, as that version
     * reads them: the shared files with the files of the version's folder laid over them (no
     * office variant).
     *
     * @param directory a rule directory with versions
     * @param version the version's name, one of {@link #versions(Path)}
     * @return the file names and texts
     * @throws IOException when a file cannot be read
     * @throws be.sos.rules.RuleSetException when the index has a problem, or a rule file is a link or too large
     * @throws IllegalArgumentException when the directory has no such version
     */
    public static Map<String, String> files(Path directory, String version) throws IOException, be.sos.rules.RuleSetException {
        Map<String, String> files = VersionedRuleSet.versionFiles(directory, version);
        if (files == null) {
            throw new IllegalArgumentException("no version " + version + " in " + directory);
        }
        return files;
    }

    /**
     * Compares two rule sets' files.
     *
     * @param base where the old files came from, for the reader
     * @param oldFiles the old rule set's file names and texts
     * @param edited where the new files came from, for the reader
     * @param newFiles the new rule set's file names and texts
     * @return what changed
     */
    public static RuleSetDiff between(String base, Map<String, String> oldFiles, String edited, Map<String, String> newFiles) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String name : new TreeSet<>(newFiles.keySet())) {
            if (!oldFiles.containsKey(name)) {
                added.add(name);
            }
        }
        for (String name : new TreeSet<>(oldFiles.keySet())) {
            if (!newFiles.containsKey(name)) {
                removed.add(name);
            }
        }
        List<RuleChange> rules = rules(oldFiles, newFiles);
        List<FileLines> other = new ArrayList<>();
        for (String name : union(oldFiles, newFiles)) {
            if (name.endsWith(".drl")) {
                List<String> lines = LineDiff.changed(outside(oldFiles.get(name)), outside(newFiles.get(name)));
                if (!lines.isEmpty()) {
                    other.add(new FileLines(name, lines));
                }
            }
        }
        List<KeyChange> settings = new ArrayList<>();
        List<KeyChange> messages = new ArrayList<>();
        for (String name : union(oldFiles, newFiles)) {
            if (name.endsWith(".properties")) {
                keys(name, oldFiles.get(name), newFiles.get(name), name.startsWith("messages") ? messages : settings);
            }
        }
        return new RuleSetDiff(base, edited, rules, settings, messages, added, removed, other);
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    /** A rule as it stands in its file. */
    private record Rule(String id, String file, String name, List<String> lines) {
    }

    private static List<RuleChange> rules(Map<String, String> oldFiles, Map<String, String> newFiles) {
        Map<String, Rule> before = rules(oldFiles);
        Map<String, Rule> after = rules(newFiles);
        TreeSet<String> ids = new TreeSet<>(RuleSetDiff::compareIds);
        ids.addAll(before.keySet());
        ids.addAll(after.keySet());
        List<RuleChange> changes = new ArrayList<>();
        for (String id : ids) {
            Rule old = before.get(id);
            Rule now = after.get(id);
            if (old == null) {
                changes.add(new RuleChange(Kind.ADDED, id, now.file(), now.name(), prefixed("+ ", now.lines())));
            } else if (now == null) {
                changes.add(new RuleChange(Kind.REMOVED, id, old.file(), old.name(), prefixed("- ", old.lines())));
            } else if (!old.lines().equals(now.lines()) || !old.file().equals(now.file())) {
                List<String> lines = new ArrayList<>();
                if (!old.file().equals(now.file())) {
                    lines.add("- (" + old.file() + ")");
                    lines.add("+ (" + now.file() + ")");
                }
                lines.addAll(LineDiff.changed(old.lines(), now.lines()));
                changes.add(new RuleChange(Kind.CHANGED, id, now.file(), now.name(), lines));
            }
        }
        return changes;
    }

    /** Rule ids in the order people read them: DL-2 before DL-12, letters before digits otherwise. */
    static int compareIds(String a, String b) {
        Matcher x = Pattern.compile("(\\D*)(\\d*)(.*)").matcher(a);
        Matcher y = Pattern.compile("(\\D*)(\\d*)(.*)").matcher(b);
        if (x.matches() && y.matches()) {
            int c = x.group(1).compareTo(y.group(1));
            if (c != 0) {
                return c;
            }
            if (!x.group(2).isEmpty() && !y.group(2).isEmpty()) {
                c = Long.compare(Long.parseLong(x.group(2).length() > 18 ? "0" : x.group(2)),
                        Long.parseLong(y.group(2).length() > 18 ? "0" : y.group(2)));
                if (c != 0) {
                    return c;
                }
            }
        }
        return a.compareTo(b);
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        return lines.stream().map(line -> prefix + line).toList();
    }

    /** The rules of every DRL file, by id; a second rule with an id already seen keeps its own, with its file. */
    private static Map<String, Rule> rules(Map<String, String> files) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        new TreeMap<>(files).forEach((file, text) -> {
            if (!file.endsWith(".drl")) {
                return;
            }
            List<String> lines = text.lines().map(String::stripTrailing).toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher start = RULE.matcher(lines.get(i));
                if (!start.find()) {
                    continue;
                }
                int end = i;
                while (end < lines.size() - 1 && !END.matcher(lines.get(end)).matches()) {
                    end++;
                }
                List<String> body = lines.subList(i, end + 1);
                String id = start.group(1);
                for (String line : body) {
                    Matcher found = ID.matcher(line);
                    if (found.find()) {
                        id = found.group(1);
                        break;
                    }
                }
                String key = rules.containsKey(id) ? id + " (" + file + ":" + (i + 1) + ")" : id;
                rules.put(key, new Rule(id, file, start.group(1), List.copyOf(body)));
                i = end;
            }
        });
        return rules;
    }

    /** The lines of a DRL file outside its rules, blank lines left out; none for a missing file. */
    private static List<String> outside(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        boolean inRule = false;
        for (String line : text.lines().map(String::stripTrailing).toList()) {
            if (!inRule && RULE.matcher(line).find()) {
                inRule = true;
            }
            if (!inRule && !line.isBlank()) {
                kept.add(line);
            }
            if (inRule && END.matcher(line).matches()) {
                inRule = false;
            }
        }
        return kept;
    }

    private static void keys(String file, String before, String after, List<KeyChange> changes) {
        Map<String, String> old = properties(before);
        Map<String, String> now = properties(after);
        TreeSet<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            String a = old.get(key);
            String b = now.get(key);
            if (a == null) {
                changes.add(new KeyChange(Kind.ADDED, file, key, null, b));
            } else if (b == null) {
                changes.add(new KeyChange(Kind.REMOVED, file, key, a, null));
            } else if (!a.equals(b)) {
                changes.add(changed(file, key, a, b));
            }
        }
    }

    /** A changed value; when both have the same text after their first {@code " | "}, only what comes before it differs. */
    private static KeyChange changed(String file, String key, String before, String after) {
        int a = before.indexOf(" | ");
        int b = after.indexOf(" | ");
        if (!file.startsWith("messages") && a > 0 && b > 0 && before.substring(a).equals(after.substring(b))) {
            return new KeyChange(Kind.CHANGED, file, key, before.substring(0, a).strip(), after.substring(0, b).strip(),
                    before.substring(a + 3).strip());
        }
        return new KeyChange(Kind.CHANGED, file, key, before, after);
    }

    private static Map<String, String> properties(String text) {
        Map<String, String> values = new TreeMap<>();
        if (text == null) {
            return values;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // A malformed \\u escape: compare the file as it is written, line by line.
            text.lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).forEach(l -> {
                int eq = l.indexOf('=');
                values.put(eq < 0 ? l.strip() : l.substring(0, eq).strip(), eq < 0 ? "" : l.substring(eq + 1).strip());
            });
            return values;
        }
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
