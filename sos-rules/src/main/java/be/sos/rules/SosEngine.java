package be.sos.rules;

import be.sos.core.json.CaseJson;
import be.sos.core.json.Problem;
import be.sos.core.model.Case;
import be.sos.rules.internal.CompiledRuleSet;
import be.sos.rules.internal.Evaluator;
import be.sos.rules.internal.RuleFiles;
import be.sos.rules.internal.RuleSetCompiler;
import be.sos.rules.internal.VersionedRuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The rules engine of the safety planning module: built once from a rule set, shared by every
 * thread of the host system for its whole life.
 *
 * <pre>{@code
 * SosEngine engine = SosEngine.bundled();
 * Evaluation evaluation = engine.evaluate(aCase, LocalDate.now(clock));
 * }</pre>
 *
 * <p>Thread-safe. Each evaluation runs on the rule set that was loaded when it started; a
 * {@linkplain #reload(Path) reload} swaps in a new rule set whole, or keeps the running one when
 * the new one has any problem.
 *
 * <p>Works whatever the calling thread's context class loader is (none, or a container's, as in
 * OSGi): while it loads rules or evaluates, the engine makes its own library's loader the context
 * class loader, and puts the caller's back after.
 */
public final class SosEngine {
    private final AtomicReference<VersionedRuleSet> rules;

    private SosEngine(CompiledRuleSet rules) {
        this(VersionedRuleSet.single(rules));
    }

    private SosEngine(VersionedRuleSet rules) {
        this.rules = new AtomicReference<>(rules);
    }

    /** Every version of a directory with versions, or its one rule set (docs/rules.md, "Versions and offices"). */
    private static VersionedRuleSet load(Path directory) throws RuleSetException, IOException {
        if (VersionedRuleSet.isVersioned(directory)) {
            return VersionedRuleSet.load(directory);
        }
        return VersionedRuleSet.single(RuleSetCompiler.compile(RuleFiles.directory(directory)));
    }

    /** The bundled rule set, loaded once per class loader: it is immutable and shared by every engine. */
    private static final class Bundled {
        static final CompiledRuleSet RULES = load();

        private static CompiledRuleSet load() {
            try {
                return OwnClassLoader.call(RuleSetCompiler::bundled);
            } catch (RuleSetException | IOException e) {
                throw new IllegalStateException("the bundled rule set does not compile: " + e.getMessage(), e);
            }
        }
    }

    /** An engine with the rule set bundled in this library (compiled at build time). */
    public static SosEngine bundled() {
        return new SosEngine(Bundled.RULES);
    }

    /**
     * An engine with the rule set in a directory (as written by {@code sos rules export}). Rule
     * files are code: before Drools compiles them they must pass an allow-list check, in full
     * (only the case's facts, {@code out}, the case model and {@code java.time}; no functions,
     * no reflection, no calls outside that vocabulary) and the limits on their size and nesting;
     * once compiled, they must pass a trial over example cases within the budgets of an
     * evaluation (docs/rules.md, "Limits"). An evaluation is stopped when its rules fire without
     * end, make too many matches, record too much or run too long; edited rules run on a worker
     * thread, so that a condition that runs long is abandoned there.
     * A directory with {@code versions.index} holds dated versions, each with its office variants:
     * all are loaded, and each case is judged by the version in force on its petition date
     * (docs/rules.md, "Versions and offices").
     *
     * @throws RuleSetException with every problem found, file by file
     * @throws IOException when the directory cannot be read
     * @throws IllegalStateException when the rule compiler is not on the class path: a host that loads
     *         rule directories depends on {@code be.sos:sos-rules-compiler} (type {@code pom}) too
     */
    public static SosEngine fromDirectory(Path directory) throws RuleSetException, IOException {
        requireCompiler();
        return new SosEngine(OwnClassLoader.call(() -> load(directory)));
    }

    /**
     * Loads the rule set in a directory (every version of it, when it has versions), with every
     * check and the trial of {@link #fromDirectory(Path)}, and swaps it in for the running one,
     * whole. Evaluations that already started finish on the rule set they started with.
     *
     * @throws RuleSetException with every problem found; the running rule set stays
     * @throws IOException when the directory cannot be read; the running rule set stays
     * @throws IllegalStateException when the rule compiler is not on the class path; the running rule set stays
     */
    public void reload(Path directory) throws RuleSetException, IOException {
        requireCompiler();
        rules.set(OwnClassLoader.call(() -> load(directory)));
    }

