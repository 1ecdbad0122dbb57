package be.sos.core.json;

import be.sos.core.model.BottomLine;
import be.sos.core.model.Case;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks across fields of a case: duplicate ids, references that point at nothing, and a
 * dispatch to the module or a closure dated before the petition (docs/policy.md §4).
 */
final class CaseValidator {
    private final Case c;
    private final List<Problem> problems = new ArrayList<>();

    private CaseValidator(Case c) {
        this.c = c;
    }

    static List<Problem> validate(Case c) {
        CaseValidator v = new CaseValidator(c);
        v.run();
        return v.problems;
    }

    private void run() {
        Set<String> persons = new HashSet<>();
        unique(c.minors(), "minors", Minor::id, persons);
        unique(c.parents(), "parents", p -> p.id(), persons);
        unique(c.network(), "network", NetworkMember::id, persons);
        unique(c.professionals(), "professionals", p -> p.id(), persons);
        Set<String> minors = c.minors().stream().map(Minor::id).collect(Collectors.toSet());
        Set<String> bottomLines = unique(c.bottomLines(), "bottomLines", BottomLine::id, new HashSet<>());
        unique(c.safetyGoals(), "safetyGoals", SafetyGoal::id, new HashSet<>());
        Set<String> versions = new HashSet<>();
        for (int i = 0; i < c.safetyPlans().size(); i++) {
            if (!versions.add(String.valueOf(c.safetyPlans().get(i).version()))) {
                problems.add(Problem.at("$.safetyPlans[" + i + "].version", "duplicate version"));
            }
        }

        for (int i = 0; i < c.network().size(); i++) {
            refs(c.network().get(i).trustedPersonFor(), "$.network[", i, "].trustedPersonFor", minors, "minor");
        }
        for (int i = 0; i < c.bottomLines().size(); i++) {
            BottomLine line = c.bottomLines().get(i);
            if (line.minor() != null && !minors.contains(line.minor())) {
                missing("$.bottomLines[" + i + "].minor", "minor");
            }
        }
        for (int i = 0; i < c.safetyGoals().size(); i++) {
            refs(c.safetyGoals().get(i).bottomLines(), "$.safetyGoals[", i, "].bottomLines", bottomLines, "bottom line");
        }
        for (int i = 0; i < c.safetyPlans().size(); i++) {
            SafetyPlan plan = c.safetyPlans().get(i);
            refs(plan.signedBy(), "$.safetyPlans[", i, "].signedBy", persons, "person");
            for (int j = 0; j < plan.commitments().size(); j++) {
                if (!persons.contains(plan.commitments().get(j).by())) {
                    missing("$.safetyPlans[" + i + "].commitments[" + j + "].by", "person");
                }
            }
        }
        for (int i = 0; i < c.events().size(); i++) {
            Event event = c.events().get(i);
            if (event.type() == EventType.WORDS_AND_PICTURES && !minors.contains(event.subject())) {
                missing("$.events[" + i + "].subject", "minor");
            }
            if (event.type() == EventType.DISPATCH_TO_MODULE && event.date().isBefore(c.petitionDate())) {
                problems.add(Problem.at("$.events[" + i + "].date", "a dispatch to the module before the petition date"));
            }
        }
        if (c.closure() != null && c.closure().date().isBefore(c.petitionDate())) {
            problems.add(Problem.at("$.closure.date", "a closure before the petition date"));
        }
        for (int i = 0; i < c.scalings().size(); i++) {
            if (!persons.contains(c.scalings().get(i).by())) {
                missing("$.scalings[" + i + "].by", "person");
            }
        }
        for (int i = 0; i < c.exit().size(); i++) {
            if (!persons.contains(c.exit().get(i).respondent())) {
                missing("$.exit[" + i + "].respondent", "person");
            }
        }
    }

    private <T> Set<String> unique(List<T> values, String list, Function<T, String> id, Set<String> seen) {
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(id.apply(values.get(i)))) {
                problems.add(Problem.at("$." + list + "[" + i + "].id", "duplicate id"));
            }
        }
        return seen;
    }

    /**
     * Checks the ids of the list at {@code prefix + at + suffix}, such as {@code $.network[2].trustedPersonFor};
     * the path is only written for a problem.
     */
    private void refs(List<String> ids, String prefix, int at, String suffix, Set<String> known, String what) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                missing(prefix + at + suffix + "[" + i + "]", what);
            }
        }
    }

    private void missing(String path, String what) {
        problems.add(Problem.at(path, "refers to no " + what + " of the case"));
    }
}
