package be.sos.rules.internal;

import be.sos.rules.facts.Outcomes;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rule file may name: the allowed types, their properties, methods and constants, and the
 * outcomes a consequence may record on {@code out}. An allow-list: whatever is not named here is
 * refused. Thread-safe; lookups are cached per type.
 */
final class Vocabulary {
    /** The package every rule file declares. */
    static final String RULE_PACKAGE = "be.sos.rules.drl";
    /** The one global, and its type. */
    static final String OUT = "out";
    static final Class<?> OUT_TYPE = Outcomes.class;

    private static final String MODEL = "be.sos.core.model";
    private static final String RULES = "be.sos.rules";
    private static final String FACTS = "be.sos.rules.facts";

    /** The packages whose types may be imported. */
    static final List<String> IMPORTABLE_PACKAGES = List.of(MODEL, RULES, FACTS, "java.time", "java.time.temporal");

    /** The types of {@code java.lang} a rule may name without an import. */
    static final Map<String, Class<?>> JAVA_LANG = Map.of(
            "String", String.class, "Integer", Integer.class, "Long", Long.class, "Double", Double.class,
            "Number", Number.class, "Boolean", Boolean.class, "Object", Object.class, "Math", Math.class,
            "Character", Character.class);

    /** The {@code java.util} types a rule may import: read-only views of the case's lists. */
    private static final Map<String, Class<?>> JAVA_UTIL = Map.of(
            "java.util.List", List.class, "java.util.Set", Set.class, "java.util.Collection", Collection.class,
            "java.util.Optional", Optional.class);

    /** Accumulate functions a rule may use, with the type of their result (null: that of their value). */
    static final Map<String, Class<?>> ACCUMULATE_FUNCTIONS = Map.of(
            "count", Long.class, "sum", Number.class, "average", Double.class, "min", Void.class,
            "max", Void.class, "collectList", List.class, "collectSet", Set.class);

    /** Point-free operators a constraint may use. */
    static final Set<String> OPERATORS = Set.of("contains", "memberOf", "excludes", "in");

