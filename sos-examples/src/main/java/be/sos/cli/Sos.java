package be.sos.cli;

import be.sos.rules.EvaluationException;
import be.sos.rules.RuleProblem;
import be.sos.rules.SosEngine;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool {@code sos.jar} (the README, "Command line"). Exit codes: 0 done, 1 scenario
 * failures, 2 usage error or invalid input, 3 invalid rule files, 4 an internal error.
 */
// scope INHERIT: every command and subcommand takes -h/--help (and -V) without declaring it again.
@Command(name = "sos", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "sos 0.1.0",
        description = "Safety planning in urgent youth protection: evaluate cases against the procedure's rules.",
        subcommands = {EvaluateCommand.class, ScheduleCommand.class, ReportCommand.class, BatchCommand.class,
            GenerateCommand.class, RulesCommand.class, DemoCommand.class, WorklistCommand.class, OverviewCommand.class,
            ScriptCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Sos implements Runnable {
    /** Exit code: a scenario failed. */
    static final int SCENARIO_FAILURES = 1;
    /** Exit code: invalid input or usage. */
    static final int INPUT = 2;
    /** Exit code: invalid rule files. */
    static final int RULES = 3;
    /** Exit code: a failure of the tool itself. */
    static final int INTERNAL = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Standard output as bytes, for commands that write UTF-8 themselves (batch). */
    private final java.io.OutputStream bytesOut;
    /** Standard input, for commands that read it ({@code batch -}). */
    private final java.io.InputStream stdin;

    Sos(java.io.InputStream stdin, java.io.OutputStream bytesOut) {
        this.stdin = stdin;
        this.bytesOut = bytesOut;
    }

    /** Standard input. */
    java.io.InputStream stdin() {
        return stdin;
    }

    /** Standard output as bytes; flush the command's writer before using it. */
    java.io.OutputStream bytesOut() {
        return bytesOut;
    }

    /** The commands that evaluate with the bundled rules unless {@code --rules} is given. */
    private static final java.util.Set<String> EVALUATING = java.util.Set.of("evaluate", "schedule", "report", "batch", "demo",
            "worklist", "overview", "script");

    /** Runs the tool and exits with its exit code. */
    public static void main(String[] args) {
        preloadBundledRules(args);
        System.exit(run(System.in, System.out, System.err, args));
    }

    /**
     * Starts loading the bundled rules on a second core while the first reads the input: a
     * one-case command spends most of its time loading classes, and the two loads do not wait on
     * each other. The command's own call to {@link SosEngine#bundled()} then waits for this load.
     */
    private static void preloadBundledRules(String[] args) {
        if (args.length > 0 && EVALUATING.contains(args[0]) && !java.util.Arrays.asList(args).contains("--rules")) {
            Thread loader = new Thread(SosEngine::bundled, "sos-preload");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** Runs the tool with the given streams, and the process's standard input, and returns its exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(System.in, out, err, args);
    }

    /** Runs the tool with the given streams and returns its exit code. */
    public static int run(java.io.InputStream in, PrintStream out, PrintStream err, String... args) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Words words = Words.forArgs(args);
        CommandLine cli = new CommandLine(new Sos(in, out))
                .setOut(stdout)
                .setErr(stderr)
                .registerConverter(LocalDate.class, text -> date(text, words))
                .setParameterExceptionHandler((e, arguments) -> usageError(e, words, stderr))
                .setExecutionExceptionHandler((e, command, parsed) -> fail(e, words, stderr));
        Help.manPage(cli, words);
        int code = cli.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }

    /**
     * A usage error in the tool's words, on one line: what is wrong, a suggestion when there is
     * one, and where to read more.
     */
    private static int usageError(CommandLine.ParameterException e, Words words, PrintWriter err) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        String line;
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            line = words.get("usage.unknown", String.join(" ", u.getUnmatched()));
            java.util.List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                line += "; " + words.get("usage.didYouMean", String.join(", ", suggestions));
            }
        } else if (e instanceof CommandLine.MissingParameterException m) {
            line = words.get("usage.missing", m.getMissing().stream().map(Sos::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
        } else if (e.getArgSpec() != null && e.getCause() instanceof CommandLine.TypeConversionException t) {
            line = words.get("usage.value", name(e.getArgSpec()), t.getMessage());
        } else if (e instanceof CommandLine.OverwrittenOptionException o) {
            line = words.get("usage.twice", name(o.getOverwritten()));
        } else {
            line = words.get("usage.other", e.getMessage());
        }
        err.println("sos: " + line + " (" + words.get("usage.help", command.equals("sos") ? "" : command.substring(4)).stripTrailing() + ")");
        return INPUT;
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static int fail(Exception e, Words words, PrintWriter err) {
        if (e instanceof InputException input) {
            for (String line : input.lines(words)) {
                err.println("sos: " + line);
            }
            return INPUT;
        }
        if (e instanceof RulesException r) {
            for (RuleProblem problem : r.problems()) {
                err.println(problem.toString(words.locale()));
            }
            return RULES;
        }
        if (e instanceof EvaluationException) {
            err.println("sos: " + words.get("error.rules", e.getMessage()));
            return RULES;
        }
        err.println("sos: " + words.get("error.internal", e.getClass().getSimpleName()));
        return INTERNAL;
    }

    /** A date option: {@code YYYY-MM-DD}, from 1900 to 2200 like the dates of a case file. */
    private static LocalDate date(String text, Words words) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(words.get("input.date"));
        }
        if (date.isBefore(be.sos.core.json.CaseJson.FIRST_DATE) || date.isAfter(be.sos.core.json.CaseJson.LAST_DATE)) {
            throw new CommandLine.TypeConversionException(words.get("input.dateRange", be.sos.core.json.CaseJson.FIRST_DATE,
                    be.sos.core.json.CaseJson.LAST_DATE));
        }
        return date;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
