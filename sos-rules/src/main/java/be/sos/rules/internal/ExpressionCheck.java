package be.sos.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.OOPathExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Checks one expression of a rule, a condition or a consequence's call, against the
 * {@link Vocabulary}, and infers the type of what it denotes. An allow-list walk: every kind of
 * node it does not know is refused. Reports each problem once, where it starts; a part that was
 * refused is not looked at further, so one mistake gives one message.
 */
final class ExpressionCheck {
    /** Where problems go: a node (with or without a position of its own) and a word of it to find in the text. */
    interface Reporter {
        void report(Node node, String word, String message);
    }

    /** Resolves the type names a rule file may write: its imports, and a few of {@code java.lang}. */
    interface TypeNames {
        /** The allowed class of a simple or qualified type name, or null. */
        Class<?> resolve(String name);

        /** The simple names of the types the file imports, for suggestions. */
        Collection<String> names();

        /** The import a file lacks for an allowed type of this simple name, or null. */
        String missingImport(String simpleName);
    }

    /** The bindings a part of a rule sees: its own and those of the parts around it. */
    static final class Scope {
        private final Scope parent;
        private final Map<String, Type> bindings = new LinkedHashMap<>();

        Scope(Scope parent) {
            this.parent = parent;
        }

        Scope child() {
            return new Scope(this);
        }

        /** Declares a binding; a null type is a value of unknown type. */
        void bind(String name, Type type) {
            bindings.put(name, type);
        }

        boolean has(String name) {
            return bindings.containsKey(name) || parent != null && parent.has(name);
        }

        Type type(String name) {
            return bindings.containsKey(name) ? bindings.get(name) : parent == null ? null : parent.type(name);
        }

        Set<String> names() {
            Set<String> all = parent == null ? new TreeSet<>() : parent.names();
            all.addAll(bindings.keySet());
            return all;
        }
    }

    /** The type of {@code null}. */
    static final Type NULL = new Type() {
        @Override
        public String getTypeName() {
            return "null";
        }
    };

    /** The type of a binding whose own part was refused: uses of it are not reported again. */
    static final Type BROKEN = new Type() {
        @Override
        public String getTypeName() {
            return "refused";
        }
    };

    /** What an expression denotes. */
    sealed interface Den permits Value, TypeName, PackagePart, Refused {}

    /** A value; its type is null when not known. */
    record Value(Type type) implements Den {}

    /** A type named in the expression, such as {@code EventType} in {@code EventType.FIRST_HEARING}. */
    record TypeName(Class<?> type) implements Den {}

    /** The start of a qualified name, such as {@code java.time}. */
    record PackagePart(String name) implements Den {}

    /** A part that was refused; already reported. */
    record Refused() implements Den {}