    /** Which rule set is running: with versions, the last version. */
    public RuleSetInfo ruleSet() {
        return rules.get().latest().info();
    }

    /**
     * Every rule set running: each version, followed by its office variants, oldest first; the one
     * rule set of rules without versions.
     */
    public List<RuleSetInfo> ruleSets() {
        return rules.get().infos();
    }

    /**
     * Evaluates a case as known on {@code today}, with Dutch messages and calendar days.
     *
     * @throws InvalidCaseArgumentException when the case fails {@link CaseJson#validate(Case)}
     */
    public Evaluation evaluate(Case file, LocalDate today) {
        return evaluate(file, today, EvaluationOptions.DEFAULT);
    }

    /**
     * Evaluates a case as known on {@code today}: entries dated after it are left out. A case made in
     * code ({@code Case.builder}) is checked as one read from a file is.
     * With versions, by the version in force on the case's petition date, or on the options'
     * {@linkplain EvaluationOptions#asOf() as-of date}, with the case's office variant if it has one.
     *
     * @throws InvalidCaseArgumentException when the case fails {@link CaseJson#validate(Case)}: every
     *         problem, with its JSON path
     * @throws EvaluationException when the rule set fails on this case (a rule that loops, for example)
     */
    public Evaluation evaluate(Case file, LocalDate today, EvaluationOptions options) {
        Objects.requireNonNull(file, "case");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(options, "options");
        requireValid(file);
        return OwnClassLoader.get(() -> Evaluator.evaluate(rules.get().select(file, options.asOf()), file, today, options));
    }

    /**
     * Evaluates a case as {@link #evaluate(Case, LocalDate, EvaluationOptions)} does, and tells
     * {@code firedRules} the id of each rule as it fires (once per firing, so a rule that fires for
     * two windows is told twice), on the calling thread. For scenario tests and explanations: which
     * rules made this evaluation.
     *
     * @throws InvalidCaseArgumentException when the case fails {@link CaseJson#validate(Case)}
     * @throws EvaluationException when the rule set fails on this case
     */
    public Evaluation evaluate(Case file, LocalDate today, EvaluationOptions options, Consumer<String> firedRules) {
        Objects.requireNonNull(file, "case");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(firedRules, "firedRules");
        requireValid(file);
        return OwnClassLoader.get(() -> Evaluator.evaluate(rules.get().select(file, options.asOf()), file, today, options, firedRules));
    }

    /**
     * The ids of the running rule set's rules (their {@code @id}, or their name when they have
     * none), sorted; with versions, of the last version.
     */
    public List<String> ruleIds() {
        return rules.get().latest().ruleIds();
    }

    /**
     * The wording the running rule set gives a key of its message bundles, in the language of
     * {@code locale} (Dutch unless English is asked for). The bundles name each milestone and role
     * under {@code subject.<CODE>}: {@code label("subject.FIRST_HEARING", Locale.ENGLISH)} is
     * "the first hearing" with the bundled rules.
     *
     * @param key a key of {@code messages_nl.properties} and {@code messages_en.properties}
     * @param locale the language
     * @return the wording, or empty when the bundle of that language has no such key
     * @throws NullPointerException if {@code key} or {@code locale} is null
     */
    public Optional<String> label(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        return rules.get().latest().label(locale, key);
    }

    /**
     * The names and texts of the running rule set's files, as {@code sos rules export} writes them;
     * with versions, the last version's, composed.
     */
    public Map<String, String> ruleFiles() {
        return rules.get().latest().files().files();
    }

    /** The rule compiler is optional: a host that runs only the bundled rules does not carry it. */
    private static void requireCompiler() {
        try {
            Class.forName("org.drools.model.codegen.ExecutableModelProject", false, SosEngine.class.getClassLoader());
            Class.forName("org.drools.drl.parser.DrlParser", false, SosEngine.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("loading a rule directory needs the rule compiler on the class path:"
                    + " add the dependency be.sos:sos-rules-compiler (type pom)");
        }
    }

    private static void requireValid(Case file) {
        List<Problem> problems = CaseJson.validate(file);
        if (!problems.isEmpty()) {
            throw new InvalidCaseArgumentException(problems);
        }
    }
}
