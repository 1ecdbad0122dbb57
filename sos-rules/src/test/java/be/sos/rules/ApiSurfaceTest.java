package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.rules.internal.CompiledRuleSet;
import be.sos.rules.internal.RuleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API cannot hand out the engine's internals: no public method, constructor, field,
 * record component, supertype or exception of a public type in the API packages (those of the
 * engine's and the core's class folders or jars, except {@code be.sos.rules.internal} and the
 * generated {@code be.sos.rules.drl}) names a type of {@code be.sos.rules.internal}, of the
 * generated rules, or of Drools and KIE. Read by reflection from the classes themselves, so that
 * a new class or method is covered without being listed.
 */
class ApiSurfaceTest {
    private static final List<String> INTERNAL = List.of("be.sos.rules.internal.", "be.sos.rules.drl.", "org.drools.", "org.kie.");

    /** A public type of the kind the walk must catch, to show that it does. */
    public static final class Leaky {
        /** A field whose type is internal. */
        public List<CompiledRuleSet> rules = List.of();

        /** A method that returns an internal type. */
        public Object[] sizes(java.util.Map<String, ? extends RuleFiles> files) {
            return files.values().toArray();
        }
    }

    @Test
    void no_public_signature_of_the_api_names_an_internal_type() {
        List<String> api = apiClassNames();
        assertThat(api).as("the walk found the API").contains(SosEngine.class.getName(), Case.class.getName(),
                be.sos.rules.facts.Outcomes.class.getName());
        assertThat(api).as("and nothing of the internals").noneMatch(ApiSurfaceTest::internal);
        List<String> leaks = new ArrayList<>();
        for (String name : api) {
            Class<?> type = load(name);
            if (exported(type)) {
                leaks.addAll(leaks(type));
            }
        }
        assertThat(leaks).as("public signatures of the API that name an internal type").isEmpty();
    }

    @Test
    void the_walk_finds_an_internal_type_in_a_field_and_inside_a_generic_parameter() {
        assertThat(leaks(Leaky.class)).containsExactlyInAnyOrder(
                Leaky.class.getName() + ".rules: " + CompiledRuleSet.class.getName(),
                Leaky.class.getName() + ".sizes(Map): " + RuleFiles.class.getName());
    }

    /** Whether a type is visible to hosts: public, and nested only in public types. */
    private static boolean exported(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    /** What a public type shows of internal types, as {@code Type.member: internal type}. */
    static List<String> leaks(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        String owner = type.getName();
        check(leaks, owner + " extends", type.getGenericSuperclass());
        for (Type t : type.getGenericInterfaces()) {
            check(leaks, owner + " implements", t);
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                check(leaks, owner + "." + f.getName(), f.getGenericType());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                check(leaks, owner + "." + c.getName(), c.getGenericType());
            }
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredConstructors()));
        for (Executable e : members) {
            if (!visible(e.getModifiers()) || e.isSynthetic() || e instanceof Method m && m.isBridge()) {
                continue;
            }
            String where = owner + (e instanceof Constructor<?> ? ".<init>" : "." + e.getName()) + "(" + parameters(e) + ")";
            if (e instanceof Method m) {
                check(leaks, where, m.getGenericReturnType());
            }
            for (Type t : e.getGenericParameterTypes()) {
                check(leaks, where, t);
            }
            for (Type t : e.getGenericExceptionTypes()) {
                check(leaks, where, t);
            }
        }
        return List.copyOf(new TreeSet<>(leaks));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String parameters(Executable e) {
        return String.join(", ", Stream.of(e.getParameterTypes()).map(Class::getSimpleName).toList());
    }

    private static void check(List<String> leaks, String where, Type type) {
        Set<Class<?>> named = new HashSet<>();
        classes(type, named, new HashSet<>());
        for (Class<?> c : named) {
            if (internal(c.getName())) {
                leaks.add(where + ": " + c.getName());
            }
        }
    }

    /** The classes a type names: itself, its type arguments, bounds and array elements. */
    private static void classes(Type type, Set<Class<?>> into, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            into.add(c.isArray() ? c.componentType() : c);
            if (c.isArray()) {
                classes(c.componentType(), into, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            classes(p.getRawType(), into, seen);
            classes(p.getOwnerType(), into, seen);
            for (Type a : p.getActualTypeArguments()) {
                classes(a, into, seen);
            }
        } else if (type instanceof GenericArrayType g) {
            classes(g.getGenericComponentType(), into, seen);
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                classes(b, into, seen);
            }
            for (Type b : w.getLowerBounds()) {
                classes(b, into, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                classes(b, into, seen);
            }
        }
    }

    private static boolean internal(String className) {
        return INTERNAL.stream().anyMatch(className::startsWith);
    }

    /** The classes of the engine's and the core's class folders or jars, wherever the build put them. */
    private static List<String> apiClassNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> anchor : List.of(SosEngine.class, Case.class)) {
            Path root;
            try {
                root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            for (String file : Files.isDirectory(root) ? filesIn(root) : entriesOf(root)) {
                if (file.endsWith(".class") && !file.endsWith("module-info.class") && !file.endsWith("package-info.class")) {
                    String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                    if (name.startsWith("be.sos.") && !internal(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> filesIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> entriesOf(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
