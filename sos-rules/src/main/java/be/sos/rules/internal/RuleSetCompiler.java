package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import be.sos.rules.RuleSetException;
import be.sos.rules.RuleSetInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * The bundled rule set: from the classes compiled at build time when they match the bundled
     * files (see {@link BundledRulesBuilder}), otherwise compiled now.
     */
    public static CompiledRuleSet bundled() throws RuleSetException {
        RuleFiles files = RuleFiles.bundled();
        List<RuleProblem> problems = new ArrayList<>();
        Messages messages = Messages.of(files, problems);
        RuleParameters parameters = RuleParameters.of(files, problems);
        KieBase prebuilt = problems.isEmpty() ? BundledRulesBuilder.load(files.fingerprint()) : null;
        if (prebuilt == null) {
            return compile(files);
        }
        return new CompiledRuleSet(new RuleSetInfo(files.source(), files.fingerprint()), files, prebuilt, messages, parameters);
    }

    /**
     * Compiles the files; throws with every problem found when anything is wrong. The DRL passes
     * the {@link RuleGate} first: a rule set with any problem is never handed to Drools.
     */
    public static CompiledRuleSet compile(RuleFiles files) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        if (files.drl().isEmpty()) {
            problems.add(new RuleProblem(files.source(), 0, 0, "no .drl rule files"));
        }
        Messages messages = Messages.of(files, problems);
        RuleParameters parameters = RuleParameters.of(files, problems);
        KieBase kieBase = build(files, parameters, problems);
        if (!problems.isEmpty() || kieBase == null) {
            throw sorted(problems);
        }
        return new CompiledRuleSet(new RuleSetInfo(files.source(), files.fingerprint()), files, kieBase, messages, parameters);
    }

    /** Checks the files with the {@link RuleGate} only: the problems a compile would start with. */
    public static List<RuleProblem> check(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>(RuleGate.check(files).problems());
        problems.sort(PROBLEM_ORDER);
        return problems;
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
        problems.sort(PROBLEM_ORDER);
        return new RuleSetException(problems);
    }
}
