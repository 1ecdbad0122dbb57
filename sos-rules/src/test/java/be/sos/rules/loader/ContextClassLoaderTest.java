package be.sos.rules.loader;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.rules.Engines;
import be.sos.rules.EvaluationJson;
import be.sos.testkit.PilotCases;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine in a container such as OSGi: the library sits in a class loader of its own, and the
 * thread that calls it has a context class loader that knows nothing of it (none at all, an empty
 * one, or one of another library). Loading the bundled rules, a rule directory and a reload, and
 * evaluating with each, must give what they give on an ordinary class path.
 */
class ContextClassLoaderTest {
    private static final String DAY = "2019-02-01";

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"none", "empty", "foreign"})
    void the_engine_loads_reloads_and_evaluates_whatever_the_context_class_loader(String kind) throws Exception {
        String caseJson = CaseJson.write(PilotCases.gent());
        String expected = EvaluationJson.write(Engines.bundled().evaluate(PilotCases.gent(), LocalDate.parse(DAY)));

        try (URLClassLoader library = isolatedLibrary(); URLClassLoader foreign = foreignLoader()) {
            ClassLoader context = switch (kind) {
                case "none" -> null;
                case "empty" -> new URLClassLoader(new URL[0], null);
                default -> foreign;
            };
            Class<?> probe = Class.forName(ForeignLoaderProbe.class.getName(), true, library);
            assertThat(probe.getClassLoader()).as("the library is a copy of its own").isSameAs(library);
            Method run = probe.getMethod("run", String.class, String.class, String.class);

            List<?> results = onThreadWith(context, () -> {
                try {
                    return (List<?>) run.invoke(null, caseJson, DAY, work.toString());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("the probe failed under the context class loader " + kind, e.getCause());
                }
            });

            assertThat(results).hasSize(4);
            // bundled, fromDirectory and reload each give the ordinary class path's evaluation;
            // a directory's rule set names its source, so compare all but that field
            assertThat(results.get(0)).isEqualTo(expected);
            assertThat(withoutSource(results.get(1))).isEqualTo(withoutSource(expected));
            assertThat(withoutSource(results.get(2))).isEqualTo(withoutSource(expected));
            assertThat(results.get(3)).isEqualTo(PilotCases.gent().id());
        }
    }

    private static String withoutSource(Object json) {
        return json.toString().replaceFirst("\"source\":\"[^\"]*\"", "\"source\":\"…\"");
    }

    /** A new thread whose context class loader is {@code context}, so that nothing of the test's leaks in. */
    private static <T> T onThreadWith(ClassLoader context, Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "foreign-context");
        thread.setContextClassLoader(context);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    /** The library and its dependencies (this test's class path) in a loader whose parent is the platform's. */
    private static URLClassLoader isolatedLibrary() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader("sos-bundle", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Another library's loader: a folder with a class-path resource of its own and no sos or Drools in it. */
    private URLClassLoader foreignLoader() throws Exception {
        Path other = Files.createDirectories(work.resolve("other-library/META-INF/services"));
        Files.writeString(other.resolve("org.kie.api.KieServices"), "com.example.NoSuchKieServices\n");
        return new URLClassLoader("other-bundle", new URL[] {work.resolve("other-library").toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
    }
}
