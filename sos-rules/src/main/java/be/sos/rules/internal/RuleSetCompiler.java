package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import be.sos.rules.RuleSetInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/** Compiles a rule set's files into a {@link CompiledRuleSet}, all or nothing. */
public final class RuleSetCompiler {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCE_DIR = "src/main/resources/" + RuleFiles.BUNDLED_PATH;

    private RuleSetCompiler() {}

    /** The knowledge bases of the bundled rule set: they run on the calling thread (see {@link Evaluator}). */
    private static final Set<KieBase> TRUSTED = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Whether a rule set is the bundled one, compiled from the library's own files. */
    static boolean trusted(CompiledRuleSet rules) {
        synchronized (TRUSTED) {
            return TRUSTED.contains(rules.kieBase());
        }
    }

    /**
     * The bundled rule set: from the classes compiled at build time when they match the bundled
     * files (see {@link BundledRulesBuilder}), otherwise compiled now.
     */
    public static CompiledRuleSet bundled() throws RuleSetException {
        RuleFiles files = RuleFiles.bundled();
        List<RuleProblem> problems = new ArrayList<>();
        RuleParameters parameters = RuleParameters.of(files, problems);
        Messages messages = Messages.of(files, parameters.numbers(), problems);
        KieBase prebuilt = problems.isEmpty() ? BundledRulesBuilder.load(files.fingerprint()) : null;
        CompiledRuleSet rules = prebuilt == null ? compile(files)
                : new CompiledRuleSet(new RuleSetInfo(files.source(), files.fingerprint()), files, prebuilt, messages, parameters);
        synchronized (TRUSTED) {
            TRUSTED.add(rules.kieBase());
        }
        return rules;
    }

    /**
     * Compiles the files; throws with every problem found when anything is wrong. The DRL passes
     * the {@link RuleGate} first: a rule set with any problem is never handed to Drools. A rule
     * set that compiles then passes the {@link Trial}: the example cases, within the budgets of an
     * evaluation.
     */
    public static CompiledRuleSet compile(RuleFiles files) throws RuleSetException {
        return compile(files, true);
    }

