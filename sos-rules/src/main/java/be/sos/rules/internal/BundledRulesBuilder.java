package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the bundled rules at build time into classes of this library, so that an engine with
 * the bundled rules starts without compiling DRL. Run by the build ({@code process-classes}) with
 * the output folder as argument; writes the executable model's classes and
 * {@value #INDEX}, which names the model classes and the fingerprint of the files they came from.
 */
final class BundledRulesBuilder {
    /** The resource that names the precompiled model classes and their fingerprint. */
    static final String INDEX = RuleFiles.BUNDLED_PATH + "compiled.properties";

    private BundledRulesBuilder() {}

    /** Compiles the bundled rules into the folder {@code args[0]}; exits 1 when they do not compile. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        RuleFiles files = RuleFiles.bundled();
        List<RuleProblem> problems = new ArrayList<>();
        ReleaseId releaseId = KieServices.get().newReleaseId("be.sos.rules", "bundled", "1.0.0");
        KieModule module = RuleSetCompiler.module(files, RuleParameters.of(files, problems), releaseId, problems);
        if (module == null) {
            problems.forEach(System.err::println);
            System.exit(1);
            return;
        }
        List<String> models = new ArrayList<>();
        try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(((InternalKieModule) module).getBytes()))) {
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    Path target = out.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, jar.readAllBytes());
                } else if (name.endsWith("/drools-model")) {
                    new String(jar.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(line -> !line.isBlank() && !line.contains(":")).forEach(models::add);
                }
            }
        }
        Properties index = new Properties();
        index.setProperty("fingerprint", files.fingerprint());
        index.setProperty("models", String.join(",", models));
        Path indexFile = out.resolve(INDEX);
        Files.createDirectories(indexFile.getParent());
        StringBuilder text = new StringBuilder("# Written by the build: the bundled rules compiled to classes.\n");
        index.stringPropertyNames().stream().sorted().forEach(k -> text.append(k).append('=').append(index.getProperty(k)).append('\n'));
        Files.writeString(indexFile, text.toString(), StandardCharsets.UTF_8);
        System.out.println("sos: compiled the bundled rules into " + models.size() + " model class(es)");
    }

    /** The knowledge base of the precompiled bundled rules, or null when there are none for this fingerprint. */
    static KieBase load(String fingerprint) {
        Properties index = new Properties();
        try (InputStream in = BundledRulesBuilder.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!fingerprint.equals(index.getProperty("fingerprint"))) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty("models", "").split(",")) {
            if (!name.isBlank()) {
                try {
                    models.add((Model) Class.forName(name.strip(), true, BundledRulesBuilder.class.getClassLoader())
                            .getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
    }
}