    private static final Refused REFUSED = new Refused();
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "be", "io", "groovy", "kotlin");
    private static final Set<String> ENGINE_NAMES = Set.of("drools", "kcontext");
    private static final Set<String> ENGINE_CALLS = Set.of("insert", "insertLogical", "update", "modify", "retract", "delete", "halt");

    private final Vocabulary vocabulary;
    private final TypeNames types;
    private final Reporter reporter;
    private final Scope scope;
    private final Class<?> thisType;
    private final boolean consequence;
    private final boolean outDeclared;
    private final Collection<Class<?>> known;

    /**
     * A check of expressions in one place of a rule.
     *
     * @param thisType the pattern's type, whose fields a constraint names bare; null elsewhere
     * @param consequence whether the expressions are in a consequence (where {@code out} may be used)
     */
    ExpressionCheck(Vocabulary vocabulary, TypeNames types, Reporter reporter, Scope scope, Class<?> thisType,
                    boolean consequence, boolean outDeclared, Collection<Class<?>> known) {
        this.vocabulary = vocabulary;
        this.types = types;
        this.reporter = reporter;
        this.scope = scope;
        this.thisType = thisType;
        this.consequence = consequence;
        this.outDeclared = outDeclared;
        this.known = known;
    }

    /** The type of a value expression; null when unknown or refused. */
    Type valueType(Expression e) {
        Den d = value(e);
        return d instanceof Value v ? v.type() : null;
    }

    /** Checks an expression that must denote a value. */
    Den value(Expression e) {
        Den d = check(e);
        if (d instanceof TypeName t) {
            return refuse(e, t.type().getSimpleName(), "'" + t.type().getSimpleName() + "' is a type, not a value");
        }
        if (d instanceof PackagePart p) {
            return refuse(e, p.name(), "unknown name '" + p.name() + "'");
        }
        return d;
    }

    /** Whether a check refused the part (and reported why). */
    static boolean refused(Den d) {
        return d instanceof Refused;
    }

    private Den refuse(Node node, String word, String message) {
        reporter.report(node, word, message);
        return REFUSED;
    }

    Den check(Expression e) {
        if (e instanceof EnclosedExpr x) {
            return value(x.getInner());
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return new Value(String.class);
        }
        if (e instanceof IntegerLiteralExpr) {
            return new Value(int.class);
        }
        if (e instanceof LongLiteralExpr) {
            return new Value(long.class);
        }
        if (e instanceof DoubleLiteralExpr) {
            return new Value(double.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return new Value(boolean.class);
        }
        if (e instanceof CharLiteralExpr) {
            return new Value(char.class);
        }
        if (e instanceof NullLiteralExpr) {
            return new Value(NULL);
        }
        if (e instanceof BigDecimalLiteralExpr || e instanceof BigIntegerLiteralExpr) {
            return new Value(Number.class);
        }
        if (e instanceof NameExpr n) {
            if (n instanceof DrlNameExpr d && d.getBackReferencesCount() > 0) {
                return refuse(e, n.getNameAsString(), "back references ('../') are not available in rule files");
            }
            return name(n, n.getNameAsString());
        }
        if (e instanceof ThisExpr) {
            if (consequence || thisType == null) {
                return refuse(e, "this", "'this' is only available inside a pattern's brackets");
            }
            return new Value(thisType);
        }
        if (e instanceof FieldAccessExpr f) {
            return field(f, f.getScope(), f.getNameAsString());
        }
        if (e instanceof NullSafeFieldAccessExpr f) {
            return field(f, f.getScope(), f.getNameAsString());
        }
        if (e instanceof MethodCallExpr m) {
            return call(m, m.getScope().orElse(null), m.getNameAsString(), m.getArguments());
        }
        if (e instanceof NullSafeMethodCallExpr m) {
            return call(m, m.getScope().orElse(null), m.getNameAsString(), m.getArguments());
        }
        if (e instanceof BinaryExpr b) {
            return binary(b);
        }
        if (e instanceof UnaryExpr u) {
            return unary(u);
        }
        if (e instanceof ConditionalExpr c) {
            Den cond = value(c.getCondition());
            Den then = value(c.getThenExpr());
            Den other = value(c.getElseExpr());
            return refused(cond) || refused(then) || refused(other) ? REFUSED : then;
        }
        if (e instanceof PointFreeExpr p) {
            return pointFree(p, p.getOperator().asString(), p.getLeft(), p.getRight());
        }
        if (e instanceof HalfPointFreeExpr p) {
            return pointFree(p, p.getOperator().asString(), null, p.getRight());
        }
        if (e instanceof HalfBinaryExpr h) {
            Den right = value(h.getRight());
            return refused(right) ? REFUSED : new Value(boolean.class);
        }
        return refuse(e, word(e), forbidden(e));
    }

    /** Why a kind of expression is not available, in the rule author's terms. */
    private static String forbidden(Expression e) {
        if (e instanceof ObjectCreationExpr || e instanceof ArrayCreationExpr) {
            return "'new' is not available in rule files: a rule does not create objects; it records outcomes with out";
        }
        if (e instanceof LambdaExpr) {
            return "lambdas ('->') are not available in rule files";
        }
        if (e instanceof MethodReferenceExpr) {
            return "method references ('::') are not available in rule files";
        }
        if (e instanceof ClassExpr) {
            return "class literals ('.class') are not available in rule files";
        }
        if (e instanceof CastExpr || e instanceof InlineCastExpr || e instanceof FullyQualifiedInlineCastExpr) {
            return "casts are not available in rule files";
        }
        if (e instanceof AssignExpr) {
            return "'=' assigns a value, which a rule may not do; to compare, write '=='";
        }
        if (e instanceof InstanceOfExpr) {
            return "'instanceof' is not available in rule files";
        }
        if (e instanceof ArrayAccessExpr || e instanceof ArrayInitializerExpr) {
            return "arrays are not available in rule files";
        }
        if (e instanceof SwitchExpr) {
            return "'switch' is not available in rule files";
        }
        if (e instanceof SuperExpr) {
            return "'super' is not available in rule files";
        }
        if (e instanceof OOPathExpr) {
            return "OOPath expressions ('/...') are not available in rule files; use 'from'";
        }
        if (e instanceof VariableDeclarationExpr) {
            return "local variables are not available in rule files; write the value where it is used";
        }
        return "this kind of expression is not available in rule files";
    }

    private static String word(Expression e) {
        if (e instanceof ObjectCreationExpr || e instanceof ArrayCreationExpr) {
            return "new";
        }
        if (e instanceof LambdaExpr) {
            return "->";
        }
        if (e instanceof MethodReferenceExpr) {
            return "::";
        }
        if (e instanceof ClassExpr) {
            return "class";
        }
        if (e instanceof InstanceOfExpr) {
            return "instanceof";
        }
        if (e instanceof SwitchExpr) {
            return "switch";
        }
        if (e instanceof SuperExpr) {
            return "super";
        }
        if (e instanceof InlineCastExpr || e instanceof FullyQualifiedInlineCastExpr) {
            return "#";
        }
        if (e instanceof AssignExpr a && a.getTarget() instanceof NameExpr n) {
            return n.getNameAsString();
        }
        return null;
    }

    // ---- names ----

    private Den name(Node node, String name) {
        if (scope.has(name)) {
            Type type = scope.type(name);
            return type == BROKEN ? REFUSED : new Value(type);
        }
        if (thisType != null && !consequence) {
            Method p = vocabulary.property(thisType, name);
            if (p != null) {
                return new Value(Vocabulary.returnType(p, thisType));
            }
        }
        Class<?> type = types.resolve(name);
        if (type != null) {
            return new TypeName(type);
        }
        if (name.equals(Vocabulary.OUT)) {
            if (!consequence) {
                return refuse(node, name, "out records outcomes after 'then'; a condition cannot use it");
            }
            if (!outDeclared) {
                return refuse(node, name, "out is not declared in this file: add 'global " + Vocabulary.OUT_TYPE.getName() + " out;'");
            }
            return new Value(Vocabulary.OUT_TYPE);
        }
        if (ENGINE_NAMES.contains(name)) {
            return refuse(node, name, "'" + name + "' is not available in rule files: a consequence records outcomes with out, nothing else");
        }
        if (Character.isUpperCase(name.charAt(0))) {
            String hint = types.missingImport(name);
            if (hint != null) {
                return refuse(node, name, "'" + name + "' is not imported: add '" + hint + "'");
            }
            if (javaLangClass(name)) {
                return refuse(node, name, notAvailable(name));
            }
        }
        if (PACKAGE_ROOTS.contains(name)) {
            return new PackagePart(name);
        }
        if (thisType != null && !consequence && thisType != Object.class) {
            Set<String> candidates = new TreeSet<>(vocabulary.propertyNames(thisType));
            candidates.addAll(scope.names());
            return refuse(node, name, "unknown field '" + name + "' on " + Vocabulary.simpleName(thisType)
                    + Vocabulary.didYouMean(name, candidates));
        }
        Set<String> candidates = new TreeSet<>(scope.names());
        candidates.addAll(types.names());
        if (consequence && outDeclared) {
            candidates.add(Vocabulary.OUT);
        }
        return refuse(node, name, "unknown name '" + name + "'" + Vocabulary.didYouMean(name, candidates));
    }

    private static boolean javaLangClass(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, ExpressionCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String notAvailable(String name) {
        return "'" + name + "' is not available in rule files: a rule may only use the case's facts, out, "
                + "and the types of the case model and java.time";
    }

    /** A name such as {@code java.lang.System}, with each part, or null when the expression is not one. */
    private static List<String> dotted(Expression e) {
        List<String> parts = new ArrayList<>();
        Expression current = e;
        while (current instanceof FieldAccessExpr f) {
            parts.add(0, f.getNameAsString());
            current = f.getScope();
        }
        if (current instanceof NameExpr n && !(n instanceof DrlNameExpr d && d.getBackReferencesCount() > 0)) {
            parts.add(0, n.getNameAsString());
            return parts;
        }
        return null;
    }

    /** Whether a name is something else than the start of a qualified name: a binding, field, type or out. */
    private boolean resolvable(String root) {
        return scope.has(root) || thisType != null && !consequence && vocabulary.property(thisType, root) != null
                || types.resolve(root) != null || root.equals(Vocabulary.OUT) || !PACKAGE_ROOTS.contains(root);
    }

    /** A qualified name: an allowed type (and its constants), or refused whatever follows. */
    private Den qualified(Expression node, List<String> parts) {
        StringBuilder name = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            name.append('.').append(parts.get(i));
            if (Character.isUpperCase(parts.get(i).charAt(0))) {
                Class<?> type = vocabulary.allowedClass(name.toString());
                if (type == null) {
                    return refuse(node, parts.get(0), notAvailable(name.toString()));
                }
                Den d = new TypeName(type);
                for (int j = i + 1; j < parts.size() && !refused(d); j++) {
                    d = member(node, d, parts.get(j));
                }
                return d;
            }
        }
        return refuse(node, parts.get(0), notAvailable(name.toString()));
    }

    // ---- fields and properties ----

    private Den field(Expression node, Expression scopeExpr, String name) {
        List<String> parts = dotted(scopeExpr);
        Den s;
        if (parts != null && !resolvable(parts.get(0))) {
            List<String> all = new ArrayList<>(parts);
            all.add(name);
            return qualified(node, all);
        }
        s = check(scopeExpr);
        if (refused(s)) {
            return s;
        }
        return member(node, s, name);
    }

    private Den member(Node node, Den s, String name) {
        if (s instanceof PackagePart p) {
            return refuse(node, p.name(), notAvailable(p.name() + "." + name));
        }
        if (s instanceof TypeName t) {
            Class<?> type = t.type();
            Field f = Vocabulary.constant(type, name);
            if (f == null) {
                return refuse(node, name, "unknown constant '" + name + "' of " + type.getSimpleName()
                        + Vocabulary.didYouMean(name, Vocabulary.constantNames(type)));
            }
            return vocabulary.allowedType(Vocabulary.raw(f.getGenericType())) ? new Value(f.getGenericType())
                    : refuse(node, name, notAvailable(type.getSimpleName() + "." + name));
        }
        Type type = ((Value) s).type();
        if (type == NULL) {
            return refuse(node, name, "null has no field '" + name + "'");
        }
        Class<?> raw = Vocabulary.raw(type);
        if (raw == null) {
            return vocabulary.anyMember(name, known) ? new Value(null) : refuse(node, name, "unknown field '" + name + "'");
        }
        if (raw == Vocabulary.OUT_TYPE) {
            return refuse(node, name, "out has no fields; record an outcome with a call such as out.warning(...)");
        }
        if (!vocabulary.allowedType(raw)) {
            return refuse(node, name, "values of type " + raw.getSimpleName() + " cannot be used in rule files");
        }
        Method p = vocabulary.property(raw, name);
        if (p == null) {
            return refuse(node, name, "unknown field '" + name + "' on " + Vocabulary.simpleName(raw)
                    + Vocabulary.didYouMean(name, vocabulary.propertyNames(raw)));
        }
        return new Value(Vocabulary.returnType(p, type));
    }

    // ---- method calls ----

    private Den call(Expression node, Expression scopeExpr, String name, NodeList<Expression> args) {
        if (Vocabulary.never(name)) {
            return refuse(node, name, "'" + name + "' is not available in rule files");
        }
        if (scopeExpr == null) {
            return unscopedCall(node, name, args);
        }
        List<String> parts = dotted(scopeExpr);
        Den s = parts != null && !resolvable(parts.get(0)) ? qualified(scopeExpr, parts) : check(scopeExpr);
        if (refused(s)) {
            return s;
        }
        if (s instanceof PackagePart p) {
            return refuse(node, p.name(), notAvailable(p.name() + "." + name));
        }
        if (s instanceof TypeName t) {
            Class<?> type = t.type();
            List<Method> candidates = new ArrayList<>();
            for (Method m : vocabulary.methods(type, name)) {
                if (Modifier.isStatic(m.getModifiers())) {
                    candidates.add(m);
                }
            }
            if (candidates.isEmpty()) {
                return refuse(node, name, Vocabulary.hasForbiddenMethod(type, name)
                        ? "'" + type.getSimpleName() + "." + name + "' is not available in rule files"
                        : "unknown method '" + name + "' of " + type.getSimpleName()
                        + Vocabulary.didYouMean(name, vocabulary.methodNames(type)));
            }
            return invoke(node, type.getSimpleName() + "." + name, candidates, type, args);
        }
        Type type = ((Value) s).type();
        if (type == NULL) {
            return refuse(node, name, "null has no method '" + name + "'");
        }
        Class<?> raw = Vocabulary.raw(type);
        if (raw == null) {
            if (!vocabulary.anyMember(name, known)) {
                return refuse(node, name, "unknown method '" + name + "'");
            }
            return arguments(args) ? new Value(null) : REFUSED;
        }
        if (raw == Vocabulary.OUT_TYPE) {
            List<Method> candidates = vocabulary.methods(raw, name);
            if (candidates.isEmpty()) {
                String suggestion = Vocabulary.didYouMean(name, vocabulary.outcomes());
                return refuse(node, name, "unknown outcome '" + name + "'" + (suggestion.isEmpty()
                        ? "; out records only " + String.join(", ", vocabulary.outcomes()) : suggestion));
            }
            return invoke(node, "out." + name, candidates, type, args);
        }
        if (!vocabulary.allowedType(raw)) {
            return refuse(node, name, "values of type " + raw.getSimpleName() + " cannot be used in rule files");
        }
        List<Method> candidates = vocabulary.methods(raw, name);
        if (candidates.isEmpty()) {
            if (Vocabulary.hasForbiddenMethod(raw, name)) {
                return refuse(node, name, "'" + name + "' of " + Vocabulary.simpleName(raw) + " is not available in rule files");
            }
            Set<String> names = new TreeSet<>(vocabulary.methodNames(raw));
            return refuse(node, name, "unknown method '" + name + "' on " + Vocabulary.simpleName(raw)
                    + Vocabulary.didYouMean(name, names));
        }
        return invoke(node, name, candidates, type, args);
    }

    private Den unscopedCall(Expression node, String name, NodeList<Expression> args) {
        if (consequence || thisType == null) {
            if (ENGINE_CALLS.contains(name)) {
                return refuse(node, name, "'" + name + "(...)' is not available here: a consequence records outcomes "
                        + "with out, and inserts only what out returns: insert(out.window(...))");
            }
            return refuse(node, name, "unknown function '" + name + "'; rule files have no functions of their own");
        }
        List<Method> candidates = vocabulary.methods(thisType, name);
        if (candidates.isEmpty()) {
            return refuse(node, name, Vocabulary.hasForbiddenMethod(thisType, name)
                    ? "'" + name + "' of " + Vocabulary.simpleName(thisType) + " is not available in rule files"
                    : "unknown method '" + name + "' on " + Vocabulary.simpleName(thisType)
                    + Vocabulary.didYouMean(name, vocabulary.methodNames(thisType)));
        }
        return invoke(node, name, candidates, thisType, args);
    }

    private boolean arguments(NodeList<Expression> args) {
        boolean ok = true;
        for (Expression a : args) {
            ok &= !refused(value(a));
        }
        return ok;
    }

    /** Picks the methods that take these values; reports a wrong number or type of values. */
    private Den invoke(Node node, String what, List<Method> candidates, Type scopeType, NodeList<Expression> args) {
        List<Type> argTypes = new ArrayList<>(args.size());
        boolean ok = true;
        for (Expression a : args) {
            Den d = value(a);
            ok &= !refused(d);
            argTypes.add(d instanceof Value v ? v.type() : null);
        }
        if (!ok) {
            return REFUSED;
        }
        String word = what.substring(what.lastIndexOf('.') + 1);
        List<Method> byCount = new ArrayList<>();
        for (Method m : candidates) {
            int n = m.getParameterCount();
            if (n == args.size() || m.isVarArgs() && args.size() >= n - 1) {
                byCount.add(m);
            }
        }
        if (byCount.isEmpty()) {
            return refuse(node, word, "'" + what + "' does not take " + values(args.size()) + "; it takes " + arities(candidates));
        }
        List<Method> applicable = new ArrayList<>();
        for (Method m : byCount) {
            if (accepts(m, argTypes)) {
                applicable.add(m);
            }
        }
        if (applicable.isEmpty()) {
            if (byCount.size() == 1) {
                Method m = byCount.get(0);
                for (int i = 0; i < argTypes.size(); i++) {
                    Class<?> param = parameter(m, i);
                    if (!assignable(param, argTypes.get(i))) {
                        return refuse(args.get(i), word, "value " + (i + 1) + " of '" + what + "' must be " + describe(param)
                                + ", not " + describe(argTypes.get(i)));
                    }
                }
            }
            return refuse(node, word, "'" + what + "' does not take these values");
        }
        Type result = Vocabulary.returnType(applicable.get(0), scopeType);
        for (Method m : applicable) {
            if (!java.util.Objects.equals(Vocabulary.returnType(m, scopeType), result)) {
                return new Value(null);
            }
        }
        return new Value(result);
    }

    private static String values(int n) {
        return n == 0 ? "no values" : n == 1 ? "1 value" : n + " values";
    }

    private static String arities(List<Method> candidates) {
        Set<String> forms = new TreeSet<>();
        for (Method m : candidates) {
            int n = m.getParameterCount();
            forms.add(m.isVarArgs() ? (n - 1) + " or more" : String.valueOf(n));
        }
        return String.join(" or ", forms);
    }

    private static Class<?> parameter(Method m, int i) {
        Class<?>[] params = m.getParameterTypes();
        if (m.isVarArgs() && i >= params.length - 1) {
            return params[params.length - 1].getComponentType();
        }
        return params[i];
    }

    private static boolean accepts(Method m, List<Type> argTypes) {
        Class<?>[] params = m.getParameterTypes();
        if (!m.isVarArgs() || argTypes.size() == params.length && assignable(params[params.length - 1], argTypes.get(params.length - 1))) {
            if (argTypes.size() == params.length) {
                boolean all = true;
                for (int i = 0; i < params.length; i++) {
                    all &= assignable(params[i], argTypes.get(i));
                }
                if (all) {
                    return true;
                }
            }
            if (!m.isVarArgs()) {
                return false;
            }
        }
        for (int i = 0; i < argTypes.size(); i++) {
            if (!assignable(parameter(m, i), argTypes.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value of type {@code arg} may be passed for {@code param}; unknown types pass. */
    static boolean assignable(Class<?> param, Type arg) {
        if (arg == NULL) {
            return !param.isPrimitive();
        }
        Class<?> raw = Vocabulary.raw(arg);
        if (raw == null || param == Object.class || param.isAssignableFrom(raw)) {
            return true;
        }
        Class<?> p = box(param);
        Class<?> a = box(raw);
        if (p.isAssignableFrom(a)) {
            return true;
        }
        if (param.isPrimitive() && Number.class.isAssignableFrom(a) || a == Character.class) {
            return widens(unbox(a), param);
        }
        return false;
    }

    private static boolean widens(Class<?> from, Class<?> to) {
        List<Class<?>> order = List.of(byte.class, short.class, int.class, long.class, float.class, double.class);
        if (from == char.class) {
            return to == int.class || to == long.class || to == float.class || to == double.class;
        }
        int f = order.indexOf(from);
        int t = order.indexOf(to);
        return f >= 0 && t >= 0 && f <= t;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Void.class;
        };
    }

    private static Class<?> unbox(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "Integer" -> int.class;
            case "Long" -> long.class;
            case "Double" -> double.class;
            case "Float" -> float.class;
            case "Short" -> short.class;
            case "Byte" -> byte.class;
            case "Character" -> char.class;
            default -> c;
        };
    }

    /** A type in words: "a date (LocalDate)", "a number", "text". */
    static String describe(Type type) {
        if (type == null) {
            return "a value of unknown type";
        }
        if (type == NULL) {
            return "null";
        }
        Class<?> c = Vocabulary.raw(type);
        if (c == null) {
            return "a value of unknown type";
        }
        return switch (kind(c)) {
            case NUMBER -> "a number";
            case TEXT -> "text";
            case YES_NO -> "a yes/no value";
            case DATE -> "a date (" + c.getSimpleName() + ")";
            case ENUM -> "a " + c.getSimpleName();
            default -> "a " + Vocabulary.simpleName(c);
        };
    }

    // ---- operators ----

    private enum Kind { NUMBER, TEXT, YES_NO, DATE, ENUM, OTHER }

    private static Kind kind(Class<?> c) {
        Class<?> b = box(c);
        if (Number.class.isAssignableFrom(b) || b == Character.class) {
            return Kind.NUMBER;
        }
        if (b == String.class) {
            return Kind.TEXT;
        }
        if (b == Boolean.class) {
            return Kind.YES_NO;
        }
        if (Temporal.class.isAssignableFrom(b) || TemporalAmount.class.isAssignableFrom(b)) {
            return Kind.DATE;
        }
        if (b.isEnum()) {
            return Kind.ENUM;
        }
        return Kind.OTHER;
    }

    private Den binary(BinaryExpr b) {
        Den left = value(b.getLeft());
        Den right = value(b.getRight());
        if (refused(left) || refused(right)) {
            return REFUSED;
        }
        Type l = ((Value) left).type();
        Type r = ((Value) right).type();
        BinaryExpr.Operator op = b.getOperator();
        switch (op) {
            case OR, AND -> {
                return new Value(boolean.class);
            }
            case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> {
                Class<?> lc = l == NULL ? null : Vocabulary.raw(l);
                Class<?> rc = r == NULL ? null : Vocabulary.raw(r);
                if (lc != null && rc != null && (notANumber(lc, b.getRight()) || notANumber(rc, b.getLeft()))) {
                    return refuse(b, null, "cannot compare a number with text that is not a number");
                }
                if (lc != null && rc != null && lc != Object.class && rc != Object.class && !comparable(lc, rc)) {
                    String word = b.getLeft() instanceof NameExpr n ? n.getNameAsString()
                            : b.getLeft() instanceof FieldAccessExpr f ? f.getNameAsString() : null;
                    return refuse(b, word, "cannot compare " + describe(lc) + " with " + describe(rc));
                }
                return new Value(boolean.class);
            }
            case PLUS -> {
                if (l == String.class || r == String.class) {
                    return refuse(b, null, "joining texts with '+' is not available in rule files: a finding's values are given one by one, "
                            + "such as out.warning(\"CODE\", $subject, $value)");
                }
                return new Value(numeric(l, r));
            }
            default -> {
                return new Value(numeric(l, r));
            }
        }
    }

    /** Whether {@code text} is a text literal compared with a number that it cannot be read as. */
    private static boolean notANumber(Class<?> number, Expression text) {
        if (kind(number) != Kind.NUMBER || !(text instanceof StringLiteralExpr s)) {
            return false;
        }
        try {
            Double.parseDouble(s.asString().strip());
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean comparable(Class<?> a, Class<?> b) {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka == Kind.TEXT || kb == Kind.TEXT || ka == Kind.OTHER || kb == Kind.OTHER) {
            return true;
        }
        if (ka == Kind.ENUM && kb == Kind.ENUM) {
            return a == b || a.isAssignableFrom(b) || b.isAssignableFrom(a);
        }
        return ka == kb;
    }

    private static Type numeric(Type l, Type r) {
        Class<?> a = Vocabulary.raw(l);
        Class<?> b = Vocabulary.raw(r);
        if (a == null || b == null || kind(a) != Kind.NUMBER || kind(b) != Kind.NUMBER) {
            return null;
        }
        Class<?> ua = unbox(box(a));
        Class<?> ub = unbox(box(b));
        if (ua == double.class || ub == double.class || ua == float.class || ub == float.class) {
            return double.class;
        }
        if (ua == long.class || ub == long.class) {
            return long.class;
        }
        return int.class;
    }

    private Den unary(UnaryExpr u) {
        switch (u.getOperator()) {
            case LOGICAL_COMPLEMENT, MINUS, PLUS -> {
                Den inner = value(u.getExpression());
                return refused(inner) ? REFUSED : inner;
            }
            default -> {
                return refuse(u, null, "'" + u.getOperator().asString() + "' changes a value, which a rule may not do");
            }
        }
    }

    private Den pointFree(Expression node, String operator, Expression left, NodeList<Expression> right) {
        if (!Vocabulary.OPERATORS.contains(operator)) {
            return refuse(node, operator, "the operator '" + operator + "' is not available in rule files; available: "
                    + String.join(", ", new TreeSet<>(Vocabulary.OPERATORS)));
        }
        boolean ok = left == null || !refused(value(left));
        for (Expression r : right) {
            ok &= !refused(value(r));
        }
        return ok ? new Value(boolean.class) : REFUSED;
    }
}
