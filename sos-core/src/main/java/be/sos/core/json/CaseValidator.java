package be.sos.core.json;

import be.sos.core.model.BottomLine;
import be.sos.core.model.Case;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks across fields of a case: duplicate ids and references that point at nothing. */
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
            refs(c.network().get(i).trustedPersonFor(), "$.network[" + i + "].trustedPersonFor", minors, "minor");
        }
        for (int i = 0; i < c.bottomLines().size(); i++) {
            BottomLine line = c.bottomLines().get(i);
            if (line.minor() != null) {
                ref(line.minor(), "$.bottomLines[" + i + "].minor", minors, "minor");
            }
        }
        for (int i = 0; i < c.safetyGoals().size(); i++) {
            refs(c.safetyGoals().get(i).bottomLines(), "$.safetyGoals[" + i + "].bottomLines", bottomLines, "bottom line");
        }
        for (int i = 0; i < c.safetyPlans().size(); i++) {
            SafetyPlan plan = c.safetyPlans().get(i);
            String at = "$.safetyPlans[" + i + "]";
            refs(plan.signedBy(), at + ".signedBy", persons, "person");
            for (int j = 0; j < plan.commitments().size(); j++) {
                ref(plan.commitments().get(j).by(), at + ".commitments[" + j + "].by", persons, "person");
            }
        }
        for (int i = 0; i < c.events().size(); i++) {
            Event event = c.events().get(i);
            if (event.type() == EventType.WORDS_AND_PICTURES) {
                ref(event.subject(), "$.events[" + i + "].subject", minors, "minor");
            }
        }
        for (int i = 0; i < c.scalings().size(); i++) {
            Scaling s = c.scalings().get(i);
            ref(s.by(), "$.scalings[" + i + "].by", persons, "person");
        }
        for (int i = 0; i < c.exit().size(); i++) {
            ExitAnswer a = c.exit().get(i);
            ref(a.respondent(), "$.exit[" + i + "].respondent", persons, "person");
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

    private void refs(List<String> ids, String path, Set<String> known, String what) {
        for (int i = 0; i < ids.size(); i++) {
            ref(ids.get(i), path + "[" + i + "]", known, what);
        }
    }

    private void ref(String id, String path, Set<String> known, String what) {
        if (!known.contains(id)) {
            problems.add(Problem.at(path, "refers to no " + what + " of the case"));
        }
    }
}