    /**
     * Compiles the files, with or without the {@link Trial} over the example cases (without: for
     * tests of what the evaluation does with a rule set that the trial would refuse).
     */
    static CompiledRuleSet compile(RuleFiles files, boolean trial) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        if (files.drl().isEmpty()) {
            problems.add(new RuleProblem(files.source(), 0, 0, "no .drl rule files"));
        }
        RuleParameters parameters = RuleParameters.of(files, problems);
        Messages messages = Messages.of(files, parameters.numbers(), problems);
        KieBase kieBase = buildInTime(files, parameters, problems);
        if (!problems.isEmpty() || kieBase == null) {
            throw sorted(problems);
        }
        CompiledRuleSet compiled = new CompiledRuleSet(new RuleSetInfo(files.source(), files.fingerprint()), files, kieBase, messages, parameters);
        if (trial) {
            Trial.run(compiled, problems);
        }
        if (!problems.isEmpty()) {
            throw sorted(problems);
        }
        return compiled;
    }

    /**
     * Compiles the files as {@link #compile(RuleFiles)} does, sharing knowledge bases between rule
     * sets: the parameters and the messages are not compiled into a knowledge base, so a rule set
     * whose DRL files (names and texts) are those of a rule set compiled before takes that one's
     * knowledge base from {@code byDrl}, with its own parameters and messages, checked as a compile
     * checks them (the parameters file, the wording, the trial). A knowledge base compiled here is
     * added to {@code byDrl}.
     *
     * @param files the rule set's files
     * @param byDrl knowledge bases by {@link #drlFingerprint(RuleFiles)}, filled as rule sets are compiled
     * @return the compiled rule set
     * @throws RuleSetException with every problem found
     */
    public static CompiledRuleSet compile(RuleFiles files, Map<String, KieBase> byDrl) throws RuleSetException {
        String key = drlFingerprint(files);
        KieBase shared = byDrl.get(key);
        if (shared == null) {
            CompiledRuleSet compiled = compile(files);
            byDrl.put(key, compiled.kieBase());
            return compiled;
        }
        List<RuleProblem> problems = new ArrayList<>();
        RuleParameters parameters = RuleParameters.of(files, problems);
        Messages messages = Messages.of(files, parameters.numbers(), problems);
        // The same DRL passed the gate when it was compiled; its words and parameters are this set's own.
        WordingCheck.check(files, parameters, problems);
        if (!problems.isEmpty()) {
            throw sorted(problems);
        }
        CompiledRuleSet compiled = new CompiledRuleSet(new RuleSetInfo(files.source(), files.fingerprint()), files, shared, messages, parameters);
        Trial.run(compiled, problems);
        if (!problems.isEmpty()) {
            throw sorted(problems);
        }
        return compiled;
    }

    /** The SHA-256 of the DRL files' names and texts only: rule sets with the same one can share a knowledge base. */
    public static String drlFingerprint(RuleFiles files) {
        return new RuleFiles(files.source(), files.drl()).fingerprint();
    }

    /** Checks the files with the {@link RuleGate} only: the problems a compile would start with. */
    public static List<RuleProblem> check(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>(RuleGate.check(files).problems());
        problems.replaceAll(p -> new RuleProblem(p.file(), p.line(), p.column(), oneLine(p.message())));
        problems.sort(PROBLEM_ORDER);
        return problems;
    }

    /** The longest the gate and Drools may take to compile a rule set, in seconds. */
    static final long MAX_BUILD_SECONDS = 60;

    /** Threads that compile rule sets not bundled: a compile that runs too long is abandoned there. */
    private static final ExecutorService BUILDERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "sos-rules-build");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Checks and compiles the files on a worker thread, for at most {@value #MAX_BUILD_SECONDS}
     * seconds; a parser's StackOverflowError becomes a problem of the rule set.
     */
    private static KieBase buildInTime(RuleFiles files, RuleParameters parameters, List<RuleProblem> problems) {
        String first = files.drl().isEmpty() ? files.source() : files.drl().keySet().iterator().next();
        // What was found before (the messages, the parameters) goes along: the wording is checked only on a clean rule set.
        List<RuleProblem> found = new ArrayList<>(problems);
        Future<KieBase> build = BUILDERS.submit(() -> build(files, parameters, found));
        try {
            KieBase kieBase = build.get(MAX_BUILD_SECONDS, TimeUnit.SECONDS);
            problems.clear();
            problems.addAll(found);
            return kieBase;
        } catch (TimeoutException e) {
            build.cancel(true);
            problems.add(new RuleProblem(first, 0, 0, "compiling the rules took longer than " + MAX_BUILD_SECONDS
                    + " s and was stopped; write simpler rules"));
        } catch (InterruptedException e) {
            build.cancel(true);
            Thread.currentThread().interrupt();
            problems.add(new RuleProblem(first, 0, 0, "compiling the rules was interrupted"));
        } catch (ExecutionException e) {
            // The gate's limits keep the parsers' recursion shallow; this is the last line of defence.
            problems.add(new RuleProblem(first, 0, 0, e.getCause() instanceof StackOverflowError
                    ? "the rules are nested too deeply to be compiled; write simpler conditions"
                    : "the rules could not be compiled (" + e.getCause().getClass().getSimpleName() + ")"));
        }
        return null;
    }

    private static KieBase build(RuleFiles files, RuleParameters parameters, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("be.sos.rules", "ruleset-" + BUILDS.incrementAndGet(), "1.0.0");
        try {
            if (module(files, parameters, releaseId, problems) == null) {
                return null;
            }
            KieContainer container = ks.newKieContainer(releaseId);
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Checks the files with the {@link RuleGate} and, when they pass, their wording and the use of
     * their parameters ({@link WordingCheck}, unless {@code parameters} is null); when they and
     * everything found before ({@code problems}) pass, compiles the DRL files into an executable-model module registered
     * under {@code releaseId}; returns null, with the problems, when anything is wrong. Nothing of
     * a rule set that fails the gate reaches Drools.
     */
    static KieModule module(RuleFiles files, RuleParameters parameters, ReleaseId releaseId, List<RuleProblem> problems) {
        RuleGate.Result gate = RuleGate.check(files);
        problems.addAll(gate.problems());
        if (gate.problems().isEmpty() && parameters != null) {
            // On files the gate refused, these checks would only repeat its problems in other words.
            WordingCheck.check(files, parameters, problems);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        files.drl().forEach((name, text) -> kfs.write(RESOURCE_DIR + name, text));
        BuildMessages messages = new BuildMessages(files, gate.rules());
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            // The sources of generated classes first: the messages about them are placed with their help.
            for (Message message : errors) {
                messages.problem(message.getPath(), message.getLine(), message.getText());
            }
            List<RuleProblem> found = new ArrayList<>();
            for (Message message : errors) {
                RuleProblem problem = messages.problem(message.getPath(), message.getLine(), message.getText());
                if (problem != null) {
                    found.add(problem);
                }
            }
            problems.addAll(BuildMessages.tidy(found));
            if (!problems.isEmpty()) {
                return null;
            }
            KieModule module = builder.getKieModule();
            Set<String> forbidden = forbiddenReferences((InternalKieModule) module);
            if (!forbidden.isEmpty()) {
                problems.add(new RuleProblem(files.drl().keySet().iterator().next(), 0, 0, "the compiled rules use "
                        + String.join(", ", forbidden) + ", which rules may not use; the rule set is refused"));
                return null;
            }
            return module;
        } catch (RuntimeException e) {
            // The executable model throws on some DRL it does not support instead of reporting it.
            problems.add(messages.problem("", -1, "the rules could not be compiled: " + e.getMessage()));
            return null;
        }
    }

    /** What the generated classes refer to that rules may not use (see {@link GeneratedCodeCheck}). */
    private static Set<String> forbiddenReferences(InternalKieModule module) {
        Set<String> forbidden = new TreeSet<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                forbidden.addAll(GeneratedCodeCheck.forbidden(module.getBytes(name)));
            }
        }
        return forbidden;
    }

    private static final Comparator<RuleProblem> PROBLEM_ORDER = Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column);

    private static RuleSetException sorted(List<RuleProblem> problems) {
        if (problems.isEmpty()) {
            problems.add(new RuleProblem("", 0, 0, "the rules could not be compiled"));
        }
        problems.replaceAll(p -> new RuleProblem(p.file(), p.line(), p.column(), oneLine(p.message())));
        problems.sort(PROBLEM_ORDER);
        return new RuleSetException(problems);
    }

    /** The longest message of a problem: a parser may quote a long stretch of the file. */
    static final int MAX_MESSAGE_CHARS = 400;

    /** A problem's message on one line: line breaks and other control characters as spaces, and cut when too long. */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(Math.min(message.length(), MAX_MESSAGE_CHARS + 3));
        for (int i = 0; i < message.length() && line.length() < MAX_MESSAGE_CHARS; i++) {
            char c = message.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            line.append("...");
        }
        return line.toString();
    }
}
