package be.sos.report;

import be.sos.rules.impact.Impact;
import be.sos.rules.impact.RuleSetDiff;
import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The impact page: one self-contained HTML page that shows a policy officer what an edit of the
 * rules changes (the output of {@code sos rules impact --out}), for the screen or on paper. The
 * changes of the rules themselves ({@link RuleSetDiff}) come first, then the counts of the
 * {@link Impact}: cases compared and changed, windows moved, milestone statuses, findings that
 * came or went, eligibility.
 *
 * <p>Like {@link CaseReport}: inline CSS only, no scripts, nothing fetched; every value escaped; a
 * pure function of its arguments. Thread-safe.
 */
public final class ImpactReport {
    private static final Map<String, LabelTable> TEXTS = Map.of("nl", load("nl"), "en", load("en"));

    private ImpactReport() {}

    /**
     * The page as a string.
     *
     * @param impact what the edit changes on the cases
     * @param diff what changed in the rule files, or null to leave that part out
     * @param locale the language: English for {@code en}, Dutch otherwise
     * @return a complete HTML document
     */
    public static String html(Impact impact, RuleSetDiff diff, Locale locale) {
        return Templates.string(out -> write(impact, diff, locale, out));
    }

    /**
     * Writes the page to a character stream, which it leaves open.
     *
     * @param impact what the edit changes on the cases
     * @param diff what changed in the rule files, or null to leave that part out
     * @param locale the language: English for {@code en}, Dutch otherwise
     * @param out where the HTML document goes
     * @throws IOException when {@code out} fails
     */
    public static void write(Impact impact, RuleSetDiff diff, Locale locale, Writer out) throws IOException {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        Labels labels = Labels.of(locale);
        Templates.fill(Templates.impact(), page(impact, diff, labels, TEXTS.get(labels.language())), out);
    }

    record Fact(String term, String value, String verdict) {}

    record Line(String text, String cls) {}

    record Rule(String id, String kind, String kindClass, String name, String file, List<Line> lines) {}

    record Key(String file, String key, String before, String after, boolean hasNote, String note) {}

    record FileName(String name, String kind) {}

    record Other(String file, List<Line> lines) {}

    record Row(String milestone, String from, String to, String fromClass, String toClass, String cases, String days, String examples) {}

    record FindingRow(String code, String subject, String severity, String added, String removed, String addedDays,
                      String removedDays, String examples) {}

    record ImpactPage(String lang, Map<String, String> t, String subtitle, String when, String baseSource, String baseFingerprint,
                      String editedSource, String editedFingerprint, boolean hasDiff, boolean diffEmpty, boolean hasFiles,
                      List<FileName> files, boolean hasRules, List<Rule> rules, boolean hasSettings, List<Key> settings,
                      boolean hasMessages, List<Key> messages, boolean hasOther, List<Other> other, List<Fact> summary,
                      boolean nothing, boolean allDays, boolean hasWindows, List<Row> windows, boolean hasStatuses,
                      List<Row> statuses, boolean hasFindings, List<FindingRow> findings, boolean hasEligibility,
                      String becameEligible, String becameIneligible, String eligibleExamples, String ineligibleExamples) {}

