package be.sos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.json.CaseJson;
import be.sos.core.json.InvalidCaseException;
import be.sos.core.model.Absence;
import be.sos.core.model.Availability;
import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.Commitment;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Intake;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Relation;
import be.sos.core.model.Role;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.core.model.StartingSituation;
import be.sos.core.time.Clocks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {
    private static final int SURVEY_SIZE = 300;
    private static List<Case> survey;

    @BeforeAll
    static void generateSurvey() {
        survey = CaseGenerator.cases(20190114L, SURVEY_SIZE).toList();
    }

    @Test
    void the_same_seed_gives_the_same_cases() {
        List<Case> first = CaseGenerator.cases(42, 50).toList();
        List<Case> second = CaseGenerator.cases(42, 50).toList();
        assertThat(second).isEqualTo(first);
        assertThat(second.stream().map(CaseJson::write).toList())
                .isEqualTo(first.stream().map(CaseJson::write).toList());
    }

    @Test
    void next_and_cases_give_the_same_sequence() {
        CaseGenerator generator = CaseGenerator.withSeed(7);
        List<Case> one = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            one.add(generator.next());
        }
        assertThat(CaseGenerator.cases(7, 20).toList()).isEqualTo(one);
        assertThat(generator.seed()).isEqualTo(7);
    }

    @Test
    void a_parallel_stream_gives_the_same_cases_in_the_same_order() {
        assertThat(CaseGenerator.cases(11, 200).parallel().map(CaseJson::write).toList())
                .isEqualTo(CaseGenerator.cases(11, 200).map(CaseJson::write).toList());
    }

    @Test
    void different_seeds_give_different_cases() {
        assertThat(CaseGenerator.cases(1, 10).map(CaseJson::write).toList())
                .doesNotContainAnyElementsOf(CaseGenerator.cases(2, 10).map(CaseJson::write).toList());
    }

    @Test
    void case_ids_name_the_seed_and_the_position() {
        assertThat(CaseGenerator.cases(-5, 3).map(Case::id)).containsExactly("gen--5-1", "gen--5-2", "gen--5-3");
        assertThat(survey.stream().map(Case::id).distinct().count()).isEqualTo(SURVEY_SIZE);
    }

    @Test
    void cases_takes_a_count_that_is_not_negative() {
        assertThat(CaseGenerator.cases(1, 0)).isEmpty();
        assertThatThrownBy(() -> CaseGenerator.cases(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void every_generated_case_passes_the_case_file_validation() throws InvalidCaseException {
        for (Case c : survey) {
            assertThat(CaseJson.read(CaseJson.write(c))).as(c.id()).isEqualTo(c);
        }
    }

    @Test
    void person_ids_are_synthetic_codes() {
        for (Case c : survey) {
            assertThat(c.personIds()).as(c.id()).allMatch(id -> id.matches("(m|p|n|cons|cb|jr|tl)[0-9]+"));
        }
    }

    @Test
    void every_value_of_every_enum_of_the_model_occurs() {
        Set<Availability> availability = EnumSet.noneOf(Availability.class);
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        Set<NetworkKind> kinds = EnumSet.noneOf(NetworkKind.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<StartingSituation> situations = EnumSet.noneOf(StartingSituation.class);
        Set<BottomLineType> lineTypes = EnumSet.noneOf(BottomLineType.class);
        Set<BottomLineStatus> lineStatuses = EnumSet.noneOf(BottomLineStatus.class);
        Set<GoalStatus> goalStatuses = EnumSet.noneOf(GoalStatus.class);
        Set<ClosurePath> paths = EnumSet.noneOf(ClosurePath.class);
        Set<ExtensionReason> reasons = EnumSet.noneOf(ExtensionReason.class);
        Set<EventType> eventTypes = EnumSet.noneOf(EventType.class);
        for (Case c : survey) {
            c.parents().forEach(p -> availability.add(p.availability()));
            c.network().forEach(n -> {
                relations.add(n.relation());
                kinds.add(n.kind());
            });
            c.professionals().forEach(p -> roles.add(p.role()));
            if (c.startingSituation() != null) {
                situations.add(c.startingSituation());
            }
            c.bottomLines().forEach(b -> {
                lineTypes.add(b.type());
                lineStatuses.add(b.status());
            });
            c.safetyGoals().forEach(g -> goalStatuses.add(g.status()));
            if (c.closure() != null) {
                paths.add(c.closure().path());
            }
            c.extensionRequests().forEach(r -> reasons.addAll(r.reasons()));
            c.events().forEach(e -> eventTypes.add(e.type()));
        }
        assertThat(availability).containsExactlyInAnyOrder(Availability.values());
        assertThat(relations).containsExactlyInAnyOrder(Relation.values());
        assertThat(kinds).containsExactlyInAnyOrder(NetworkKind.values());
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(situations).containsExactlyInAnyOrder(StartingSituation.values());
        assertThat(lineTypes).containsExactlyInAnyOrder(BottomLineType.values());
        assertThat(lineStatuses).containsExactlyInAnyOrder(BottomLineStatus.values());
        assertThat(goalStatuses).containsExactlyInAnyOrder(GoalStatus.values());
        assertThat(paths).containsExactlyInAnyOrder(ClosurePath.values());
        assertThat(reasons).containsExactlyInAnyOrder(ExtensionReason.values());
        assertThat(eventTypes).containsExactlyInAnyOrder(EventType.values());
    }

    /** Each situation docs/policy.md describes, counted over the survey: every one must occur at least once. */
    @Test
    void every_situation_of_the_domain_occurs() {
        Map<String, Integer> seen = new TreeMap<>();
        for (Case c : survey) {
            survey(c, seen);
        }
        List<String> situations = List.of(
                "office GENT", "office DENDERMONDE", "office other",
                "petition 2018", "petition 2019", "petition 2020", "petition 2021", "petition 2022",
                "petition 2023", "petition 2024", "petition 2025", "petition 2026",
                "minors 1", "minors 2", "minors 3", "minor turns 18 during the module",
                "parent living with the child unavailable", "parent not living with the child",
                "network empty", "network member not adult", "informal network", "professional network",
                "no trusted person", "trusted person for a minor",
                "role missing CONSULTANT", "role missing CRISIS_COUNSELLOR", "role missing JUDGE",
                "consultant or counsellor unreachable",
                "absence 0 days of the module", "absence 1-4 days of the module", "absence 5+ days of the module",
                "intake answer false", "intake answer null", "intake not assessed",
                "min adults 1", "min adults 2", "min adults 3", "min adults 4",
                "bottom line no goal covers", "all goals achieved",
                "plans 0", "plans 1", "plans 2", "plans 3", "plan without good-enough statement",
                "commitment by informal adult", "commitment by minor", "commitment by professional",
                "milestone on time", "milestone late", "milestone missing",
                "dispatch late", "dispatch missing", "module end capped at HD end", "extended end capped",
                "words and pictures for a minor",
                "scaling rounds 1", "scaling rounds 2", "scaling rounds 3", "scaling rounds 4",
                "scaling gap 3+", "scaling drop 2+",
                "extension requests 0", "extension requests 1", "extension requests 2", "extension requests 3",
                "extension reasons 0", "extension reasons 3", "extension on time", "extension after module end",
                "closure null", "closure after day 60", "closure day 40-60",
                "exit answers", "closed without exit answers", "open case recorded up to a day");
        assertThat(seen.keySet()).containsAll(situations);
    }

    private static void survey(Case c, Map<String, Integer> seen) {
        Clocks clocks = Clocks.of(c);
        String office = c.office();
        count(seen, "office " + (office.equals("GENT") || office.equals("DENDERMONDE") ? office : "other"));
        count(seen, "petition " + c.petitionDate().getYear());
        count(seen, "minors " + c.minors().size());
        for (Minor m : c.minors()) {
            LocalDate eighteen = m.eighteenthBirthday();
            if (!eighteen.isBefore(clocks.moduleStart()) && !eighteen.isAfter(clocks.extendedEnd())) {
                count(seen, "minor turns 18 during the module");
            }
        }
        people(c, seen);
        professionals(c, clocks, seen);
        intake(c.intake(), seen);
        plansAndGoals(c, seen);
        events(c, clocks, seen);
        scalings(c, seen);
        extension(c, clocks, seen);
        closure(c, clocks, seen);
    }

    private static void intake(Intake intake, Map<String, Integer> seen) {
        if (intake.equals(Intake.NOT_ASSESSED)) {
            count(seen, "intake not assessed");
            return;
        }
        Boolean[] answers = {intake.workablePlanExpected(), intake.judgeFiatForReturnHome(),
            intake.networkMobilisable(), intake.riskInformationShared()};
        for (Boolean answer : answers) {
            if (answer == null) {
                count(seen, "intake answer null");
            } else if (!answer) {
                count(seen, "intake answer false");
            }
        }
    }

    private static void people(Case c, Map<String, Integer> seen) {
        for (Parent p : c.parents()) {
            if (p.livesWithChild() && (p.availability() == Availability.DETAINED
                    || p.availability() == Availability.COMPULSORY_ADMISSION)) {
                count(seen, "parent living with the child unavailable");
            }
            if (!p.livesWithChild()) {
                count(seen, "parent not living with the child");
            }
        }
        if (c.network().isEmpty()) {
            count(seen, "network empty");
        }
        boolean trusted = false;
        for (NetworkMember n : c.network()) {
            count(seen, n.kind() == NetworkKind.INFORMAL ? "informal network" : "professional network");
            if (!n.adult()) {
                count(seen, "network member not adult");
            }
            trusted |= !n.trustedPersonFor().isEmpty();
        }
        count(seen, trusted ? "trusted person for a minor" : "no trusted person");
    }

    private static void professionals(Case c, Clocks clocks, Map<String, Integer> seen) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Professional p : c.professionals()) {
            roles.add(p.role());
            if (!p.reachable() && (p.role() == Role.CONSULTANT || p.role() == Role.CRISIS_COUNSELLOR)) {
                count(seen, "consultant or counsellor unreachable");
            }
            for (Absence a : p.absences()) {
                int days = a.daysWithin(clocks.moduleStart(), clocks.moduleEnd());
                count(seen, days == 0 ? "absence 0 days of the module"
                        : days <= 4 ? "absence 1-4 days of the module" : "absence 5+ days of the module");
            }
        }
        for (Role role : List.of(Role.CONSULTANT, Role.CRISIS_COUNSELLOR, Role.JUDGE)) {
            if (!roles.contains(role)) {
                count(seen, "role missing " + role);
            }
        }
    }

    private static void plansAndGoals(Case c, Map<String, Integer> seen) {
        Set<String> covered = new HashSet<>();
        boolean allAchieved = true;
        for (SafetyGoal g : c.safetyGoals()) {
            covered.addAll(g.bottomLines());
            allAchieved &= g.status() == GoalStatus.ACHIEVED;
        }
        if (allAchieved) {
            count(seen, "all goals achieved");
        }
        for (BottomLine b : c.bottomLines()) {
            if (!covered.contains(b.id())) {
                count(seen, "bottom line no goal covers");
            }
            if (b.type() == BottomLineType.MIN_NETWORK_ADULTS) {
                count(seen, "min adults " + b.min());
            }
        }
        count(seen, "plans " + c.safetyPlans().size());
        Map<String, String> kindOf = new HashMap<>();
        c.minors().forEach(m -> kindOf.put(m.id(), "minor"));
        c.network().forEach(n -> kindOf.put(n.id(), n.informalAdult() ? "informal adult" : "network"));
        c.professionals().forEach(p -> kindOf.put(p.id(), "professional"));
        for (SafetyPlan plan : c.safetyPlans()) {
            if (!plan.hasGoodEnoughStatement()) {
                count(seen, "plan without good-enough statement");
            }
            for (Commitment commitment : plan.commitments()) {
                count(seen, "commitment by " + kindOf.getOrDefault(commitment.by(), "parent"));
            }
        }
    }

    private static void events(Case c, Clocks clocks, Map<String, Integer> seen) {
        Map<EventType, LocalDate> first = new HashMap<>();
        for (Event e : c.events()) {
            first.merge(e.type(), e.date(), (a, b) -> a.isBefore(b) ? a : b);
            if (e.type() == EventType.WORDS_AND_PICTURES) {
                count(seen, "words and pictures for a minor");
            }
        }
        LocalDate hearing = first.get(EventType.FIRST_HEARING);
        if (hearing == null) {
            count(seen, "milestone missing");
        } else {
            count(seen, clocks.dayNumber(hearing) <= 4 ? "milestone on time" : "milestone late");
        }
        LocalDate dispatch = first.get(EventType.DISPATCH_TO_MODULE);
        if (dispatch == null) {
            count(seen, "dispatch missing");
        } else if (clocks.dayNumber(dispatch) > 4) {
            count(seen, "dispatch late");
        }
        if (clocks.moduleEnd().equals(clocks.hdEnd())) {
            count(seen, "module end capped at HD end");
        }
        if (clocks.extendedEndCapped()) {
            count(seen, "extended end capped");
        }
        if (c.closure() == null && !c.events().isEmpty()
                && !c.events().get(c.events().size() - 1).date().isAfter(clocks.day(45))
                && first.get(EventType.JUDGE_DECISION) == null) {
            count(seen, "open case recorded up to a day");
        }
    }

    private static void scalings(Case c, Map<String, Integer> seen) {
        Set<String> family = new HashSet<>();
        c.minors().forEach(m -> family.add(m.id()));
        c.parents().forEach(p -> family.add(p.id()));
        c.network().stream().filter(n -> n.kind() == NetworkKind.INFORMAL).forEach(n -> family.add(n.id()));
        Map<LocalDate, double[]> sums = new TreeMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (Scaling s : c.scalings()) {
            double[] sum = sums.computeIfAbsent(s.date(), d -> new double[4]);
            int side = family.contains(s.by()) ? 0 : 2;
            sum[side] += s.score();
            sum[side + 1]++;
            Integer previous = last.put(s.by(), s.score());
            if (previous != null && previous - s.score() >= 2) {
                count(seen, "scaling drop 2+");
            }
        }
        if (!sums.isEmpty()) {
            count(seen, "scaling rounds " + sums.size());
        }
        for (double[] sum : sums.values()) {
            if (sum[1] > 0 && sum[3] > 0 && Math.abs(sum[0] / sum[1] - sum[2] / sum[3]) >= 3) {
                count(seen, "scaling gap 3+");
            }
        }
    }

    private static void extension(Case c, Clocks clocks, Map<String, Integer> seen) {
        count(seen, "extension requests " + c.extensionRequests().size());
        for (ExtensionRequest r : c.extensionRequests()) {
            count(seen, "extension reasons " + r.reasons().size());
            count(seen, r.date().isAfter(clocks.moduleEnd()) ? "extension after module end" : "extension on time");
        }
    }

    private static void closure(Case c, Clocks clocks, Map<String, Integer> seen) {
        if (c.closure() == null) {
            count(seen, "closure null");
            return;
        }
        int day = clocks.dayNumber(c.closure().date());
        count(seen, day > 60 ? "closure after day 60" : day >= 40 ? "closure day 40-60" : "closure before day 40");
        count(seen, c.exit().isEmpty() ? "closed without exit answers" : "exit answers");
    }

    @Test
    void cases_dated_around_a_day_are_the_same_cases_moved_and_two_in_five_are_in_their_procedure_on_that_day() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 30);
        CaseGenerator plain = CaseGenerator.withSeed(5);
        CaseGenerator around = CaseGenerator.withSeed(5).around(day);
        CaseGenerator again = CaseGenerator.withSeed(5).around(day);
        int inProcedure = 0;
        for (int i = 0; i < 500; i++) {
            be.sos.core.model.Case a = around.next();
            be.sos.core.model.Case p = plain.next();
            assertThat(again.next()).isEqualTo(a);
            assertThat(a.petitionDate()).isBeforeOrEqualTo(day);
            assertThat(a.minors().size()).isEqualTo(p.minors().size());
            assertThat(a.events().size()).isEqualTo(p.events().size());
            long before = day.toEpochDay() - a.petitionDate().toEpochDay();
            if (before < 80) {
                inProcedure++;
            }
        }
        assertThat(inProcedure).isBetween(150, 250);
    }

    private static void count(Map<String, Integer> seen, String situation) {
        seen.merge(situation, 1, Integer::sum);
    }
}
