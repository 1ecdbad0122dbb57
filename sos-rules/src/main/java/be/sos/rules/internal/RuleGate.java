package be.sos.rules.internal;

import be.sos.rules.RuleProblem;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.model.codegen.execmodel.generator.ModelGenerator;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.Providers;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * The allow-list gate a rule set passes, in full, before any of it is handed to Drools: rules
 * are code and Drools has no sandbox (DROOLS-NOTES.md), so what a rule may say is decided here.
 *
 * <p>Each DRL file is parsed into its descriptors, and every part is checked: the package, the
 * imports (only the case model, the rule types and {@code java.time}), the one global
 * {@code out}, no functions, declared types or queries, a few rule attributes, the metadata
 * {@code @id} (unique in the rule set) and {@code @source}, every condition of every pattern and
 * conditional element, and every statement of every consequence. Conditions and consequences
 * are parsed into syntax trees and walked with {@link ExpressionCheck}: literals, bindings,
 * fields of the pattern's type, constants and allowed methods of allowed types; a consequence is
 * a list of calls on {@code out} or {@code insert(out.x(...))}. Anything else is refused.
 *
 * <p>Problems are in the rule author's terms, with file, line and column. Stateless and
 * thread-safe.
 */
final class RuleGate {
    /** Rule attributes a rule may have: none of them reads the clock, starts a thread or changes the agenda's order beyond salience. */
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "enabled");
    private static final Set<String> METADATA = Set.of("id", "source");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:-?\\d+ ");
    private static final Pattern FOUND = Pattern.compile("(?:Found|Encountered unexpected token:)\\s+\"?([^\"\\s,]+)\"?");
    private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)+\"");
    private static final Pattern MISMATCHED = Pattern.compile("^(?:mismatched input|no viable alternative at input|extraneous input) '([^']*)'(.*)$", Pattern.DOTALL);

    /**
     * The outcome of a gate check: the problems, and where each rule and its consequence are (to
     * place problems that Drools reports later without a line).
     */
    record Result(List<RuleProblem> problems, List<RuleSite> rules) {
        Result {
            problems = List.copyOf(problems);
            rules = List.copyOf(rules);
        }
    }

    /**
     * Where a rule is.
     *
     * @param file its file
     * @param name its name
     * @param line the line of its {@code rule} keyword
     * @param column that keyword's column
     * @param consequence the consequence's text
     * @param consequenceOffset where the consequence starts in the file, or -1
     */
    record RuleSite(String file, String name, int line, int column, String consequence, int consequenceOffset) {}

    /** The longest the gate may take over one rule set. */
    static final long MAX_CHECK_NANOS = 20_000_000_000L;
    /** The most patterns in one rule, nested ones included. */
    static final int MAX_PATTERNS = 12;
    /** The most patterns with {@code from} one rule joins with each other (the bundled rules join at most 2). */
    static final int MAX_FROM = 4;

    /** Thrown when the gate runs out of time, to stop it wherever it is. */
    private static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        OutOfTime(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private RuleGate() {}

    /** Checks every DRL file of a rule set. */
    static Result check(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSite> sites = new ArrayList<>();
        Map<String, RuleSite> ids = new HashMap<>();
        Map<String, RuleSite> names = new HashMap<>();
        Parsers parsers = new Parsers();
        long deadline = System.nanoTime() + MAX_CHECK_NANOS;
        for (Map.Entry<String, String> file : files.drl().entrySet()) {
            if (!RuleTextLimits.check(file.getKey(), file.getValue(), problems)) {
                continue;
            }
            FileCheck check = new FileCheck(new SourceText(file.getKey(), file.getValue()), parsers, problems, sites, ids, names, deadline);
            try {
                check.run();
            } catch (StackOverflowError e) {
                problems.add(new RuleProblem(file.getKey(), 1, 1, "the file is nested too deeply to be read; write simpler conditions"));
            } catch (OutOfTime e) {
                problems.add(new RuleProblem(file.getKey(), Math.max(e.line, 1), 1, "checking the rule files took longer than "
                        + MAX_CHECK_NANOS / 1_000_000_000 + " s and was stopped here; write simpler conditions"));
                break;
            }
        }
        return new Result(problems, sites);
    }

    /** The check of one file. */
    private static final class FileCheck {
        private final SourceText src;
        private final List<RuleProblem> problems;
        private final List<RuleSite> sites;
        private final Map<String, RuleSite> ids;
        private final Map<String, RuleSite> names;
        private final Vocabulary vocabulary = Vocabulary.get();
        private final Imports imports = new Imports(Vocabulary.get());
        private final Parsers parsers;
        private final long deadline;
        private boolean outDeclared;

        FileCheck(SourceText src, Parsers parsers, List<RuleProblem> problems, List<RuleSite> sites, Map<String, RuleSite> ids,
                  Map<String, RuleSite> names, long deadline) {
            this.src = src;
            this.deadline = deadline;
            this.parsers = parsers;
            this.problems = problems;
            this.sites = sites;
            this.ids = ids;
            this.names = names;
        }

        private void problem(int line, int column, String message) {
            problems.add(new RuleProblem(src.name(), Math.max(line, 0), Math.max(column, 0), message));
        }

        private void problem(BaseDescr d, String message) {
            if (d.getStartCharacter() >= 0) {
                problemAt(d.getStartCharacter(), message);
            } else {
                problem(d.getLine(), d.getColumn() + 1, message);
            }
        }

        private void problemAt(int offset, String message) {
            problem(src.line(offset), src.column(offset), message);
        }

        void run() {
            unicodeEscapes();
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, src.text());
            } catch (DroolsParserException | RuntimeException e) {
                pkg = null;
                if (!parser.hasErrors()) {
                    problem(1, 1, "this file cannot be read as rules");
                }
            }
            for (DroolsError error : parser.getErrors()) {
                if (error instanceof ParserError p) {
                    problem(Math.max(p.getRow(), 1), Math.max(p.getCol(), 0) + 1, parserMessage(p.getMessage()));
                } else {
                    problem(1, 1, parserMessage(error.getMessage()));
                }
            }
            if (pkg == null || parser.hasErrors()) {
                return;
            }
            header(pkg);
            for (RuleDescr rule : pkg.getRules()) {
                rule(rule);
            }
        }

        /**
         * Refuses unicode escapes (a backslash, 'u' and four hex digits) anywhere, comments included: the Java compiler
         * reads them before anything else, so that an escape inside a text or a comment could end
         * it and smuggle code past a check that reads the text as written.
         */
        private void unicodeEscapes() {
            String text = src.text();
            int i = text.indexOf('\\');
            while (i >= 0) {
                int run = 0;
                while (i + run < text.length() && text.charAt(i + run) == '\\') {
                    run++;
                }
                int next = i + run;
                if (run % 2 == 1 && next < text.length() && text.charAt(next) == 'u') {
                    problemAt(next - 1, "unicode escapes ('\\u...') are not available in rule files: write the character itself");
                }
                i = text.indexOf('\\', next);
            }
        }

        // ---- package, imports, globals, declarations ----

        private void header(PackageDescr pkg) {
            if (!Vocabulary.RULE_PACKAGE.equals(pkg.getName())) {
                int line = pkg.getLine() > 0 ? pkg.getLine() : 1;
                problem(line, 1, (pkg.getName() == null || pkg.getName().isEmpty() ? "no package line" : "package " + pkg.getName())
                        + ": every rule file starts with 'package " + Vocabulary.RULE_PACKAGE + ";'");
            }
            if (pkg.getUnit() != null) {
                problem(pkg.getUnit(), "rule units are not available in rule files");
            }
            for (ImportDescr i : pkg.getImports()) {
                importLine(i);
            }
            for (FunctionImportDescr f : pkg.getFunctionImports()) {
                problem(f, "'import function' and 'import static' are not available in rule files: " + f.getTarget());
            }
            for (BaseDescr a : pkg.getAccumulateImports()) {
                problem(a, "'import accumulate' is not available in rule files");
            }
            for (GlobalDescr g : pkg.getGlobals()) {
                if (Vocabulary.OUT.equals(g.getIdentifier()) && (Vocabulary.OUT_TYPE.getName().equals(g.getType())
                        || Vocabulary.OUT_TYPE == imports.resolve(g.getType()))) {
                    outDeclared = true;
                } else {
                    problem(g, "the only global is 'global " + Vocabulary.OUT_TYPE.getName() + " out;'");
                }
            }
            for (FunctionDescr f : pkg.getFunctions()) {
                problem(f, "function '" + f.getName() + "': functions are not available in rule files; a rule's conditions and outcomes say it all");
            }
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                problem(t, "declare " + t.getTypeName() + ": declaring types is not available in rule files; rules use the case's facts");
            }
            for (BaseDescr e : pkg.getEnumDeclarations()) {
                problem(e, "declaring enums is not available in rule files");
            }
            for (BaseDescr e : pkg.getEntryPointDeclarations()) {
                problem(e, "entry points are not available in rule files");
            }
            for (BaseDescr w : pkg.getWindowDeclarations()) {
                problem(w, "windows are not available in rule files");
            }
            for (AttributeDescr a : pkg.getAttributes()) {
                problem(a, "'" + a.getName() + "' for the whole file is not available; rules may have: " + String.join(", ", new TreeSet<>(ATTRIBUTES)));
            }
        }

        private void importLine(ImportDescr i) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                String pkgName = target.substring(0, target.length() - 2);
                if (Vocabulary.IMPORTABLE_PACKAGES.contains(pkgName)) {
                    imports.addPackage(pkgName);
                } else {
                    problem(i, "import " + target + ": " + importable());
                }
                return;
            }
            Class<?> type = vocabulary.allowedClass(target);
            if (type != null) {
                imports.add(type);
            } else if (Vocabulary.inImportablePackage(target)) {
                problem(i, exists(target) ? "import " + target + ": this type cannot be used in rule files"
                        : "import " + target + ": unknown type");
            } else {
                problem(i, "import " + target + ": " + importable());
            }
        }

        private static String importable() {
            return "rule files may import only types of the case model (be.sos.core.model), the rules "
                    + "(be.sos.rules, be.sos.rules.facts) and java.time";
        }

        private static boolean exists(String qualified) {
            try {
                Class.forName(qualified, false, RuleGate.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        // ---- rules ----

        private void rule(RuleDescr rule) {
            String what = (rule.isQuery() ? "query \"" : "rule \"") + rule.getName() + "\"";
            if (rule.isQuery()) {
                problem(rule, what + ": queries are not available in rule files");
                return;
            }
            int ruleStart = Math.max(rule.getStartCharacter(), 0);
            int lhsStart = rule.getLhs() != null && rule.getLhs().getStartCharacter() >= 0 ? rule.getLhs().getStartCharacter() : ruleStart;
            RuleSite site = new RuleSite(src.name(), rule.getName(), rule.getLine(), rule.getColumn() + 1,
                    String.valueOf(rule.getConsequence()), consequenceOffset(rule, lhsStart));
            sites.add(site);
            RuleSite sameName = names.putIfAbsent(rule.getName(), site);
            if (sameName != null) {
                problem(rule, what + ": another rule has the same name, at " + sameName.file() + ":" + sameName.line());
            }
            metadata(rule, what, site, ruleStart, lhsStart);
            for (AttributeDescr a : rule.getAttributes().values()) {
                attribute(a);
            }
            if (rule.getParentName() != null) {
                problem(rule, what + ": 'extends' is not available in rule files; write each rule's conditions in full");
            }
            if (!rule.getNamedConsequences().isEmpty()) {
                problem(rule, what + ": named consequences ('then[...]', 'do[...]') are not available in rule files");
            }
            ExpressionCheck.Scope scope = new ExpressionCheck.Scope(null);
            int patterns = rule.getLhs() == null ? 0 : patterns(rule.getLhs());
            int froms = rule.getLhs() == null ? 0 : joinedFroms(rule.getLhs());
            if (patterns > MAX_PATTERNS) {
                problem(rule, what + " has " + patterns + " patterns; a rule may have at most " + MAX_PATTERNS
                        + ", nested ones included: split it into several rules");
                return;
            }
            if (froms > MAX_FROM) {
                problem(rule, what + " joins " + froms + " patterns with 'from'; a rule may join at most " + MAX_FROM
                        + " (each one multiplies the combinations of the others): split it into several rules");
                return;
            }
            if (rule.getLhs() != null) {
                Region region = new Region(ruleStart, site.consequenceOffset() >= 0 ? site.consequenceOffset() : src.length());
                for (BaseDescr d : rule.getLhs().getDescrs()) {
                    condition(d, scope, region);
                }
            }
            consequence(rule, site, scope);
        }

        /** The patterns of a condition, nested ones (under not, exists, accumulate, ...) included. */
        private static int patterns(BaseDescr d) {
            int count = 0;
            if (d instanceof PatternDescr p) {
                count++;
                for (BaseDescr c : p.getDescrs()) {
                    count += patterns(c);
                }
                PatternSourceDescr source = p.getSource();
                if (source instanceof AccumulateDescr acc && acc.getInput() != null) {
                    count += patterns(acc.getInput());
                } else if (source instanceof CollectDescr collect && collect.getInputPattern() != null) {
                    count += patterns(collect.getInputPattern());
                }
            } else if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
                for (BaseDescr child : ce.getDescrs()) {
                    count += patterns(child);
                }
            }
            return count;
        }

        /**
         * The patterns with {@code from} that a condition joins with each other: those of its
         * top level and of its {@code and} and {@code or}; those under not, exists, forall,
         * accumulate and collect only test.
         */
        private static int joinedFroms(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                return p.getSource() instanceof FromDescr ? 1 : 0;
            }
            int count = 0;
            if (d instanceof AndDescr || d instanceof OrDescr) {
                for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    count += joinedFroms(child);
                }
            }
            return count;
        }

        private void metadata(RuleDescr rule, String what, RuleSite site, int ruleStart, int lhsStart) {
            for (AnnotationDescr a : rule.getAnnotations()) {
                if (!METADATA.contains(a.getName())) {
                    problemAt(annotationOffset(a.getName(), ruleStart, lhsStart, rule),
                            what + ": unknown metadata @" + a.getName() + "; a rule has @id and @source");
                }
            }
            AnnotationDescr id = rule.getAnnotation("id");
            if (id == null) {
                problem(rule, what + " has no @id: give it a stable id that no other rule has, such as @id(DL-20)");
            } else {
                String value = String.valueOf(id.getSingleValue()).strip();
                int at = annotationOffset("id", ruleStart, lhsStart, rule);
                if (value.startsWith("\"")) {
                    problemAt(at, what + ": write @id without quotes, such as @id(" + value.replace("\"", "") + ")");
                } else if (!ID.matcher(value).matches()) {
                    problemAt(at, what + ": @id(" + value + ") is not an id: use letters, digits and '-', such as @id(DL-20)");
                } else {
                    RuleSite other = ids.putIfAbsent(value, site);
                    if (other != null) {
                        problemAt(at, what + ": @id(" + value + ") is also the id of rule \"" + other.name() + "\" at "
                                + other.file() + ":" + other.line() + "; each rule has its own id");
                    }
                }
            }
            AnnotationDescr source = rule.getAnnotation("source");
            if (source == null) {
                problem(rule, what + " has no @source: cite the paragraph of the policy it encodes, such as @source(\"§8 dag 5\")");
            } else {
                String value = String.valueOf(source.getSingleValue()).strip();
                if (!TEXT.matcher(value).matches()) {
                    problemAt(annotationOffset("source", ruleStart, lhsStart, rule),
                            what + ": @source is one text in quotes, such as @source(\"§8 dag 5\")");
                }
            }
        }

        private int annotationOffset(String name, int from, int to, RuleDescr rule) {
            String text = src.text();
            int i = text.indexOf("@" + name, from);
            while (i >= 0 && i < to) {
                int after = i + name.length() + 1;
                if (after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after))) {
                    return i;
                }
                i = text.indexOf("@" + name, after);
            }
            return rule.getStartCharacter() >= 0 ? rule.getStartCharacter() : src.offset(rule.getLine(), 1);
        }

        private void attribute(AttributeDescr a) {
            String name = a.getName();
            String value = a.getValue() == null ? "" : a.getValue().strip();
            if (!ATTRIBUTES.contains(name)) {
                problem(a, "the attribute '" + name + "' is not available in rule files; rules may have: "
                        + String.join(", ", new TreeSet<>(ATTRIBUTES)));
            } else if (name.equals("salience") && !value.matches("-?\\d{1,6}")) {
                problem(a, "salience must be a whole number, such as 'salience 100'");
            } else if (!name.equals("salience") && !value.isEmpty() && !value.equals("true") && !value.equals("false")) {
                problem(a, name + " must be true or false");
            }
        }

        // ---- conditions ----

        /** The part of the file a descriptor covers, to find words in; the enclosing part when it has no position. */
        private record Region(int from, int to) {
            Region of(BaseDescr d) {
                if (d.getStartCharacter() >= 0 && d.getEndCharacter() >= d.getStartCharacter()) {
                    return new Region(d.getStartCharacter(), d.getEndCharacter() + 1);
                }
                return this;
            }
        }

        private void condition(BaseDescr d, ExpressionCheck.Scope scope, Region outer) {
            Region region = outer.of(d);
            if (d instanceof PatternDescr p) {
                pattern(p, scope, region);
            } else if (d instanceof AndDescr || d instanceof OrDescr) {
                for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    condition(child, scope, region);
                }
            } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
                ExpressionCheck.Scope inner = scope.child();
                for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    condition(child, inner, region);
                }
            } else if (d instanceof EvalDescr e) {
                expression(String.valueOf(e.getContent()), scope, null, region, "eval");
            } else if (d instanceof ConditionalBranchDescr || d instanceof NamedConsequenceDescr) {
                problem(d, "conditional consequences ('if ... do[...]') are not available in rule files");
            } else {
                problem(d, "this kind of condition is not available in rule files");
            }
        }

        private void pattern(PatternDescr p, ExpressionCheck.Scope scope, Region region) {
            if (p.isQuery()) {
                problem(p, "queries are not available in rule files");
                return;
            }
            if (!p.getBehaviors().isEmpty()) {
                problem(p, "sliding windows ('over window:...') are not available in rule files");
            }
            Class<?> type = patternType(p, region);
            PatternSourceDescr source = p.getSource();
            if (source instanceof FromDescr from) {
                Region fromRegion = region;
                int fromAt = src.find("from", region.from(), region.to());
                if (fromAt >= 0) {
                    fromRegion = new Region(fromAt, region.to());
                }
                expression(from.getExpression(), scope, null, fromRegion, "from");
            } else if (source instanceof AccumulateDescr acc) {
                accumulate(acc, scope, region.of(acc));
            } else if (source instanceof CollectDescr collect) {
                ExpressionCheck.Scope inner = scope.child();
                if (collect.getInputPattern() != null) {
                    condition(collect.getInputPattern(), inner, region);
                }
            } else if (source != null) {
                problem(p, "this source of facts is not available in rule files; use 'from', 'accumulate' or 'collect'");
            }
            if (type == null) {
                bindAll(p, scope);
                return;
            }
            if (type == Vocabulary.OUT_TYPE) {
                problem(p, "out is not a fact: a rule cannot match it");
                return;
            }
            if (source == null && !Facts.isFact(type)) {
                String list = Facts.listOf(type).map(m -> ", such as " + type.getSimpleName() + "( ... ) from $p." + m + "()")
                        .orElse("");
                problem(p, type.getSimpleName() + " is not a fact of its own: reach it with 'from'" + list);
            }
            if (p.getIdentifier() != null) {
                scope.bind(p.getIdentifier(), type);
            }
            for (BaseDescr c : p.getDescrs()) {
                Region cRegion = region.of(c);
                if (c instanceof ExprConstraintDescr e) {
                    if (e.getType() == ExprConstraintDescr.Type.POSITIONAL) {
                        problem(c, "positional constraints are not available in rule files: name the field, such as Minor( id == \"J\" )");
                        continue;
                    }
                    expression(e.getExpression(), scope, type, cRegion, "constraint");
                } else if (c instanceof BindingDescr b) {
                    expression(b.getVariable() + " : " + b.getExpression(), scope, type, cRegion, "constraint");
                } else {
                    problem(c, "this kind of constraint is not available in rule files");
                }
            }
        }

        /** Declares the bindings of a pattern that was refused, so that their uses are not reported again. */
        private void bindAll(PatternDescr p, ExpressionCheck.Scope scope) {
            if (p.getIdentifier() != null) {
                scope.bind(p.getIdentifier(), ExpressionCheck.BROKEN);
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    DrlxExpression parsed = parsers.condition(e.getExpression());
                    if (parsed != null && parsed.getBind() != null) {
                        scope.bind(parsed.getBind().asString(), ExpressionCheck.BROKEN);
                    }
                } else if (c instanceof BindingDescr b) {
                    scope.bind(b.getVariable(), ExpressionCheck.BROKEN);
                }
            }
        }

        private Class<?> patternType(PatternDescr p, Region region) {
            String name = p.getObjectType();
            if (name == null) {
                problem(p, "a pattern without a type");
                return null;
            }
            Class<?> type = imports.resolve(name);
            if (type != null) {
                return type;
            }
            String simple = name.substring(name.lastIndexOf('.') + 1);
            int at = src.find(simple, region.from(), region.to());
            int offset = at >= 0 ? at : region.from();
            String hint = imports.missingImport(simple);
            if (name.contains(".")) {
                problemAt(offset, "'" + name + "' is not available in rule files: " + importable());
            } else if (hint != null) {
                problemAt(offset, "'" + name + "' is not imported: add '" + hint + "'");
            } else if (exists("java.lang." + name) || exists("java.util." + name)) {
                problemAt(offset, "'" + name + "' cannot be used in rule files");
            } else {
                Set<String> candidates = new TreeSet<>(imports.names());
                candidates.addAll(vocabulary.reachableTypeNames());
                problemAt(offset, "unknown type '" + name + "'" + Vocabulary.didYouMean(name, candidates));
            }
            return null;
        }

        private void accumulate(AccumulateDescr acc, ExpressionCheck.Scope scope, Region region) {
            if (!acc.isExternalFunction() || acc.getInitCode() != null || acc.getActionCode() != null || acc.getResultCode() != null) {
                problem(acc, "accumulate with init/action/result code is not available in rule files; use its functions: "
                        + String.join(", ", new TreeSet<>(Vocabulary.ACCUMULATE_FUNCTIONS.keySet())));
                return;
            }
            ExpressionCheck.Scope inner = scope.child();
            if (acc.getInput() != null) {
                condition(acc.getInput(), inner, region);
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                Class<?> result = Vocabulary.ACCUMULATE_FUNCTIONS.get(f.getFunction());
                if (result == null) {
                    int at = src.find(f.getFunction(), region.from(), region.to());
                    problemAt(at >= 0 ? at : region.from(), "unknown accumulate function '" + f.getFunction() + "'; available: "
                            + String.join(", ", new TreeSet<>(Vocabulary.ACCUMULATE_FUNCTIONS.keySet()))
                            + Vocabulary.didYouMean(f.getFunction(), Vocabulary.ACCUMULATE_FUNCTIONS.keySet()));
                    continue;
                }
                Type valueType = null;
                for (String param : f.getParams()) {
                    valueType = expression(param, inner, null, region, "accumulate");
                }
                if (f.getBind() != null) {
                    scope.bind(f.getBind(), result == Void.class ? valueType : result);
                }
            }
        }

        /**
         * Parses and checks one condition expression; binds what it binds. Returns the type of its
         * value (for an accumulate function's parameter), or null.
         */
        private Type expression(String text, ExpressionCheck.Scope scope, Class<?> thisType, Region region, String where) {
            if (text == null || text.isBlank()) {
                return null;
            }
            if (System.nanoTime() > deadline) {
                throw new OutOfTime(src.line(region.from()));
            }
            DrlxExpression parsed = parsers.condition(text);
            if (parsed == null) {
                problemAt(region.from(), "this " + (where.equals("constraint") ? "condition" : where + " expression")
                        + " cannot be read: " + parsers.lastError());
                return null;
            }
            ExpressionCheck check = new ExpressionCheck(vocabulary, imports, reporter(region), scope, thisType, false,
                    outDeclared, imports.known());
            Expression expr = parsed.getExpr();
            ExpressionCheck.Den den = check.value(expr);
            Type type = den instanceof ExpressionCheck.Value v ? v.type() : null;
            if (parsed.getBind() != null) {
                Type bound = ExpressionCheck.refused(den) ? ExpressionCheck.BROKEN : type;
                if (bound != ExpressionCheck.BROKEN && expr instanceof com.github.javaparser.ast.expr.BinaryExpr b && b.getOperator() != com.github.javaparser.ast.expr.BinaryExpr.Operator.AND
                        && b.getOperator() != com.github.javaparser.ast.expr.BinaryExpr.Operator.OR) {
                    // "$date : petitionDate < $petition" binds the left side.
                    bound = new ExpressionCheck(vocabulary, imports, (n, w, m) -> { }, scope, thisType, false, outDeclared,
                            imports.known()).valueType(b.getLeft());
                }
                scope.bind(parsed.getBind().asString(), bound);
            }
            return type;
        }

        /** Reports a problem at a word of the region (conditions: their syntax trees have no positions). */
        private ExpressionCheck.Reporter reporter(Region region) {
            return (node, word, message) -> {
                int at = word == null ? -1 : src.find(word, region.from(), region.to());
                problemAt(at >= 0 ? at : region.from(), message);
            };
        }

        // ---- consequences ----

        private int consequenceOffset(RuleDescr rule, int searchFrom) {
            String text = String.valueOf(rule.getConsequence());
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                return -1;
            }
            int at = src.text().indexOf(text, searchFrom);
            if (at < 0) {
                at = src.text().indexOf(stripped, searchFrom);
            }
            return at;
        }

        private void consequence(RuleDescr rule, RuleSite site, ExpressionCheck.Scope scope) {
            String text = site.consequence();
            if (text.isBlank() || "null".equals(text) && rule.getConsequence() == null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new OutOfTime(site.line());
            }
            int base = site.consequenceOffset() >= 0 ? site.consequenceOffset() : src.offset(rule.getConsequenceLine() + 1, 1);
            String block = "{" + text + "\n}";
            SourceText blockText = new SourceText("", block);
            ParseResult<BlockStmt> result = parsers.consequence(block);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
                int at = base;
                if (first != null && first.getLocation().isPresent() && first.getLocation().get().toRange().isPresent()) {
                    Range r = first.getLocation().get().toRange().get();
                    at = base + Math.max(blockText.offset(r.begin.line, r.begin.column) - 1, 0);
                }
                problemAt(at, "the consequence cannot be read: " + javaParserMessage(first));
                return;
            }
            ExpressionCheck.Reporter reporter = (node, word, message) -> {
                int at = base;
                if (node != null && node.getRange().isPresent() && node.getRange().get().begin.line > 0) {
                    Range r = node.getRange().get();
                    at = base + Math.max(blockText.offset(r.begin.line, r.begin.column) - 1, 0);
                    if (word != null) {
                        int end = base + Math.max(blockText.offset(r.end.line, r.end.column), 0);
                        int w = src.find(word, at, end);
                        at = w >= 0 ? w : at;
                    }
                }
                problemAt(at, message);
            };
            ExpressionCheck check = new ExpressionCheck(vocabulary, imports, reporter, scope, null, true, outDeclared, imports.known());
            for (Statement s : result.getResult().get().getStatements()) {
                statement(s, check, reporter);
            }
        }

        private void statement(Statement s, ExpressionCheck check, ExpressionCheck.Reporter reporter) {
            if (s instanceof EmptyStmt) {
                return;
            }
            if (!(s instanceof ExpressionStmt es)) {
                reporter.report(s, keyword(s), forbiddenStatement(s));
                return;
            }
            Expression e = es.getExpression();
            if (e instanceof VariableDeclarationExpr) {
                reporter.report(e, null, "local variables are not available in consequences; write the value into the call on out");
                return;
            }
            if (e instanceof MethodCallExpr call && call.getScope().isEmpty() && call.getNameAsString().equals("insert")) {
                if (call.getArguments().size() == 1 && call.getArgument(0) instanceof MethodCallExpr inner
                        && inner.getScope().isPresent() && inner.getScope().get() instanceof NameExpr n
                        && n.getNameAsString().equals(Vocabulary.OUT)) {
                    Type t = check.valueType(inner);
                    if (t == void.class) {
                        reporter.report(call, "insert", "out." + inner.getNameAsString() + "(...) returns nothing to insert; write it without insert(...)");
                    }
                    return;
                }
                reporter.report(call, "insert", "insert(...) only takes what out returns, such as insert(out.window(...))");
                return;
            }
            if (e instanceof MethodCallExpr call && call.getScope().isPresent() && call.getScope().get() instanceof NameExpr n
                    && n.getNameAsString().equals(Vocabulary.OUT)) {
                check.valueType(call);
                return;
            }
            List<RuleProblem> before = new ArrayList<>(problems);
            check.valueType(e);
            if (problems.size() == before.size()) {
                reporter.report(e, null, "a consequence only records outcomes, such as out.warning(\"CODE\") or insert(out.window(...))");
            }
        }

        private static String keyword(Statement s) {
            if (s instanceof WhileStmt) {
                return "while";
            }
            if (s instanceof ForStmt || s instanceof ForEachStmt) {
                return "for";
            }
            if (s instanceof DoStmt) {
                return "do";
            }
            if (s instanceof TryStmt) {
                return "try";
            }
            if (s instanceof ThrowStmt) {
                return "throw";
            }
            if (s instanceof SynchronizedStmt) {
                return "synchronized";
            }
            if (s instanceof IfStmt) {
                return "if";
            }
            if (s instanceof ReturnStmt) {
                return "return";
            }
            if (s instanceof SwitchStmt) {
                return "switch";
            }
            return null;
        }

        private static String forbiddenStatement(Statement s) {
            String k = keyword(s);
            if (s instanceof WhileStmt || s instanceof ForStmt || s instanceof ForEachStmt || s instanceof DoStmt) {
                return "loops ('" + k + "') are not available in consequences: a consequence only records outcomes";
            }
            if (s instanceof IfStmt) {
                return "'if' is not available in consequences: put the condition in the 'when' part of a rule";
            }
            if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
                return "declaring classes is not available in consequences";
            }
            if (k != null) {
                return "'" + k + "' is not available in consequences: a consequence only records outcomes";
            }
            return "a consequence only records outcomes, such as out.warning(\"CODE\") or insert(out.window(...))";
        }
    }

    // ---- messages ----

    /** A Drools parser message in plain words, without the line it repeats. */
    static String parserMessage(String message) {
        String m = PARSER_PREFIX.matcher(message == null ? "" : message.strip()).replaceFirst("");
        Matcher mismatched = MISMATCHED.matcher(m);
        if (mismatched.matches()) {
            String token = mismatched.group(1);
            String rest = mismatched.group(2).strip();
            String where = rest.isEmpty() ? "" : " " + rest;
            if (token.equals("<EOF>")) {
                return "the file ends too early" + where + ": is an 'end' missing?";
            }
            return "unexpected '" + token + "'" + where + ": is a ')' or ',' missing before it, or an 'end' after the rule before?";
        }
        return firstLine(m);
    }

    private static String javaParserMessage(Problem problem) {
        if (problem == null) {
            return "it is not Java";
        }
        String m = problem.getMessage();
        Matcher found = FOUND.matcher(m);
        String token = found.find() ? found.group(1) : null;
        if (m.contains("\";\"") && token != null) {
            return "a ';' is missing: found '" + token + "' where a ';' was expected";
        }
        if (token != null) {
            return "unexpected '" + token + "'";
        }
        return firstLine(m);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }

    /**
     * The parsers of one check, kept for all its expressions: making a parser costs more than
     * parsing a condition with it. Not thread-safe: one check, one thread.
     */
    private static final class Parsers {
        private static final Collection<String> OPERATORS = operators();
        private final MvelParser conditions = new MvelParser(new ParserConfiguration(), true);
        private final ParseStart<DrlxExpression> condition = DrlxParser.buildDrlxParserWithArguments(OPERATORS);
        private final JavaParser consequences = new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        private String lastError = "";

        /** Every operator the DRLX grammar knows, allowed or not: a refused operator is then reported by name. */
        private static Collection<String> operators() {
            Set<String> all = new TreeSet<>(org.drools.model.functions.Operator.Register.getOperators());
            all.addAll(ModelGenerator.temporalOperators);
            return List.copyOf(all);
        }

        /** A condition's syntax tree, or null (see {@link #lastError()}). */
        DrlxExpression condition(String text) {
            try {
                ParseResult<DrlxExpression> result = conditions.parse(condition, Providers.provider(text));
                if (result.isSuccessful() && result.getResult().isPresent()) {
                    return result.getResult().get();
                }
                lastError = result.getProblems().isEmpty() ? "" : firstLine(result.getProblems().get(0).getMessage());
            } catch (RuntimeException e) {
                lastError = firstLine(e.getMessage());
            }
            return null;
        }

        String lastError() {
            return lastError;
        }

        ParseResult<BlockStmt> consequence(String block) {
            return consequences.parseBlock(block);
        }
    }

    /** The type names of one file: its imports and a few of java.lang. */
    private static final class Imports implements ExpressionCheck.TypeNames {
        private final Vocabulary vocabulary;
        private final Map<String, Class<?>> bySimpleName = new LinkedHashMap<>();
        private final List<String> packages = new ArrayList<>();

        Imports(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        void add(Class<?> type) {
            bySimpleName.put(type.getSimpleName(), type);
        }

        void addPackage(String pkg) {
            packages.add(pkg);
        }

        @Override
        public Class<?> resolve(String name) {
            if (name == null || name.isEmpty()) {
                return null;
            }
            if (name.indexOf('.') > 0) {
                return vocabulary.allowedClass(name);
            }
            Class<?> type = bySimpleName.get(name);
            if (type == null) {
                type = Vocabulary.JAVA_LANG.get(name);
            }
            for (int i = 0; type == null && i < packages.size(); i++) {
                type = vocabulary.allowedClass(packages.get(i) + "." + name);
            }
            return type;
        }

        @Override
        public Collection<String> names() {
            Set<String> names = new TreeSet<>(bySimpleName.keySet());
            names.addAll(Vocabulary.JAVA_LANG.keySet());
            return names;
        }

        @Override
        public String missingImport(String simpleName) {
            for (String pkg : Vocabulary.IMPORTABLE_PACKAGES) {
                Class<?> type = vocabulary.allowedClass(pkg + "." + simpleName);
                if (type != null) {
                    return "import " + type.getName() + ";";
                }
            }
            return null;
        }

        /** The imported types, for values of unknown type. */
        Collection<Class<?>> known() {
            return bySimpleName.values();
        }
    }
}
