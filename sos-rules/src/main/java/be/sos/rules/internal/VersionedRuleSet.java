package be.sos.rules.internal;

import be.sos.core.model.Case;
import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import be.sos.rules.RuleSetInfo;
import be.sos.rules.RuleVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Every version of a rule directory, compiled, with their office variants: what an engine runs.
 * A directory without {@value VersionIndex#FILE} is one rule set, as before versions existed.
 * Immutable and thread-safe.
 *
 * <p>A directory with versions holds the shared files at its root, and for each version of the
 * index a folder with only the files that version changes; in a version's folder, a folder
 * {@code office-NAME} holds what changes for one office. Each version, and each office variant,
 * is composed by {@link RuleComposer} and compiled as one rule directory; composed sets that are
 * the same file for file (the same fingerprint) are compiled once and shared, and sets whose DRL
 * files are the same share one knowledge base, each with its own parameters and messages.
 */
public final class VersionedRuleSet {
    /** The start of the name of an office's folder in a version's folder. */
    static final String OFFICE_PREFIX = "office-";
    /** An office of the case format (docs/case-format.md): a letter, then up to 39 capitals, digits, '_' or '-'. */
    private static final Pattern OFFICE = Pattern.compile("[A-Z][A-Z0-9_-]{0,39}");

    private final VersionIndex index;
    private final List<CompiledRuleSet> versions;
    private final List<Map<String, CompiledRuleSet>> offices;
    private final int compiled;

    private VersionedRuleSet(VersionIndex index, List<CompiledRuleSet> versions, List<Map<String, CompiledRuleSet>> offices, int compiled) {
        this.index = index;
        this.versions = List.copyOf(versions);
        this.offices = List.copyOf(offices);
        this.compiled = compiled;
    }

    /** One rule set without versions. */
    public static VersionedRuleSet single(CompiledRuleSet rules) {
        return new VersionedRuleSet(null, List.of(rules), List.of(Map.of()), 1);
    }

    /** Whether a rule directory has versions: whether it holds {@value VersionIndex#FILE}. */
    public static boolean isVersioned(Path directory) {
        return Files.isRegularFile(directory.resolve(VersionIndex.FILE));
    }

    /**
     * Loads every version of a directory with versions and every office variant, all or nothing.
     *
     * @throws RuleSetException with every problem of the index, the folders and each composed rule set
     * @throws IOException when a file cannot be read
     */
    public static VersionedRuleSet load(Path directory) throws RuleSetException, IOException {
        List<RuleProblem> problems = new ArrayList<>();
        String indexText = Files.readString(directory.resolve(VersionIndex.FILE), StandardCharsets.UTF_8);
        VersionIndex index = VersionIndex.parse(indexText, problems);
        RuleFiles shared = RuleFiles.directory(directory);
        Map<String, Object> byFingerprint = new HashMap<>();
        Map<String, KieBase> byDrl = new HashMap<>();
        Map<String, Set<String>> found = new LinkedHashMap<>();
        List<CompiledRuleSet> versions = new ArrayList<>();
        List<Map<String, CompiledRuleSet>> offices = new ArrayList<>();
        int[] compiles = {0};
        for (VersionIndex.Entry entry : index.versions()) {
            RuleComposer base = RuleComposer.of(shared.files());
            Map<String, RuleComposer> variants = new TreeMap<>();
            if (entry.folder() != null) {
                Path folder = directory.resolve(entry.folder());
                if (!Files.isDirectory(folder)) {
                    problems.add(noFolder(entry));
                    continue;
                }
                base = base.with(RuleFiles.directory(folder).files(), entry.folder());
                for (Path sub : subfolders(folder)) {
                    String name = sub.getFileName().toString();
                    String office = name.startsWith(OFFICE_PREFIX) ? name.substring(OFFICE_PREFIX.length()) : null;
                    if (office == null || !OFFICE.matcher(office).matches()) {
                        problems.add(new RuleProblem(entry.folder() + "/" + name, 0, 0, office == null
                                ? "unknown folder: a version's folder holds rule files and office-NAME folders only"
                                : "'" + office + "' is not an office of the case format: in capitals, such as office-GENT"));
                        continue;
                    }
                    if (!subfolders(sub).isEmpty()) {
                        problems.add(new RuleProblem(entry.folder() + "/" + name + "/" + subfolders(sub).get(0).getFileName(), 0, 0,
                                "unknown folder: an office's folder holds rule files only"));
                    }
                    variants.put(office, base.with(RuleFiles.directory(sub).files(), entry.folder() + "/" + name));
                }
            }
            List<String> changes = changes(base);
            versions.add(compile(directory, entry, null, changes, base, byFingerprint, byDrl, found, compiles));
            Map<String, CompiledRuleSet> variantSets = new TreeMap<>();
            for (Map.Entry<String, RuleComposer> variant : variants.entrySet()) {
                variantSets.put(variant.getKey(), compile(directory, entry, variant.getKey(), changes(variant.getValue()), variant.getValue(),
                        byFingerprint, byDrl, found, compiles));
            }
            offices.add(variantSets);
        }
        found.forEach((problem, labels) -> {
            int bar = problem.indexOf('\u0000');
            String[] parts = problem.substring(0, bar).split("\u0001", -1);
            problems.add(new RuleProblem(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    "(" + String.join("; ", labels) + ") " + problem.substring(bar + 1)));
        });
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new VersionedRuleSet(index, versions, offices, compiles[0]);
    }

    /**
     * The names of the versions of a directory with versions, oldest first; empty for a directory
     * without {@value VersionIndex#FILE}.
     *
     * @throws RuleSetException when the index has a problem
     * @throws IOException when the index cannot be read
     */
    public static List<String> versionNames(Path directory) throws RuleSetException, IOException {
        if (!isVersioned(directory)) {
            return List.of();
        }
        return index(directory).versions().stream().map(VersionIndex.Entry::name).toList();
    }

    /**
     * The files of one version of a directory with versions, composed as {@link #load} composes
     * them (the shared files with the version's folder laid over them; no office variant), without
     * checking or compiling them.
     *
     * @param directory the rule directory
     * @param name the version's name
     * @return the composed files, by name; null when the index has no version of that name
     * @throws RuleSetException when the index has a problem, or a rule file is a link or too large
     * @throws IOException when a file cannot be read
     */
    public static Map<String, String> versionFiles(Path directory, String name) throws RuleSetException, IOException {
        for (VersionIndex.Entry entry : index(directory).versions()) {
            if (entry.name().equals(name)) {
                RuleComposer composed = RuleComposer.of(RuleFiles.directory(directory).files());
                if (entry.folder() != null) {
                    Path folder = directory.resolve(entry.folder());
                    if (!Files.isDirectory(folder)) {
                        throw new RuleSetException(List.of(noFolder(entry)));
                    }
                    composed = composed.with(RuleFiles.directory(folder).files(), entry.folder());
                }
                return composed.files();
            }
        }
        return null;
    }

    private static RuleProblem noFolder(VersionIndex.Entry entry) {
        return new RuleProblem(VersionIndex.FILE, entry.line(), 1, "version '" + entry.name() + "': no folder '"
                + entry.folder() + "' in the rule directory (write - for a version that changes nothing)");
    }

    private static VersionIndex index(Path directory) throws RuleSetException, IOException {
        List<RuleProblem> problems = new ArrayList<>();
        VersionIndex index = VersionIndex.parse(Files.readString(directory.resolve(VersionIndex.FILE), StandardCharsets.UTF_8), problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return index;
    }

    private static List<Path> subfolders(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The files of the rule directory, other than the shared ones, that a composed set took lines from. */
    private static List<String> changes(RuleComposer composed) {
        Set<String> changes = new TreeSet<>();
        composed.origins().forEach((name, origins) -> origins.files().forEach(file -> {
            if (file.contains("/")) {
                changes.add(file);
            }
        }));
        return List.copyOf(changes);
    }

    /**
     * Compiles a composed set, or reuses the compiled set of the same fingerprint, or the knowledge
     * base of a set with the same DRL files (with this set's own parameters and messages); records its
     * problems, placed in the files their authors edited, under the version (and office) they were found in.
     */
    private static CompiledRuleSet compile(Path directory, VersionIndex.Entry entry, String office, List<String> changes,
                                           RuleComposer composed, Map<String, Object> byFingerprint, Map<String, KieBase> byDrl,
                                           Map<String, Set<String>> found, int[] compiles) {
        RuleFiles files = new RuleFiles(directory.toString(), composed.files());
        String fingerprint = files.fingerprint();
        Object done = byFingerprint.get(fingerprint);
        if (done == null) {
            try {
                int before = byDrl.size();
                done = RuleSetCompiler.compile(files, byDrl);
                compiles[0] += byDrl.size() - before;
            } catch (RuleSetException e) {
                done = e;
            }
            byFingerprint.put(fingerprint, done);
        }
        String label = "version " + entry.name() + (office == null ? "" : ", office " + office);
        if (done instanceof RuleSetException e) {
            for (RuleProblem p : e.problems()) {
                String origin = composed.origin(p.file(), p.line());
                String file = origin == null ? composed.fileOf(p.file()) : origin.substring(0, origin.lastIndexOf(':'));
                int line = origin == null ? p.line() : Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
                found.computeIfAbsent(file + "\u0001" + line + "\u0001" + p.column() + "\u0000" + p.message(), k -> new TreeSet<>()).add(label);
            }
            return null;
        }
        CompiledRuleSet set = (CompiledRuleSet) done;
        RuleVersion version = new RuleVersion(entry.name(), entry.from(), entry.until(), office, changes);
        return new CompiledRuleSet(new RuleSetInfo(set.info().source(), fingerprint, version), set.files(), set.kieBase(), set.messages(),
                set.parameters(), set.sessions(), set.tags(), set.byRule());
    }

    /** Whether the rules have versions. */
    boolean versioned() {
        return index != null;
    }

    /**
     * The rule set that judges a case: the version in force on its petition date, or on
     * {@code asOf} when given, with the case's office variant when that version has one.
     */
    public CompiledRuleSet select(Case file, LocalDate asOf) {
        if (index == null) {
            return versions.get(0);
        }
        int i = index.select(asOf == null ? file.petitionDate() : asOf);
        CompiledRuleSet variant = offices.get(i).get(file.office());
        return variant == null ? versions.get(i) : variant;
    }

    /** The rule set of the last version (its shared files, no office variant): the one an engine names. */
    public CompiledRuleSet latest() {
        return versions.get(versions.size() - 1);
    }

    /** Which rule sets there are: each version, followed by its office variants, oldest first. */
    public List<RuleSetInfo> infos() {
        List<RuleSetInfo> infos = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            infos.add(versions.get(i).info());
            offices.get(i).values().forEach(o -> infos.add(o.info()));
        }
        return List.copyOf(infos);
    }

    /** How many knowledge bases were compiled for these rules: composed sets with the same DRL files share one. */
    public int compiledSets() {
        return compiled;
    }
}