    /** Methods never available, whatever the type: they lead out of the case's data. */
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "clone", "finalize",
            "getDeclaringClass", "describeConstable", "resolveConstantDesc", "intern",
            "now", "dateNow", "systemDefault", "systemUTC", "system");

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");
    private static final Set<String> ENUM_METHODS = Set.of("name", "ordinal", "compareTo", "equals", "toString", "values", "valueOf");
    /**
     * Methods of texts: only those that read a text in one pass and build no new one. Building
     * texts ({@code concat}, {@code repeat}, {@code substring}, ...) lets a rule double a text
     * until memory runs out, and searching one text in another ({@code indexOf},
     * {@code contains}) can take time that grows with the product of their lengths.
     */
    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "equals", "equalsIgnoreCase",
            "startsWith", "endsWith", "compareTo", "compareToIgnoreCase", "toString", "valueOf");
    private static final Set<String> NUMBER_METHODS = Set.of("intValue", "longValue", "doubleValue", "booleanValue",
            "charValue", "compareTo", "equals", "toString", "valueOf", "isNaN", "min", "max", "abs", "floorDiv", "floorMod");
    private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty", "contains", "containsAll", "get",
            "indexOf", "lastIndexOf", "equals", "toString");
    private static final Set<String> OPTIONAL_METHODS = Set.of("isPresent", "isEmpty", "get", "orElse", "equals", "toString");

    private final ClassLoader loader = Vocabulary.class.getClassLoader();
    private final Map<Class<?>, List<Method>> methods = new ConcurrentHashMap<>();

    private static final Vocabulary INSTANCE = new Vocabulary();

    private Vocabulary() {}

    static Vocabulary get() {
        return INSTANCE;
    }

    // ---- types ----

    /** Whether a type may be named in a rule file. */
    boolean allowedType(Class<?> type) {
        if (type == null || type.isArray() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        if (type.isPrimitive() || JAVA_LANG.containsValue(type) || JAVA_UTIL.containsValue(type)) {
            return true;
        }
        if (!Modifier.isPublic(type.getModifiers()) || Throwable.class.isAssignableFrom(type)) {
            return false;
        }
        String pkg = type.getPackageName();
        return switch (pkg) {
            case MODEL, FACTS -> true;
            case RULES -> type.isEnum();
            case "java.time" -> type != java.time.Clock.class && type != java.time.InstantSource.class;
            case "java.time.temporal" -> type == java.time.temporal.ChronoUnit.class || type == java.time.temporal.ChronoField.class;
            default -> false;
        };
    }

    /** The class of a fully qualified name when it is an allowed type, else null; never initialises it. */
    Class<?> allowedClass(String qualified) {
        Class<?> util = JAVA_UTIL.get(qualified);
        if (util != null) {
            return util;
        }
        int dot = qualified.lastIndexOf('.');
        if (dot < 0 || !IMPORTABLE_PACKAGES.contains(qualified.substring(0, dot))) {
            return null;
        }
        try {
            Class<?> type = Class.forName(qualified, false, loader);
            return allowedType(type) ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Whether a fully qualified name lies in a package a rule file may import from. */
    static boolean inImportablePackage(String qualified) {
        if (JAVA_UTIL.containsKey(qualified)) {
            return true;
        }
        int dot = qualified.lastIndexOf('.');
        return dot > 0 && IMPORTABLE_PACKAGES.contains(qualified.substring(0, dot));
    }

    /** The names a rule can write for a type, such as {@code LocalDate} or {@code List}. */
    static String simpleName(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return "a value";
        }
        return raw.getEnclosingClass() != null ? raw.getEnclosingClass().getSimpleName() + "." + raw.getSimpleName() : raw.getSimpleName();
    }

    // ---- members ----

    /** The public methods of a type that a rule may call. */
    List<Method> methods(Class<?> type) {
        return methods.computeIfAbsent(type, this::allowedMethods);
    }

    private List<Method> allowedMethods(Class<?> type) {
        List<Method> result = new ArrayList<>();
        List<Method> all = new ArrayList<>(List.of(type.getMethods()));
        if (type.isInterface()) {
            for (Method m : Object.class.getMethods()) {
                all.add(m);
            }
        }
        for (Method m : all) {
            if (!m.isBridge() && !m.isSynthetic() && allowedMethod(type, m)) {
                result.add(m);
            }
        }
        result.sort(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount));
        return List.copyOf(result);
    }

    private boolean allowedMethod(Class<?> type, Method m) {
        String name = m.getName();
        if (NEVER.contains(name)) {
            return false;
        }
        for (Class<?> p : m.getParameterTypes()) {
            if (p == java.time.Clock.class || p == java.time.InstantSource.class || p == Class.class) {
                return false;
            }
        }
        if (type == OUT_TYPE) {
            // exactly the outcomes the interface declares: the implementation's hooks are not reachable through it
            return m.getDeclaringClass() == OUT_TYPE && !Modifier.isStatic(m.getModifiers());
        }
        Class<?> declaring = m.getDeclaringClass();
        String pkg = declaring.getPackageName();
        if (pkg.equals(MODEL) || pkg.equals(FACTS) || (pkg.equals(RULES) && declaring.isEnum())) {
            return !Throwable.class.isAssignableFrom(declaring);
        }
        if (declaring == Object.class || declaring == Record.class) {
            return OBJECT_METHODS.contains(name);
        }
        if (declaring == Enum.class) {
            return ENUM_METHODS.contains(name) && (!name.equals("valueOf") || m.getParameterCount() == 1);
        }
        if (pkg.equals("java.time") || pkg.equals("java.time.temporal") || pkg.equals("java.time.chrono")) {
            return allowedType(type);
        }
        if (type == String.class || declaring == String.class || declaring == CharSequence.class) {
            return STRING_METHODS.contains(name);
        }
        if (Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class || type == Math.class
                || declaring == Comparable.class) {
            return NUMBER_METHODS.contains(name);
        }
        if (type == Optional.class) {
            return OPTIONAL_METHODS.contains(name);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return COLLECTION_METHODS.contains(name);
        }
        return false;
    }

    /** The allowed methods of a type with this name. */
    List<Method> methods(Class<?> type, String name) {
        List<Method> found = new ArrayList<>(2);
        for (Method m : methods(type)) {
            if (m.getName().equals(name)) {
                found.add(m);
            }
        }
        return found;
    }

    /** Whether a type has a public method of this name that rules may not call. */
    static boolean hasForbiddenMethod(Class<?> type, String name) {
        if (NEVER.contains(name)) {
            return true;
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a method name may never be called, whatever its type. */
    static boolean never(String name) {
        return NEVER.contains(name);
    }

    /** The names of the allowed methods of a type. */
    Set<String> methodNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : methods(type)) {
            names.add(m.getName());
        }
        return names;
    }

    /**
     * The accessor of a property, as a pattern constraint reads it: {@code adult} is {@code adult()},
     * {@code getAdult()} or {@code isAdult()}. Null when there is none.
     */
    Method property(Class<?> type, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Method found = null;
        for (Method m : methods(type)) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
                String n = m.getName();
                if (n.equals(name)) {
                    return m;
                }
                if (n.equals("get" + cap) || n.equals("is" + cap)) {
                    found = m;
                }
            }
        }
        return found;
    }

    /** The property names of a type, for suggestions. */
    Set<String> propertyNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : methods(type)) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
                names.add(m.getName());
            }
        }
        return names;
    }

    /** A public static constant of an allowed type (an enum constant, for example), or null. */
    static Field constant(Class<?> type, String name) {
        for (Field f : type.getFields()) {
            int mod = f.getModifiers();
            if (f.getName().equals(name) && Modifier.isStatic(mod) && Modifier.isFinal(mod)) {
                return f;
            }
        }
        return null;
    }

    /** The names of the public constants of a type, for suggestions. */
    static Set<String> constantNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
                names.add(f.getName());
            }
        }
        return names;
    }

    /** The outcome names a consequence may call on {@code out}: the methods of {@link Outcomes}. */
    Set<String> outcomes() {
        return methodNames(OUT_TYPE);
    }

    /** The outcomes that record a finding: those whose first parameter is the finding's code. */
    Set<String> findingOutcomes() {
        Set<String> names = new TreeSet<>();
        for (Method m : methods(OUT_TYPE)) {
            if (m.getParameterCount() > 0 && m.getParameterTypes()[0] == String.class) {
                names.add(m.getName());
            }
        }
        return names;
    }

    /** Whether any allowed type of the rules' vocabulary has a method or property of this name: for values of unknown type. */
    boolean anyMember(String name, Collection<Class<?>> known) {
        if (NEVER.contains(name)) {
            return false;
        }
        if (STRING_METHODS.contains(name) || NUMBER_METHODS.contains(name) || COLLECTION_METHODS.contains(name)
                || OPTIONAL_METHODS.contains(name) || ENUM_METHODS.contains(name)) {
            return true;
        }
        for (Class<?> type : known) {
            if (type != OUT_TYPE && (!methods(type, name).isEmpty() || property(type, name) != null)) {
                return true;
            }
        }
        for (Class<?> type : List.of(java.time.LocalDate.class, java.time.Period.class)) {
            if (!methods(type, name).isEmpty() || property(type, name) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The allowed types a rule can reach from the facts and from {@code out}: the types worth
     * suggesting for a misspelled one.
     */
    Set<String> reachableTypeNames() {
        Set<String> names = reachable;
        if (names == null) {
            Set<Class<?>> seen = new java.util.HashSet<>();
            java.util.ArrayDeque<Type> todo = new java.util.ArrayDeque<>(List.of(OUT_TYPE, be.sos.rules.facts.Procedure.class));
            while (!todo.isEmpty()) {
                Type next = todo.pop();
                if (next instanceof ParameterizedType p) {
                    todo.addAll(List.of(p.getActualTypeArguments()));
                }
                Class<?> c = raw(next);
                if (c == null || c.isArray() || !allowedType(c) || !seen.add(c)) {
                    continue;
                }
                for (Method m : methods(c)) {
                    todo.add(m.getGenericReturnType());
                    todo.addAll(List.of(m.getGenericParameterTypes()));
                }
            }
            names = new TreeSet<>();
            for (Class<?> c : seen) {
                if (!c.isPrimitive() && !c.getPackageName().startsWith("java.")) {
                    names.add(c.getSimpleName());
                }
            }
            names = Set.copyOf(names);
            reachable = names;
        }
        return names;
    }

    private volatile Set<String> reachable;

    // ---- generic types ----

    /** The class of a type, or null when not known. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            Type bound = v.getBounds()[0];
            return bound == Object.class ? null : raw(bound);
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    /** What a method returns when called on a value of type {@code scope}: type variables resolved where possible. */
    static Type returnType(Method m, Type scope) {
        return resolve(m.getGenericReturnType(), scope);
    }

    private static Type resolve(Type type, Type scope) {
        if (type instanceof Class<?>) {
            return type;
        }
        if (type instanceof TypeVariable<?> v) {
            if (scope instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
                TypeVariable<?>[] params = raw.getTypeParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getName().equals(v.getName())) {
                        Type actual = p.getActualTypeArguments()[i];
                        return actual instanceof WildcardType w ? w.getUpperBounds()[0] : actual;
                    }
                }
            }
            return raw(v);
        }
        if (type instanceof WildcardType w) {
            return resolve(w.getUpperBounds()[0], scope);
        }
        return type;
    }

    // ---- suggestions ----

    /** The closest of the candidates to a misspelled name, or null when none is close. */
    static String suggest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return bestDistance <= allowed && best != null && !best.equals(name) ? best : null;
    }

    /** The Levenshtein distance, with a swap of two neighbours counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code ; did you mean 'x'?} or nothing. */
    static String didYouMean(String name, Collection<String> candidates) {
        String s = suggest(name, candidates);
        return s == null ? "" : "; did you mean '" + s + "'?";
    }
}
