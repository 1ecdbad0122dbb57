package be.sos.rules.internal;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendars;
import be.sos.rules.EvaluationException;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.RuleProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The trial a rule set passes before it is activated: it evaluates a fixed corpus of example
 * cases within every budget of an evaluation, and within {@value #MAX_MILLIS} ms in all. A rule set
 * that breaks a budget there, or fails on an example case, is refused like one that does not compile.
 *
 * <p>The corpus, {@value #CORPUS} beside this class, is made at build time and checked by a test
 * of the scenarios module: the two cases of the bundled scenarios and a fixed set of generated ones
 * on several days of their procedure, in both languages, in both calendars and with the programme's
 * other cases; then the case of every bundled scenario (after its {@code with} changes) on its day,
 * with its language, calendar and portfolio. So the engine needs neither the generator nor YAML.
 *
 * <p>Its lines are JSON: {@code {"case": N, "file": {...}}} gives case N (counted from 0, in
 * order), {@code {"evaluate": N, "today": "YYYY-MM-DD", "lang": "nl", "calendar": "calendar",
 * "portfolio": [N, ...], "from": "..."}} one evaluation of it, where {@code portfolio} is left out
 * when the programme rules are and {@code from} says where the evaluation comes from.
 */
final class Trial {
    /** The longest the whole trial may take, in milliseconds. */
    static final long MAX_MILLIS = 10_000;
    /** The corpus of the trial, a resource beside this class: gzip-compressed JSON lines. */
    static final String CORPUS = "trial-cases.jsonl.gz";

    private Trial() {}

    /** One evaluation of the trial: a case, its day and options, and where it comes from. */
    record Run(Case file, LocalDate today, EvaluationOptions options, String from) {}

    /** The evaluations of the corpus, in its order. Read once. */
    private static final class Corpus {
        static final List<Run> ALL = load();

        private static List<Run> load() {
            try (InputStream in = Trial.class.getResourceAsStream(CORPUS)) {
                if (in == null) {
                    throw new IllegalStateException("the trial's corpus " + CORPUS + " is not on the class path");
                }
                return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The evaluations of a corpus in the form {@value #CORPUS} holds (uncompressed). */
    static List<Run> read(BufferedReader lines) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            JsonNode node = json.readTree(line);
            try {
                if (node.has("file")) {
                    cases.add(CaseJson.read(node.get("file").toString()));
                    continue;
                }
                Case file = cases.get(node.get("evaluate").asInt());
                EvaluationOptions options = EvaluationOptions.DEFAULT.withLocale(Locale.forLanguageTag(node.get("lang").asText()))
                        .withCalendar(ProcedureCalendars.byName(node.get("calendar").asText()).orElseThrow());
                if (node.has("portfolio")) {
                    List<Case> portfolio = new ArrayList<>();
                    node.get("portfolio").forEach(n -> portfolio.add(cases.get(n.asInt())));
                    options = options.withPortfolio(portfolio);
                }
                runs.add(new Run(file, LocalDate.parse(node.get("today").asText()), options, node.get("from").asText()));
            } catch (InvalidCaseException | RuntimeException e) {
                throw new IllegalStateException("line " + number + " of the trial's corpus is not valid ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        }
        return List.copyOf(runs);
    }

    /** Runs the trial; adds one problem, naming the rule and the example, when the rule set fails it. */
    static void run(CompiledRuleSet rules, List<RuleProblem> problems) {
        long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
        for (Run run : Corpus.ALL) {
            String where = "on " + run.from() + " of the trial, day " + (ChronoUnit.DAYS.between(run.file().petitionDate(), run.today()) + 1)
                    + " of its procedure: ";
            try {
                Evaluator.evaluate(rules, run.file(), run.today(), run.options());
            } catch (EvaluationException e) {
                problems.add(problem(rules, where + e.getMessage()));
                return;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problems.add(problem(rules, where + "the rules failed (" + e.getClass().getSimpleName() + ")"));
                return;
            }
            if (System.nanoTime() > deadline) {
                problems.add(problem(rules, "the trial over the example cases took longer than " + MAX_MILLIS / 1000
                        + " s; the rules are too slow"));
                return;
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
