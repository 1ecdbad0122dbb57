package be.sos.rules;

import be.sos.core.model.Case;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Evaluating cases with the bundled rules in tests, and reading their findings. */
final class Evaluations {
    private Evaluations() {}

    /** The case evaluated on a day (ISO date), with Dutch messages. */
    static Evaluation on(Case file, String today) {
        return Engines.bundled().evaluate(file, LocalDate.parse(today));
    }

    /** The case evaluated on a day (ISO date), with messages in a language ({@code nl} or {@code en}). */
    static Evaluation on(Case file, String today, String language) {
        return Engines.bundled().evaluate(file, LocalDate.parse(today),
                EvaluationOptions.DEFAULT.withLocale(Locale.forLanguageTag(language)));
    }

    /** The findings with this code. */
    static List<Finding> all(Evaluation evaluation, String code) {
        return evaluation.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The one finding with this code and subject (null for none); fails when there is not exactly one. */
    static Finding one(Evaluation evaluation, String code, String subject) {
        List<Finding> found = evaluation.findings().stream()
                .filter(f -> f.code().equals(code) && java.util.Objects.equals(f.subject(), subject)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " " + subject + ", found " + found.size() + " in " + evaluation.findings());
        }
        return found.get(0);
    }

    /** The findings whose code starts with a prefix, as "CODE SUBJECT" (or "CODE"), in the evaluation's order. */
    static List<String> codes(Evaluation evaluation, String prefix) {
        return evaluation.findings().stream().filter(f -> f.code().startsWith(prefix))
                .map(f -> f.subject() == null ? f.code() : f.code() + " " + f.subject()).toList();
    }

    /** The warnings and blockers, as "CODE SUBJECT" (or "CODE"). */
    static List<String> warningsAndBlockers(Evaluation evaluation) {
        return evaluation.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.subject() == null ? f.code() : f.code() + " " + f.subject()).toList();
    }
}
