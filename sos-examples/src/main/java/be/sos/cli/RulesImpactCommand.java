package be.sos.cli;

import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import be.sos.rules.impact.Impact;
import be.sos.rules.impact.ImpactAnalysis;
import be.sos.rules.impact.ImpactJson;
import be.sos.rules.impact.RuleSetDiff;
import be.sos.report.ImpactReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sos rules impact CASES.jsonl --rules EDITED}: what an edit of the rules changes on a set
 * of cases, before it goes live (docs/rules.md, "Before you activate a change"); with
 * {@code --from-version} and {@code --to-version}, between two versions of a directory with
 * versions, each judging every case (docs/rules.md, "Versions and offices").
 */
@Command(name = "impact", description = "Evaluates every case of CASES.jsonl under the base rules (the bundled ones unless --base) "
        + "and under the edited rules, on one day or on every day of each case's procedure, and reports what changes: "
        + "eligibility, milestone windows and statuses, findings. Exit 0 when done, 2 when an input line was skipped, "
        + "3 when the rules are not valid (nothing is evaluated). With --from-version and --to-version, the named versions "
        + "judge every case, whatever its petition date.")
final class RulesImpactCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES.jsonl", descriptionKey = "cases", description = "one case per line; - for standard input")
    private String input;

    @Option(names = "--rules", paramLabel = "EDITED", required = true, description = "the edited rule directory")
    private Path rules;

    @Option(names = "--base", paramLabel = "DIR", description = "the rule directory to compare with (default: the bundled rules)")
    private Path base;

    /** Versions named here judge every case, whatever its petition date. */
    @Mixin
    private Options.Versions versions;

    @Mixin
    private Options.Today today;

    @Option(names = "--days", paramLabel = "all", description = "all: every day of each case's procedure, instead of one day")
    private String days;

    @Mixin
    private Options.Calendar calendar;

    @Mixin
    private Options.Format formatOption;

    @Mixin
    private Options.Out outOption;

    @Mixin
    private Options.Lang lang;

    @Mixin
    private Options.Threads threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Locale locale = lang.locale();
        ImpactText text = ImpactText.of(locale);
        String format = formatOption.chosen("text", "json");
        Path out = outOption.path();
        if (days != null && !days.equals("all")) {
            throw new InputException(text.get("error.days"));
        }
        if (days != null && today.given()) {
            throw new InputException(text.get("error.todayAndDays"));
        }
        int workers = threads.workers();
        EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(locale).withCalendar(calendar.calendar());
        String fromVersion = versions.from();
        String toVersion = versions.to();
        // A version of the base rules names a version of the edited directory when there is no other base.
        Path baseDir = base == null && fromVersion != null ? rules : base;
        String baseName = baseDir == null ? "bundled" : baseDir.toString();
        RulesDiffCommand.requireVersion(baseName, fromVersion, "--from-version", text);
        RulesDiffCommand.requireVersion(rules.toString(), toVersion, "--to-version", text);
        // Both rule sets are loaded, and so checked, before a case is read: invalid rules evaluate nothing.
        SosEngine edited = Inputs.engine(rules);
        SosEngine original = rules.equals(baseDir) ? edited : Inputs.engine(baseDir);
        RuleSetDiff diff = out == null ? null : RulesDiffCommand.diff(baseName, fromVersion, rules.toString(), toVersion, text);
        ImpactAnalysis analysis = ImpactAnalysis.between(original, edited).withOptions(options).withVersions(fromVersion, toVersion);
        analysis = days != null ? analysis.everyDay() : analysis.onDay(today.today());

        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger bad = new AtomicInteger();
        Impact impact;
        try (BufferedReader reader = open(text)) {
            impact = analysis.analyseLines(reader, workers, (line, message) -> {
                bad.incrementAndGet();
                err.println("sos: " + text.get("impact.badLine", input, line, message));
            });
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.equals("json") ? ImpactJson.write(impact) + "\n" : text(impact, text));
        stdout.flush();
        if (out != null) {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ImpactReport.write(impact, diff, locale, writer);
            } catch (IOException e) {
                throw new InputException(text.get("error.cannotWrite", out, e.getClass().getSimpleName()));
            }
            Inputs.wrote(spec, format.equals("json"), text.get("impact.wrote", out));
        }
        return bad.get() > 0 ? Sos.INPUT : 0;
    }

    private BufferedReader open(ImpactText text) throws IOException {
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        }
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(input)), StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new InputException(text.get("error.noSuchFile", input));
        }
    }

    /** The impact as text for the terminal. */
    static String text(Impact impact, ImpactText text) {
        boolean allDays = impact.days().equals("all");
        StringBuilder out = new StringBuilder();
        Impact.ForcedVersions forced = impact.forcedVersions() == null ? new Impact.ForcedVersions(null, null) : impact.forcedVersions();
        String base = RulesDiffCommand.label(impact.base().source(), forced.base(), text);
        String edited = RulesDiffCommand.label(impact.edited().source(), forced.edited(), text);
        out.append(text.get("impact.title", edited, base)).append(", ")
                .append(allDays ? text.get("impact.allDays") : text.get("impact.onDay", impact.days())).append('\n');
        out.append("  ").append(text.get("impact.fingerprints", base, impact.base().fingerprint())).append('\n');
        out.append("  ").append(text.get("impact.fingerprints", edited, impact.edited().fingerprint())).append('\n');
        if (impact.forcedVersions() != null) {
            List<String> named = java.util.stream.Stream.of(forced.base(), forced.edited()).filter(java.util.Objects::nonNull).distinct()
                    .map(name -> text.get("impact.version", name)).toList();
            out.append("  ").append(text.get("impact.forced", String.join(text.get("word.and"), named))).append('\n');
        }
        out.append(text.get("impact.cases", impact.cases(), impact.evaluations(), impact.casesChanged(), impact.casesUnchanged())).append('\n');
        if (impact.skipped() > 0) {
            out.append(text.get("impact.skipped", impact.skipped())).append('\n');
        }
        Impact.EligibilityChange eligibility = impact.eligibility();
        out.append(text.get("impact.eligibility", cases(eligibility.becameEligible(), text), cases(eligibility.becameIneligible(), text))).append('\n');
        if (!impact.windows().isEmpty()) {
            out.append(text.get("impact.windows")).append('\n');
            for (Impact.WindowChange w : impact.windows()) {
                out.append("  ").append(text.get("impact.window", w.milestone(), w.from(), w.to(), cases(w.cases(), text)))
                        .append(days(allDays, w.days(), text)).append(examples(w.examples(), text)).append('\n');
            }
        }
        if (!impact.statuses().isEmpty()) {
            out.append(text.get("impact.statuses")).append('\n');
            for (Impact.StatusChange s : impact.statuses()) {
                out.append("  ").append(text.get("impact.status", s.milestone(), s.from(), s.to(), cases(s.cases(), text)))
                        .append(days(allDays, s.days(), text)).append(examples(s.examples(), text)).append('\n');
            }
        }
        if (!impact.findings().isEmpty()) {
            out.append(text.get("impact.findings")).append('\n');
            for (Impact.FindingChange f : impact.findings()) {
                out.append("  ").append(text.get("impact.finding", f.code(), f.subject() == null ? "-" : f.subject(), f.severity()));
                if (f.added() > 0) {
                    out.append(' ').append(text.get("impact.added", cases(f.added(), text))).append(days(allDays, f.addedDays(), text));
                }
                if (f.removed() > 0) {
                    out.append(f.added() > 0 ? "," : "").append(' ').append(text.get("impact.removed", cases(f.removed(), text)))
                            .append(days(allDays, f.removedDays(), text));
                }
                out.append(examples(f.examples(), text)).append('\n');
            }
        }
        if (impact.casesChanged() == 0) {
            out.append(text.get("impact.nothing")).append('\n');
        }
        return out.toString();
    }

    private static String days(boolean allDays, long days, ImpactText text) {
        return allDays ? " " + text.get("impact.days", days + " " + text.get(days == 1 ? "word.day" : "word.days")) : "";
    }

    /** A number of cases in words: 1 zaak, 2 zaken. */
    private static String cases(long count, ImpactText text) {
        return count + " " + text.get(count == 1 ? "word.case" : "word.cases");
    }

    private static String examples(List<String> examples, ImpactText text) {
        return examples.isEmpty() ? "" : " " + text.get("impact.examples", String.join(", ", examples));
    }
}
