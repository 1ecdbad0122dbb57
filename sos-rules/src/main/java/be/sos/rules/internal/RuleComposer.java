package be.sos.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Lays the files of a version (or of an office variant) over the shared files of a rule
 * directory, by name: a {@code .drl} file replaces the shared one of the same name whole; a
 * {@code .properties} file is merged into it key by key (its keys replace the shared lines of the
 * same keys, in place; new keys are added at the end), so that a one-line override stays one line.
 * Remembers where each line of the result came from, to place a problem in the file its author
 * edited. Immutable.
 *
 * @param files the composed files, by name
 * @param origins for each file, the file and line in the rule directory of each of its lines
 */
record RuleComposer(Map<String, String> files, Map<String, Origins> origins) {
    /**
     * Where the lines of one composed file came from.
     *
     * @param files the path in the rule directory of each line's file
     * @param lines each line's number in that file
     */
    public record Origins(List<String> files, List<Integer> lines) {
        /** Copies the lists. */
        public Origins {
            files = List.copyOf(files);
            lines = List.copyOf(lines);
        }

        static Origins whole(String path, String text) {
            int count = text.split("\n", -1).length;
            List<String> f = new ArrayList<>(count);
            List<Integer> l = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                f.add(path);
                l.add(i);
            }
            return new Origins(f, l);
        }
    }

    /** Copies the maps, sorted by name. */
    public RuleComposer {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        origins = Map.copyOf(origins);
    }

    /** The shared files, each line from itself. */
    public static RuleComposer of(Map<String, String> shared) {
        Map<String, Origins> origins = new LinkedHashMap<>();
        shared.forEach((name, text) -> origins.put(name, Origins.whole(name, text)));
        return new RuleComposer(shared, origins);
    }

    /**
     * These files with an overlay laid over them.
     *
     * @param overlay the overlay's files, by name
     * @param folder the overlay's folder in the rule directory ({@code 2019-10} or {@code 2019-10/office-GENT})
     */
    public RuleComposer with(Map<String, String> overlay, String folder) {
        Map<String, String> result = new TreeMap<>(files);
        Map<String, Origins> where = new LinkedHashMap<>(origins);
        overlay.forEach((name, text) -> {
            String path = folder + "/" + name;
            String base = files.get(name);
            if (base != null && name.endsWith(".properties")) {
                merge(base, origins.get(name), text, path, name, result, where);
            } else {
                result.put(name, text);
                where.put(name, Origins.whole(path, text));
            }
        });
        return new RuleComposer(result, where);
    }

    /** The file and line in the rule directory a line of a composed file came from, as {@code FILE:LINE}; or null. */
    public String origin(String name, int line) {
        Origins o = origins.get(name);
        if (o == null || line < 1 || line > o.lines().size()) {
            return null;
        }
        return o.files().get(line - 1) + ":" + o.lines().get(line - 1);
    }

    /** The file of the rule directory a composed file came from (its first line's), or the name itself. */
    public String fileOf(String name) {
        Origins o = origins.get(name);
        return o == null || o.files().isEmpty() ? name : o.files().get(0);
    }

    private static void merge(String base, Origins baseOrigins, String override, String path, String name,
                              Map<String, String> result, Map<String, Origins> where) {
        List<Logical> overriding = logical(override, path, Origins.whole(path, override));
        Map<String, Logical> byKey = new LinkedHashMap<>();
        for (Logical l : overriding) {
            if (l.key != null) {
                byKey.put(l.key, l);
            }
        }
        StringBuilder text = new StringBuilder();
        List<String> files = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<Logical> baseLines = logical(base, name, baseOrigins);
        for (Logical l : baseLines) {
            Logical emit = l;
            if (l.key != null && byKey.containsKey(l.key)) {
                if (!placed.add(l.key)) {
                    continue;
                }
                emit = byKey.get(l.key);
            }
            emit.appendTo(text, files, lines);
        }
        // A base without a final line break: keep the added keys on lines of their own.
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n' && byKey.keySet().stream().anyMatch(k -> !placed.contains(k))) {
            text.append('\n');
        }
        for (Logical l : byKey.values()) {
            if (placed.add(l.key)) {
                l.appendTo(text, files, lines);
            }
        }
        result.put(name, text.toString());
        where.put(name, new Origins(files, lines));
    }

    /** One logical line of a properties file: its physical lines (with their line breaks) and its key, if any. */
    private record Logical(String key, List<String> physical, List<String> files, List<Integer> lines) {
        void appendTo(StringBuilder text, List<String> f, List<Integer> l) {
            physical.forEach(text::append);
            f.addAll(files);
            l.addAll(lines);
        }
    }

    private static List<Logical> logical(String text, String path, Origins origins) {
        List<Logical> result = new ArrayList<>();
        List<String> physical = splitKeepingBreaks(text);
        int i = 0;
        while (i < physical.size()) {
            int start = i;
            String first = physical.get(i).stripLeading();
            boolean comment = first.startsWith("#") || first.startsWith("!") || first.isBlank();
            StringBuilder logical = new StringBuilder(physical.get(i));
            while (!comment && continues(physical.get(i)) && i + 1 < physical.size()) {
                i++;
                logical.append(physical.get(i));
            }
            i++;
            String key = comment ? null : keyOf(logical.toString());
            List<String> f = new ArrayList<>();
            List<Integer> l = new ArrayList<>();
            for (int j = start; j < i; j++) {
                f.add(j < origins.files().size() ? origins.files().get(j) : path);
                l.add(j < origins.lines().size() ? origins.lines().get(j) : j + 1);
            }
            result.add(new Logical(key, physical.subList(start, i), f, l));
        }
        return result;
    }

    private static List<String> splitKeepingBreaks(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean continues(String line) {
        String body = line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        int backslashes = 0;
        for (int i = body.length() - 1; i >= 0 && body.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String keyOf(String logical) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(logical));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return p.stringPropertyNames().stream().findFirst().orElse(null);
    }
}