    private static ImpactPage page(Impact impact, RuleSetDiff diff, Labels labels, LabelTable t) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(labels.language()));
        boolean allDays = impact.days().equals("all");
        String when = allDays ? t.get("allDays") : t.format("onDay", "day", impact.days());

        List<FileName> files = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Key> settings = new ArrayList<>();
        List<Key> messages = new ArrayList<>();
        List<Other> other = new ArrayList<>();
        if (diff != null) {
            diff.filesAdded().forEach(name -> files.add(new FileName(name, t.get("fileAdded"))));
            diff.filesRemoved().forEach(name -> files.add(new FileName(name, t.get("fileRemoved"))));
            for (RuleSetDiff.RuleChange rule : diff.rules()) {
                rules.add(new Rule(rule.id(), t.get("kind." + rule.kind()), rule.kind() == RuleSetDiff.Kind.REMOVED ? "bad" : "good",
                        rule.name(), rule.file(), lines(rule.lines())));
            }
            diff.settings().forEach(k -> settings.add(key(k)));
            diff.messages().forEach(k -> messages.add(key(k)));
            diff.otherLines().forEach(o -> other.add(new Other(o.file(), lines(o.lines()))));
        }

        List<Fact> summary = new ArrayList<>();
        summary.add(new Fact(t.get("cases"), numbers.format(impact.cases()), ""));
        summary.add(new Fact(t.get("casesChanged"), numbers.format(impact.casesChanged()), impact.casesChanged() > 0 ? "bad" : "good"));
        summary.add(new Fact(t.get("casesUnchanged"), numbers.format(impact.casesUnchanged()), ""));
        summary.add(new Fact(t.get("evaluations"), numbers.format(impact.evaluations()), ""));
        if (impact.skipped() > 0) {
            summary.add(new Fact(t.get("skipped"), numbers.format(impact.skipped()), "bad"));
        }

        List<Row> windows = new ArrayList<>();
        for (Impact.WindowChange w : impact.windows()) {
            windows.add(new Row(milestone(w.milestone(), labels), dayRange(w.from(), t), dayRange(w.to(), t), "", "",
                    numbers.format(w.cases()), numbers.format(w.days()), String.join(", ", w.examples())));
        }
        List<Row> statuses = new ArrayList<>();
        for (Impact.StatusChange s : impact.statuses()) {
            statuses.add(new Row(milestone(s.milestone(), labels), status(s.from(), labels, t), status(s.to(), labels, t),
                    statusClass(s.from()), statusClass(s.to()), numbers.format(s.cases()), numbers.format(s.days()),
                    String.join(", ", s.examples())));
        }
        List<FindingRow> findings = new ArrayList<>();
        for (Impact.FindingChange f : impact.findings()) {
            findings.add(new FindingRow(f.code(), f.subject() == null ? "" : f.subject(), labels.get("severity." + f.severity()),
                    numbers.format(f.added()), numbers.format(f.removed()), numbers.format(f.addedDays()),
                    numbers.format(f.removedDays()), String.join(", ", f.examples())));
        }
        Impact.EligibilityChange e = impact.eligibility();
        Impact.ForcedVersions forced = impact.forcedVersions();
        Locale locale = Locale.forLanguageTag(labels.language());
        String base = name(impact.base(), forced != null && forced.base() != null, locale);
        String edited = name(impact.edited(), forced != null && forced.edited() != null, locale);
        return new ImpactPage(labels.language(), t.entries(),
                t.format("subtitle", "edited", edited, "base", base), forced == null ? when : when + " " + t.get("forced"),
                base, impact.base().fingerprint(), edited, impact.edited().fingerprint(),
                diff != null, diff != null && diff.isEmpty(), !files.isEmpty(), files, !rules.isEmpty(), rules,
                !settings.isEmpty(), settings, !messages.isEmpty(), messages, !other.isEmpty(), other, summary,
                impact.casesChanged() == 0, allDays, !windows.isEmpty(), windows, !statuses.isEmpty(), statuses,
                !findings.isEmpty(), findings, e.becameEligible() + e.becameIneligible() > 0,
                numbers.format(e.becameEligible()), numbers.format(e.becameIneligible()),
                String.join(", ", e.eligibleExamples()), String.join(", ", e.ineligibleExamples()));
    }

    /** A rule set's source, with the version named to judge every case when there is one. */
    private static String name(be.sos.rules.RuleSetInfo info, boolean forced, Locale locale) {
        return forced ? info.source() + ", " + info.version().describe(locale) : info.source();
    }

    private static List<Line> lines(List<String> lines) {
        return lines.stream().map(line -> new Line(line, line.startsWith("-") ? "del" : "add")).toList();
    }

    private static Key key(RuleSetDiff.KeyChange k) {
        return new Key(k.file(), k.key(), k.before() == null ? "" : k.before(), k.after() == null ? "" : k.after(), !k.note().isEmpty(),
                k.note());
    }

    private static String milestone(String code, Labels labels) {
        try {
            return labels.get("milestone." + code) + " (" + code + ")";
        } catch (IllegalStateException e) {
            return code;
        }
    }

    private static String dayRange(String range, LabelTable t) {
        return range.equals("-") ? t.get("none") : t.get("day") + " " + range;
    }

    private static String status(String code, Labels labels, LabelTable t) {
        return code.equals("NONE") ? t.get("status.NONE") : labels.get("status." + code) + " (" + code + ")";
    }

    private static String statusClass(String code) {
        return switch (code) {
            case "DONE" -> "done";
            case "DONE_LATE" -> "late";
            case "DUE" -> "due";
            case "OVERDUE" -> "overdue";
            default -> "";
        };
    }

    private static LabelTable load(String language) {
        return new LabelTable("impact page", LabelTable.read(ImpactReport.class, "impact_" + language + ".properties", "impact page"));
    }
}
