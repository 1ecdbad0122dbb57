package be.sos.rules.internal;

import be.sos.core.time.ProcedureLengths;
import be.sos.rules.RuleProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The parameters of a rule set: every policy number of it, once, in {@value #FILE}. Each line
 * is {@code name = VALUE UNIT | §SOURCE | NOTE}, optionally followed by {@code | < other} (or
 * {@code <=}, {@code >}, {@code >=}): how the value must compare with another parameter's. The
 * rules read the numbers with {@code $p.parameter("name")} and {@code $p.dayOf("name")}; the
 * engine reads the lengths of the procedure and what makes a case not eligible. Immutable.
 */
final class RuleParameters {
    /** The file of the parameters. */
    public static final String FILE = "procedure.properties";
    /** The parameters the engine itself reads, with their units. */
    static final Map<String, String> ENGINE = Map.of(
            "module.days", "days", "extension.days", "days", "hd.days", "days", "bmo.day", "day-number",
            "eligibility.blocking-prefixes", "prefixes");
    /** The units, with the smallest and largest value of each (prefixes: none). */
    static final Map<String, int[]> UNITS = Map.of(
            "day-number", new int[] {1, 365}, "days", new int[] {0, 3650}, "years", new int[] {1, 100},
            "cases", new int[] {1, 1000}, "points", new int[] {1, 9}, "prefixes", new int[0]);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]*_");
    private static final Pattern CONSTRAINT = Pattern.compile("(<=|>=|<|>)\\s*(\\S+)");

    /**
     * One parameter as written.
     *
     * @param name its name
     * @param value its number (0 for prefixes)
     * @param prefixes its codes' prefixes (unit {@code prefixes} only)
     * @param unit its unit
     * @param source the paragraph of the policy it comes from
     * @param note what it is
     * @param line its line in the file
     */
    public record Parameter(String name, int value, List<String> prefixes, String unit, String source, String note, int line) {
        /** Copies the list. */
        public Parameter {
            prefixes = List.copyOf(prefixes);
        }
    }

    private final Map<String, Parameter> parameters;
    private final ProcedureLengths lengths;
    private final Map<String, Integer> numbers;

    private RuleParameters(Map<String, Parameter> parameters, ProcedureLengths lengths) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.lengths = lengths;
        Map<String, Integer> numbers = new java.util.HashMap<>();
        parameters.forEach((name, p) -> numbers.put(name, p.value()));
        this.numbers = Map.copyOf(numbers);
    }

    /** The parameters in file order. */
    public Map<String, Parameter> all() {
        return parameters;
    }

    /** The numbers by name, for the rules. */
    public Map<String, Integer> numbers() {
        return numbers;
    }

    /** The lengths of the procedure. */
    public ProcedureLengths lengths() {
        return lengths;
    }

    /** The prefixes of the codes of blockers that make a case not eligible. */
    public List<String> blockingPrefixes() {
        Parameter p = parameters.get("eligibility.blocking-prefixes");
        return p == null ? List.of() : p.prefixes();
    }

    /** The line of a parameter in the file, or 0. */
    int line(String name) {
        Parameter p = parameters.get(name);
        return p == null ? 0 : p.line();
    }

    /**
     * The parameters of a rule set; every problem of the file is added to {@code problems}. A rule
     * set without the file is a problem: no number has a default.
     */
    static RuleParameters of(RuleFiles files, List<RuleProblem> problems) {
        String text = files.files().get(FILE);
        if (text == null) {
            problems.add(new RuleProblem(FILE, 0, 0, "missing: every rule set has its parameters in " + FILE
                    + " (rules export writes the bundled one)"));
            return new RuleParameters(Map.of(), ProcedureLengths.DEFAULT);
        }
        Map<String, Parameter> read = new LinkedHashMap<>();
        List<String[]> constraints = new ArrayList<>(); // name, operator, other, line, column
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            line(lines[i], i + 1, read, constraints, problems);
        }
        for (Map.Entry<String, String> engine : ENGINE.entrySet()) {
            Parameter p = read.get(engine.getKey());
            if (p == null) {
                problems.add(new RuleProblem(FILE, 0, 0, "'" + engine.getKey() + "' is missing: the engine reads it ("
                        + engine.getValue() + ")"));
            } else if (!p.unit().equals(engine.getValue()) && !p.unit().equals("?")) {
                problems.add(new RuleProblem(FILE, p.line(), 1, "'" + p.name() + "' is in " + engine.getValue() + ", not " + p.unit()));
            }
        }
        for (String[] c : constraints) {
            compare(read, c, problems);
        }
        ProcedureLengths lengths = ProcedureLengths.DEFAULT;
        if (List.of("module.days", "extension.days", "hd.days", "bmo.day").stream().allMatch(k -> read.containsKey(k) && !read.get(k).unit().equals("?"))) {
            try {
                lengths = new ProcedureLengths(read.get("module.days").value(), read.get("extension.days").value(),
                        read.get("hd.days").value(), read.get("bmo.day").value());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(FILE, read.get("bmo.day").line(), 1, e.getMessage()));
            }
        }
        return new RuleParameters(read, lengths);
    }

    private static void line(String raw, int line, Map<String, Parameter> read, List<String[]> constraints, List<RuleProblem> problems) {
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
            return;
        }
        int column = raw.indexOf(text.charAt(0)) + 1;
        int eq = indexOfSeparator(text);
        if (eq < 0) {
            problems.add(new RuleProblem(FILE, line, column, "write a parameter as: name = VALUE UNIT | §SOURCE | NOTE"));
            return;
        }
        String name = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        if (!NAME.matcher(name).matches()) {
            problems.add(new RuleProblem(FILE, line, column, "'" + name + "' is not a parameter name: use small letters, digits, '.' and '-'"));
            return;
        }
        if (value.endsWith("\\")) {
            problems.add(new RuleProblem(FILE, line, column, name + ": write a parameter on one line"));
            return;
        }
        Parameter earlier = read.get(name);
        if (earlier != null) {
            problems.add(new RuleProblem(FILE, line, column, "'" + name + "' is also on line " + earlier.line() + "; each number is written once"));
            return;
        }
        String[] fields = value.split("\\|", -1);
        int valueColumn = raw.indexOf(value) + 1;
        // Known from here on, even when its value has a problem: the rules that read it are not reported as well.
        read.put(name, new Parameter(name, 0, List.of(), "?", "", "", line));
        if (fields.length < 3) {
            problems.add(new RuleProblem(FILE, line, valueColumn, name + ": write VALUE UNIT | §SOURCE | NOTE: the unit, the paragraph "
                    + "of the policy it comes from and a short note are part of every parameter"));
            return;
        }
        List<String> words = List.of(fields[0].strip().split("\\s+"));
        if (fields[0].isBlank() || words.size() < 2 && !fields[0].strip().equals("prefixes")) {
            problems.add(new RuleProblem(FILE, line, valueColumn, name + ": write the value and its unit, such as '14 day-number'; units: "
                    + String.join(", ", new TreeSet<>(UNITS.keySet()))));
            return;
        }
        String unit = words.get(words.size() - 1);
        List<String> values = words.subList(0, words.size() - 1);
        int[] range = UNITS.get(unit);
        if (range == null) {
            problems.add(new RuleProblem(FILE, line, raw.indexOf(unit, valueColumn - 1) + 1, name + ": unknown unit '" + unit + "'; units: "
                    + String.join(", ", new TreeSet<>(UNITS.keySet())) + Vocabulary.didYouMean(unit, UNITS.keySet())));
            return;
        }
        String source = fields[1].strip();
        String note = fields[2].strip();
        if (!source.startsWith("§")) {
            problems.add(new RuleProblem(FILE, line, raw.indexOf('|') + 2, name + ": the second part is the paragraph of the policy the "
                    + "number comes from, starting with §, such as '§8 dag 14/15'"));
        }
        if (note.isEmpty()) {
            problems.add(new RuleProblem(FILE, line, raw.lastIndexOf('|') + 1, name + ": the third part is a short note on what the number means"));
        }
        int number = 0;
        List<String> prefixes = List.of();
        if (unit.equals("prefixes")) {
            for (String prefix : values) {
                if (!PREFIX.matcher(prefix).matches()) {
                    problems.add(new RuleProblem(FILE, line, raw.indexOf(prefix, valueColumn - 1) + 1, name + ": '" + prefix
                            + "' is not the start of a finding code: capitals and digits ending with '_', such as SEL_"));
                }
            }
            prefixes = values;
        } else if (values.size() != 1 || !values.get(0).matches("-?\\d{1,9}")) {
            problems.add(new RuleProblem(FILE, line, valueColumn, name + ": '" + String.join(" ", values) + "' is not a whole number of "
                    + unit));
            return;
        } else {
            number = Integer.parseInt(values.get(0));
            if (number < range[0] || number > range[1]) {
                problems.add(new RuleProblem(FILE, line, valueColumn, name + ": " + number + " " + unit + " is out of range; "
                        + unit + " go from " + range[0] + " to " + range[1]));
            }
        }
        for (int f = 3; f < fields.length; f++) {
            String c = fields[f].strip();
            var m = CONSTRAINT.matcher(c);
            if (!m.matches()) {
                problems.add(new RuleProblem(FILE, line, raw.indexOf(c, valueColumn - 1) + 1, name + ": '" + c
                        + "' is not a comparison with another parameter, such as '< absence.blocking.days'"));
            } else {
                constraints.add(new String[] {name, m.group(1), m.group(2), String.valueOf(line),
                        String.valueOf(raw.indexOf(c, valueColumn - 1) + 1)});
            }
        }
        read.put(name, new Parameter(name, number, prefixes, unit, source, note, line));
    }

    private static int indexOfSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static void compare(Map<String, Parameter> read, String[] c, List<RuleProblem> problems) {
        Parameter a = read.get(c[0]);
        Parameter b = read.get(c[2]);
        int line = Integer.parseInt(c[3]);
        int column = Integer.parseInt(c[4]);
        if (b == null) {
            problems.add(new RuleProblem(FILE, line, column, c[0] + ": no parameter '" + c[2] + "' to compare with"
                    + Vocabulary.didYouMean(c[2], read.keySet())));
            return;
        }
        if (a.unit().equals("?") || b.unit().equals("?")) {
            return; // its own problem is reported
        }
        if (a.unit().equals("prefixes") || b.unit().equals("prefixes")) {
            problems.add(new RuleProblem(FILE, line, column, c[0] + ": prefixes cannot be compared"));
            return;
        }
        boolean holds = switch (c[1]) {
            case "<" -> a.value() < b.value();
            case "<=" -> a.value() <= b.value();
            case ">" -> a.value() > b.value();
            default -> a.value() >= b.value();
        };
        if (!holds) {
            String words = switch (c[1]) {
                case "<" -> "below";
                case "<=" -> "at most";
                case ">" -> "above";
                default -> "at least";
            };
            problems.add(new RuleProblem(FILE, line, column, c[0] + " (" + a.value() + ") must be " + words + " " + c[2] + " (" + b.value()
                    + ", line " + b.line() + ")"));
        }
    }

    /** The names, sorted. */
    Set<String> names() {
        return new TreeSet<>(parameters.keySet());
    }
}
