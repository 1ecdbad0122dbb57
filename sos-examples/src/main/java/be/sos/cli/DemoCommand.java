package be.sos.cli;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sos demo}: the bundled example cases, each evaluated on a few days, as a readable report. */
@Command(name = "demo", description = "Evaluates the bundled example cases on a few days each and prints a readable report.")
final class DemoCommand implements Callable<Integer> {
    private static final String CASES = "be/sos/examples/cases/";
    private static final int[] DAYS = {2, 5, 15, 29, 43, 61};

    @Spec
    private CommandSpec spec;

    @Mixin
    private Options.Lang lang;

    @Override
    public Integer call() {
        Locale locale = lang.locale();
        Words words = Words.of(locale);
        EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(locale);
        PrintWriter out = spec.commandLine().getOut();
        SosEngine engine = SosEngine.bundled();
        for (Case example : examples()) {
            out.println("=".repeat(78));
            out.println(words.get("demo.case", example.id(), example.office(), example.minors().size(), example.petitionDate())
                    + (example.closure() == null ? "" : words.get("demo.closed", example.closure().date(),
                    words.get("closurePath." + example.closure().path().name()))));
            out.println("=".repeat(78));
            Evaluation last = null;
            for (int day : DAYS) {
                last = engine.evaluate(example, example.petitionDate().plusDays(day - 1L), options);
                out.print(summary(last, engine, words));
            }
            out.println();
            out.println(words.get("demo.asOf", example.id(), last.today()));
            out.println(TextReport.render(last, engine, words));
        }
        return 0;
    }

    /** Day, what is to be done, and what the rules found. */
    static String summary(Evaluation e, SosEngine engine, Words words) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(words.get("demo.day", e.day(), e.today()));
        if (!e.eligibility().eligible()) {
            out.append("  ").append(words.get("demo.notEligible", e.eligibility().blockers().size()));
        }
        out.append('\n');
        List<String> open = new ArrayList<>();
        for (ScheduleRow row : e.schedule()) {
            if (row.status() == MilestoneStatus.DUE || row.status() == MilestoneStatus.OVERDUE) {
                open.add(words.get("demo.openItem", words.milestone(engine, row.milestone()), words.status(engine, row.status()), row.to()));
            }
        }
        if (!open.isEmpty()) {
            out.append("  ").append(words.get("demo.open", String.join("; ", open))).append('\n');
        }
        int width = 0;
        for (Severity severity : Severity.values()) {
            width = Math.max(width, words.severity(engine, severity).length());
        }
        for (Finding f : e.findings()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", words.severity(engine, f.severity()), f.message()));
        }
        return out.toString();
    }

    static List<Case> examples() {
        List<Case> cases = new ArrayList<>();
        for (String name : resource("index.txt").split("\n")) {
            if (!name.isBlank()) {
                try {
                    cases.add(CaseJson.read(resource(name.strip())));
                } catch (InvalidCaseException e) {
                    throw new IllegalStateException("bundled example " + name + ": " + e.getMessage(), e);
                }
            }
        }
        return cases;
    }

    private static String resource(String name) {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(CASES + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled example missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
