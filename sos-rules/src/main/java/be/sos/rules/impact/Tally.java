package be.sos.rules.impact;

import be.sos.rules.RuleSetInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running counts of an impact analysis: one {@link CaseDelta} at a time is folded in and
 * dropped, so that memory does not grow with the number of cases. What is kept per change is two
 * counts and at most {@link #EXAMPLES} case ids; a code gathers its subjects beyond the first
 * {@link #SUBJECTS_PER_CODE} under {@code *}, so that subjects unique to each case (a person's id)
 * cannot grow it either. Not thread-safe: fold in one thread, in input order, for stable examples.
 */
final class Tally {
    /** Case ids kept as examples per change. */
    static final int EXAMPLES = 3;
    /** Distinct subjects kept per finding code. */
    static final int SUBJECTS_PER_CODE = 100;

    private static final class Count {
        int cases;
        long days;
        final List<String> examples = new ArrayList<>(EXAMPLES);

        void add(String caseId, long days) {
            cases++;
            this.days += days;
            if (examples.size() < EXAMPLES) {
                examples.add(caseId);
            }
        }
    }

    private final Map<CaseDelta.FindingKey, Count> added = new LinkedHashMap<>();
    private final Map<CaseDelta.FindingKey, Count> removed = new LinkedHashMap<>();
    private final Map<String, Integer> subjects = new HashMap<>();
    private final Map<CaseDelta.MilestoneKey, Count> statuses = new LinkedHashMap<>();
    private final Map<CaseDelta.MilestoneKey, Count> windows = new LinkedHashMap<>();
    private final Count eligible = new Count();
    private final Count ineligible = new Count();
    private int cases;
    private int changed;
    private long evaluations;
    private int skipped;

    /** Folds in one case's changes. */
    void add(CaseDelta delta) {
        cases++;
        evaluations += delta.evaluations;
        if (delta.changed) {
            changed++;
        }
        // A case counts once per key, even when two subjects of it are gathered under '*'.
        Map<CaseDelta.FindingKey, Long> add = new LinkedHashMap<>();
        delta.added.forEach((key, days) -> add.merge(capped(key), days, Long::sum));
        add.forEach((key, days) -> added.computeIfAbsent(key, k -> new Count()).add(delta.caseId, days));
        Map<CaseDelta.FindingKey, Long> remove = new LinkedHashMap<>();
        delta.removed.forEach((key, days) -> remove.merge(capped(key), days, Long::sum));
        remove.forEach((key, days) -> removed.computeIfAbsent(key, k -> new Count()).add(delta.caseId, days));
        delta.statuses.forEach((key, days) -> statuses.computeIfAbsent(key, k -> new Count()).add(delta.caseId, days));
        delta.windows.forEach((key, days) -> windows.computeIfAbsent(key, k -> new Count()).add(delta.caseId, days));
        if (delta.becameEligible) {
            eligible.add(delta.caseId, 1);
        }
        if (delta.becameIneligible) {
            ineligible.add(delta.caseId, 1);
        }
    }

    /** Counts an input line that could not be compared. */
    void skip() {
        skipped++;
    }

    private CaseDelta.FindingKey capped(CaseDelta.FindingKey key) {
        if (key.subject() == null || added.containsKey(key) || removed.containsKey(key)) {
            return key;
        }
        int seen = subjects.getOrDefault(key.code(), 0);
        if (seen >= SUBJECTS_PER_CODE) {
            return new CaseDelta.FindingKey(key.code(), "*", key.severity());
        }
        subjects.put(key.code(), seen + 1);
        return key;
    }

    /** The counts so far, sorted: findings by code, subject and severity; milestones in the order of the procedure. */
    Impact result(RuleSetInfo base, RuleSetInfo edited, String days, Impact.ForcedVersions forced) {
        Map<CaseDelta.FindingKey, Impact.FindingChange> findings = new HashMap<>();
        List<CaseDelta.FindingKey> keys = new ArrayList<>(added.keySet());
        removed.keySet().stream().filter(k -> !added.containsKey(k)).forEach(keys::add);
        for (CaseDelta.FindingKey key : keys) {
            Count a = added.get(key);
            Count r = removed.get(key);
            List<String> examples = new ArrayList<>();
            if (a != null) {
                examples.addAll(a.examples);
            }
            if (r != null) {
                r.examples.stream().filter(id -> !examples.contains(id)).forEach(examples::add);
            }
            findings.put(key, new Impact.FindingChange(key.code(), key.subject(), key.severity(), a == null ? 0 : a.cases,
                    r == null ? 0 : r.cases, a == null ? 0 : a.days, r == null ? 0 : r.days,
                    examples.subList(0, Math.min(EXAMPLES, examples.size()))));
        }
        Comparator<CaseDelta.FindingKey> order = Comparator.comparing(CaseDelta.FindingKey::code)
                .thenComparing(CaseDelta.FindingKey::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(CaseDelta.FindingKey::severity);
        List<Impact.FindingChange> findingList = keys.stream().sorted(order).map(findings::get).toList();
        return new Impact(base, edited, days, cases, changed, cases - changed, evaluations, skipped, findingList,
                milestones(statuses).stream().map(e -> new Impact.StatusChange(e.getKey().milestone(), e.getKey().from(),
                        e.getKey().to(), e.getValue().cases, e.getValue().days, e.getValue().examples)).toList(),
                milestones(windows).stream().map(e -> new Impact.WindowChange(e.getKey().milestone(), e.getKey().from(),
                        e.getKey().to(), e.getValue().cases, e.getValue().days, e.getValue().examples)).toList(),
                new Impact.EligibilityChange(eligible.cases, ineligible.cases, eligible.examples, ineligible.examples), forced);
    }

    private static List<Map.Entry<CaseDelta.MilestoneKey, Count>> milestones(Map<CaseDelta.MilestoneKey, Count> counts) {
        return counts.entrySet().stream().sorted(Comparator.comparing((Map.Entry<CaseDelta.MilestoneKey, Count> e) ->
                        be.sos.core.model.EventType.valueOf(e.getKey().milestone()))
                .thenComparing(e -> e.getKey().from()).thenComparing(e -> e.getKey().to())).toList();
    }
}
