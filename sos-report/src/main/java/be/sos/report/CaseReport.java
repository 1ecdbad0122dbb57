package be.sos.report;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * The HTML case report: one self-contained page that pictures a case on the day of its
 * evaluation, for a case system to show or a person to print (the README, "Command line", {@code report}).
 *
 * <pre>{@code
 * Evaluation evaluation = engine.evaluate(aCase, today, EvaluationOptions.DEFAULT.withLocale(locale));
 * String html = CaseReport.html(aCase, evaluation, locale);
 * }</pre>
 *
 * <p>The page holds a timeline of the milestones (inline SVG) with the schedule as a table, the
 * Signs of Safety map (worries, what is working well, what needs to happen), the network with
 * its commitments and trusted persons, the scaling answers over time, the findings, the
 * eligibility and the extension. Headings and labels are in Dutch or English; the findings'
 * messages are in the language the evaluation was made in, so evaluate with the same locale.
 *
 * <p>Inline CSS and SVG only: no scripts, no fonts, images or style sheets fetched, no links
 * outside the page. Every text from the case file is escaped. The page is a pure function of its
 * arguments: the same case and evaluation give the same bytes. Thread-safe.
 */
public final class CaseReport {
    private CaseReport() {}

    /**
     * The report as a string.
     *
     * @param file the case, as given to the engine; entries dated after the evaluation's day are left out
     * @param evaluation the case's evaluation
     * @param locale the language of headings and labels: English for {@code en}, Dutch otherwise
     * @return a complete HTML document
     * @throws IllegalArgumentException when the evaluation is of another case
     */
    public static String html(Case file, Evaluation evaluation, Locale locale) {
        return Templates.string(out -> write(file, evaluation, locale, out));
    }

    /**
     * Writes the report to a character stream, which it leaves open.
     *
     * @param file the case, as given to the engine; entries dated after the evaluation's day are left out
     * @param evaluation the case's evaluation
     * @param locale the language of headings and labels: English for {@code en}, Dutch otherwise
     * @param out where the HTML document goes
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when the evaluation is of another case
     */
    public static void write(Case file, Evaluation evaluation, Locale locale, Writer out) throws IOException {
        Objects.requireNonNull(file, "case");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        if (!file.id().equals(evaluation.caseId())) {
            throw new IllegalArgumentException("the evaluation is of another case");
        }
        Templates.fill(Templates.page(), Page.of(file, evaluation, Labels.of(locale)), out);
    }
}
