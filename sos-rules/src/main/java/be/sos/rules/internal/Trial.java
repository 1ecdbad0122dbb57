package be.sos.rules.internal;

import be.sos.core.generate.CaseGenerator;
import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.core.time.BelgianWorkingDays;
import be.sos.core.time.ProcedureCalendar;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trial a rule set passes before it is activated: it evaluates example cases (the two cases
 * of the bundled scenarios and a fixed set of generated ones, on several days of their procedure,
 * in both languages and with the programme's other cases) within every budget of an evaluation,
 * and within {@value #MAX_MILLIS} ms in all. A rule set that breaks a budget there, or fails on
 * an example case, is refused like one that does not compile.
 */
final class Trial {
    /** The longest the whole trial may take, in milliseconds. */
    static final long MAX_MILLIS = 10_000;
    /** The generated cases evaluated, beside the scenarios' own. */
    static final int GENERATED = 12;
    private static final long SEED = 13;
    private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 2);
    private static final List<String> EXAMPLES = List.of("standaard.json", "nieuwe-zaak.json");
    private static final int[] DAYS = {1, 15, 40, 61, 80};

    private Trial() {}

    /** The example cases: the scenarios' cases, then the generated ones. Read once. */
    private static final class Cases {
        static final List<Case> ALL = load();

        private static List<Case> load() {
            List<Case> cases = new ArrayList<>();
            for (String name : EXAMPLES) {
                try (InputStream in = Trial.class.getClassLoader().getResourceAsStream("be/sos/rules/scenarios/cases/" + name)) {
                    if (in != null) {
                        cases.add(CaseJson.read(in));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InvalidCaseException e) {
                    throw new IllegalStateException("a bundled example case is not valid: " + name, e);
                }
            }
            CaseGenerator generator = CaseGenerator.withSeed(SEED).around(ANCHOR);
            for (int i = 0; i < GENERATED; i++) {
                cases.add(generator.next());
            }
            return List.copyOf(cases);
        }
    }

    /** Runs the trial; adds one problem, naming the rule and the example, when the rule set fails it. */
    static void run(CompiledRuleSet rules, List<RuleProblem> problems) {
        long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
        List<Case> cases = Cases.ALL;
        int n = 0;
        for (Case example : cases) {
            n++;
            for (int d = 0; d < DAYS.length; d++) {
                EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(d % 2 == 0 ? Locale.forLanguageTag("nl") : Locale.ENGLISH)
                        .withCalendar(d == 2 ? BelgianWorkingDays.standard() : ProcedureCalendar.CALENDAR_DAYS);
                if (d == DAYS.length - 1) {
                    options = options.withPortfolio(cases);
                }
                LocalDate day = example.petitionDate().plusDays(DAYS[d] - 1L);
                try {
                    Evaluator.evaluate(rules, example, day, options);
                } catch (EvaluationException e) {
                    problems.add(problem(rules, "on example case " + n + " of the trial, day " + DAYS[d] + " of its procedure: "
                            + e.getMessage()));
                    return;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    problems.add(problem(rules, "on example case " + n + " of the trial, day " + DAYS[d] + " of its procedure: the rules failed ("
                            + e.getClass().getSimpleName() + ")"));
                    return;
                }
                if (System.nanoTime() > deadline) {
                    problems.add(problem(rules, "the trial over the example cases took longer than " + MAX_MILLIS / 1000
                            + " s; the rules are too slow"));
                    return;
                }
            }
        }
    }

    /**
     * A problem of the trial, placed at the {@code @id} of the rule its message names (the rule
     * with the longest id named, so that DL-2 is not taken for DL-20), else at the first DRL file.
     */
    private static RuleProblem problem(CompiledRuleSet rules, String message) {
        String best = null;
        for (CompiledRuleSet.RuleTag tag : rules.tags().values()) {
            String id = tag.id();
            if ((message.contains(" " + id + " ") || message.contains(" " + id + ":") || message.contains(" " + id + ";")
                    || message.contains(" " + id + ".") || message.endsWith(" " + id)) && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        if (best != null) {
            for (var file : rules.files().drl().entrySet()) {
                int at = file.getValue().indexOf("@id(" + best + ")");
                if (at >= 0) {
                    SourceText text = new SourceText(file.getKey(), file.getValue());
                    return new RuleProblem(file.getKey(), text.line(at), text.column(at), message + "; the rule set is refused");
                }
            }
        }
        String file = rules.files().drl().keySet().stream().findFirst().orElse(rules.files().source());
        return new RuleProblem(file, 0, 0, message + "; the rule set is refused");
    }
}
