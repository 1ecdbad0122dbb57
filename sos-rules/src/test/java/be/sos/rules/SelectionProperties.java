package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Absence;
import be.sos.core.model.Availability;
import be.sos.core.model.Case;
import be.sos.core.model.Closure;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.EventType;
import be.sos.core.model.Intake;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Scaling;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of the selection and programme rules, over variations of the pilot's two cases: their
 * intake answers, parents, professionals' reachability and absences, the day of the evaluation,
 * and the programme's other cases. Each try runs the rules, so the tries are few.
 */
class SelectionProperties {
    private static final List<Case> PILOTS = List.of(PilotCases.gent(), PilotCases.dendermonde());

    /** A case on a day. */
    record Variation(Case file, LocalDate today) {
        Evaluation evaluate() {
            return Engines.bundled().evaluate(file, today);
        }
    }

    /** A planned absence, as offsets from a reference day. */
    record AbsenceAt(int startOffset, int length) {
        Absence from(LocalDate reference) {
            LocalDate first = reference.plusDays(startOffset);
            return new Absence(first, first.plusDays(length - 1L));
        }
    }

    // ---- invariants ----
    // The two properties on eligibility leave out jqwik's edge cases: they would give most tries an
    // intake with every answer missing, so hardly any case would be eligible before the change.

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void adding_an_absence_never_makes_a_case_more_eligible(@ForAll("variations") Variation v,
                                                            @ForAll("absencesAroundTheModule") AbsenceAt absence,
                                                            @ForAll @IntRange(min = 0, max = 20) int who) {
        Assume.that(!v.file().professionals().isEmpty());
        Evaluation before = v.evaluate();
        Case changed = withAbsence(v.file(), who, absence.from(v.file().petitionDate()));
        Evaluation after = new Variation(changed, v.today()).evaluate();
        assertNoMoreEligible(before, after);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void making_a_parent_less_available_never_makes_a_case_more_eligible(@ForAll("variations") Variation v,
                                                                        @ForAll @IntRange(min = 0, max = 20) int which,
                                                                        @ForAll Availability availability) {
        List<Parent> parents = new ArrayList<>(v.file().parents());
        Assume.that(!parents.isEmpty());
        int i = which % parents.size();
        Parent old = parents.get(i);
        Assume.that(unavailability(availability) >= unavailability(old.availability()));
        parents.set(i, new Parent(old.id(), availability, old.livesWithChild()));
        Evaluation before = v.evaluate();
        Evaluation after = new Variation(v.file().toBuilder().parents(parents).build(), v.today()).evaluate();
        assertNoMoreEligible(before, after);
    }

    @Property(tries = 100)
    void the_order_of_the_programmes_cases_never_changes_the_evaluation(@ForAll("variations") Variation v,
                                                                       @ForAll("portfolioInTwoOrders") Tuple.Tuple2<List<Case>, List<Case>> portfolio) {
        Case candidate = v.file();
        List<Case> others = relativeTo(candidate, portfolio.get1());
        List<Case> reordered = relativeTo(candidate, portfolio.get2());
        Evaluation one = Engines.bundled().evaluate(candidate, v.today(), EvaluationOptions.DEFAULT.withPortfolio(others));
        Evaluation two = Engines.bundled().evaluate(candidate, v.today(), EvaluationOptions.DEFAULT.withPortfolio(reordered));
        Statistics.label("programme findings").collect(one.findings().stream().anyMatch(f -> f.code().startsWith("PROG_")));
        assertThat(two.findings()).isEqualTo(one.findings());
        assertThat(two.eligibility()).isEqualTo(one.eligibility());
    }

    @Property(tries = 100)
    void an_absence_entirely_outside_the_module_never_blocks(@ForAll("variations") Variation v,
                                                            @ForAll boolean afterTheModule,
                                                            @ForAll @IntRange(min = 1, max = 60) int gap,
                                                            @ForAll @IntRange(min = 1, max = 60) int length,
                                                            @ForAll @IntRange(min = 0, max = 20) int who) {
        Assume.that(!v.file().professionals().isEmpty());
        Evaluation before = v.evaluate();
        LocalDate first = afterTheModule
                ? before.clocks().moduleEnd().plusDays(gap)
                : before.clocks().moduleStart().minusDays(gap + length - 1L);
        Absence outside = new Absence(first, first.plusDays(length - 1L));
        Evaluation after = new Variation(withAbsence(v.file(), who, outside), v.today()).evaluate();
        assertThat(after.findings()).isEqualTo(before.findings());
        assertThat(after.eligibility()).isEqualTo(before.eligibility());
    }

    // ---- helpers ----

    private static void assertNoMoreEligible(Evaluation before, Evaluation after) {
        Statistics.label("eligible before, after").collect(before.eligibility().eligible(), after.eligibility().eligible());
        if (after.eligibility().eligible()) {
            assertThat(before.eligibility().eligible()).as("eligible after, so eligible before").isTrue();
        }
        assertThat(after.eligibility().blockers()).containsAll(before.eligibility().blockers());
        assertThat(blockingFindings(after)).containsAll(blockingFindings(before));
    }

    /** The selection and programme blockers, as "CODE subject". */
    private static Set<String> blockingFindings(Evaluation e) {
        Set<String> result = new TreeSet<>();
        for (Finding f : e.findings()) {
            if (f.severity() == Severity.BLOCKER && (f.code().startsWith("SEL_") || f.code().startsWith("PROG_"))) {
                result.add(f.code() + " " + f.subject());
            }
        }
        return result;
    }

    /** How far from available: available, then unknown, then detained or in compulsory admission. */
    private static int unavailability(Availability a) {
        return switch (a) {
            case AVAILABLE -> 0;
            case UNKNOWN -> 1;
            case DETAINED, COMPULSORY_ADMISSION -> 2;
        };
    }

    private static Case withAbsence(Case c, int who, Absence absence) {
        List<Professional> professionals = new ArrayList<>(c.professionals());
        int i = who % professionals.size();
        Professional p = professionals.get(i);
        List<Absence> absences = new ArrayList<>(p.absences());
        absences.add(absence);
        professionals.set(i, new Professional(p.id(), p.role(), p.reachable(), absences));
        return c.toBuilder().professionals(professionals).build();
    }

    /** The other cases, whose petition dates were drawn as offsets, moved next to the candidate's. */
    private static List<Case> relativeTo(Case candidate, List<Case> drawn) {
        long shift = candidate.petitionDate().toEpochDay() - REFERENCE.toEpochDay();
        return drawn.stream().map(c -> shifted(c, shift)).toList();
    }

    private static Case shifted(Case c, long days) {
        Case.Builder b = c.toBuilder().petitionDate(c.petitionDate().plusDays(days))
                .removeEvents(e -> e.type() == EventType.REFLECTING_TEAM_REVIEW);
        c.firstEvent(EventType.REFLECTING_TEAM_REVIEW).ifPresent(d -> b.event(EventType.REFLECTING_TEAM_REVIEW, d.plusDays(days)));
        if (c.closure() != null) {
            b.closure(new Closure(c.closure().path(), c.closure().date().plusDays(days)));
        }
        return b.build();
    }

    // ---- arbitraries ----

    /** The day the other cases' dates are drawn around; moved to the candidate's petition date. */
    private static final LocalDate REFERENCE = LocalDate.of(2020, 1, 1);

    private static <T> Arbitrary<T> mostly(T usual, List<T> others) {
        List<Tuple.Tuple2<Integer, T>> choices = new ArrayList<>();
        choices.add(Tuple.of(4 * others.size(), usual));
        others.forEach(o -> choices.add(Tuple.of(1, o)));
        return Arbitraries.frequency(choices);
    }

    private static Arbitrary<Boolean> answer() {
        return mostly(Boolean.TRUE, List.of(Boolean.FALSE)).injectNull(0.05);
    }

    /** Two times in three the pilot's own value, else a changed one: enough cases stay eligible. */
    private static <T> Arbitrary<T> sometimesChanged(T original, Arbitrary<T> changed) {
        return Arbitraries.frequencyOf(List.of(Tuple.of(2, Arbitraries.just(original)), Tuple.of(1, changed)));
    }

    /**
     * A pilot case on one of days 1 to 70, with, each one time in three, other intake answers,
     * other parents' availability and living situation, or other professionals (reachable or not,
     * absences around the module, one of them missing).
     */
    @Provide
    Arbitrary<Variation> variations() {
        return Arbitraries.of(PILOTS).flatMap(base -> {
            Arbitrary<Intake> intake = Combinators.combine(answer(), answer(), answer(), answer()).as(Intake::new);
            Arbitrary<List<Parent>> parents = Combinators.combine(base.parents().stream().map(p -> Combinators.combine(
                    mostly(Availability.AVAILABLE, List.of(Availability.UNKNOWN, Availability.DETAINED, Availability.COMPULSORY_ADMISSION)),
                    mostly(p.livesWithChild(), List.of(!p.livesWithChild())))
                    .as((availability, lives) -> new Parent(p.id(), availability, lives))).toList()).as(List::copyOf);
            Arbitrary<List<Professional>> professionals = Combinators.combine(base.professionals().stream().map(p -> Combinators.combine(
                    mostly(Boolean.TRUE, List.of(Boolean.FALSE)),
                    absencesAroundTheModule().list().ofMaxSize(2).map(list -> list.stream().map(a -> a.from(base.petitionDate())).toList()))
                    .as((reachable, absences) -> new Professional(p.id(), p.role(), reachable, absences))).toList())
                    .as(List::copyOf)
                    .flatMap(list -> Arbitraries.integers().between(0, 4 * list.size()).map(drop -> without(list, drop)));
            Arbitrary<Integer> day = Arbitraries.integers().between(1, 70);
            return Combinators.combine(sometimesChanged(base.intake(), intake), sometimesChanged(base.parents(), parents),
                    sometimesChanged(base.professionals(), professionals), day).as((i, ps, pros, d) -> new Variation(
                    base.toBuilder().intake(i).parents(ps).professionals(pros).scalings(scalingsOf(base, pros)).build(),
                    base.petitionDate().plusDays(d - 1L)));
        });
    }

    /** The case's scalings but those by a professional who was dropped: a scaling by nobody of the case is not valid. */
    private static List<Scaling> scalingsOf(Case base, List<Professional> kept) {
        java.util.Set<String> dropped = base.professionals().stream().map(Professional::id)
                .filter(id -> kept.stream().noneMatch(p -> p.id().equals(id))).collect(java.util.stream.Collectors.toSet());
        return base.scalings().stream().filter(s -> !dropped.contains(s.by())).toList();
    }

    /** The list without its element at {@code index}; the whole list when there is none. */
    private static <T> List<T> without(List<T> list, int index) {
        List<T> result = new ArrayList<>(list);
        if (index < result.size()) {
            result.remove(index);
        }
        return List.copyOf(result);
    }

    /** Absences from 20 days before the petition to 70 days after it, of 1 to 20 days. */
    @Provide
    Arbitrary<AbsenceAt> absencesAroundTheModule() {
        return Combinators.combine(Arbitraries.integers().between(-20, 70), Arbitraries.integers().between(1, 20)).as(AbsenceAt::new);
    }

    /** Up to 5 other cases of the programme around {@link #REFERENCE}, in two orders. */
    @Provide
    Arbitrary<Tuple.Tuple2<List<Case>, List<Case>>> portfolioInTwoOrders() {
        Arbitrary<List<Case>> cases = Arbitraries.integers().between(0, 5).flatMap(n -> {
            List<Arbitrary<Case>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(otherCase("other-" + i));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
        return cases.flatMap(list -> Arbitraries.shuffle(list).map(shuffled -> Tuple.of(list, shuffled)));
    }

    private static Arbitrary<Case> otherCase(String id) {
        Arbitrary<Integer> petition = Arbitraries.integers().between(-400, 10);
        Arbitrary<Integer> closedAfter = Arbitraries.integers().between(20, 120).injectNull(0.3);
        Arbitrary<Integer> reviewedAfter = Arbitraries.integers().between(30, 150).injectNull(0.3);
        return Combinators.combine(Arbitraries.of(PILOTS), Arbitraries.of("GENT", "DENDERMONDE"), petition, closedAfter, reviewedAfter)
                .as((base, office, p, closed, reviewed) -> {
                    LocalDate petitionDate = REFERENCE.plusDays(p);
                    Case.Builder b = base.toBuilder().id(id).office(office).petitionDate(petitionDate)
                            .removeEvents(e -> e.type() == EventType.REFLECTING_TEAM_REVIEW)
                            .closure(closed == null ? null : new Closure(ClosurePath.REFERRAL_OCJ, petitionDate.plusDays(closed)));
                    if (reviewed != null) {
                        b.event(EventType.REFLECTING_TEAM_REVIEW, petitionDate.plusDays(reviewed));
                    }
                    return b.build();
                });
    }
}
