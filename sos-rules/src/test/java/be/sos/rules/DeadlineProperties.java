package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.testkit.PilotCases;
import be.sos.testkit.Variations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the deadline logic, on variations of the pilot cases. */
class DeadlineProperties {
    private static final SosEngine ENGINE = Engines.bundled();
    private static final List<Case> PILOTS = List.of(PilotCases.gent(), PilotCases.dendermonde());
    private static final List<EventType> MILESTONES = java.util.Arrays.stream(EventType.values()).filter(EventType::isMilestone).toList();

    /** A pilot case with some milestone events dropped, the others moved a few days, open or closed. */
    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                Arbitraries.of(PILOTS),
                Arbitraries.subsetOf(MILESTONES),
                Arbitraries.longs(),
                Arbitraries.of(true, false))
            .as((pilot, dropped, seed, open) -> vary(pilot, dropped, seed, open));
    }

    private static Case vary(Case pilot, Set<EventType> dropped, long seed, boolean open) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Event> events = new ArrayList<>();
        for (Event e : pilot.events()) {
            if (!dropped.contains(e.type())) {
                events.add(new Event(e.type(), e.date().plusDays(random.nextInt(-2, 7)), e.subject(), e.label()));
            }
        }
        Case.Builder b = pilot.toBuilder().events(events);
        return (open ? b.closure(null).exit(List.of()) : b).build();
    }

    @Property(tries = 60)
    void shifting_all_dates_shifts_the_schedule_and_changes_no_status_or_finding(
            @ForAll("cases") Case c, @ForAll @IntRange(min = -3000, max = 3000) int k, @ForAll @IntRange(min = -5, max = 90) int n) {
        LocalDate today = c.petitionDate().plusDays(n - 1L);
        Evaluation before = ENGINE.evaluate(c, today);
        Evaluation after = ENGINE.evaluate(Variations.shifted(c, k), today.plusDays(k));

        assertThat(after.day()).isEqualTo(before.day());
        assertThat(after.schedule()).hasSameSizeAs(before.schedule());
        for (int i = 0; i < before.schedule().size(); i++) {
            ScheduleRow b = before.schedule().get(i);
            ScheduleRow a = after.schedule().get(i);
            assertThat(a.milestone()).isEqualTo(b.milestone());
            assertThat(a.status()).isEqualTo(b.status());
            assertThat(a.from()).isEqualTo(plus(b.from(), k));
            assertThat(a.to()).isEqualTo(plus(b.to(), k));
            assertThat(a.doneOn()).isEqualTo(plus(b.doneOn(), k));
        }
        assertThat(after.findings()).extracting(Finding::code, Finding::severity, f -> unshifted(f.subject(), k))
                .containsExactlyElementsOf(before.findings().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.severity(), f.subject())).toList());
    }

    private static LocalDate plus(LocalDate date, int k) {
        return date == null ? null : date.plusDays(k);
    }

    /** Subjects that are dates (a scaling round) move with the case; move them back to compare. */
    private static String unshifted(String subject, int k) {
        if (subject != null && subject.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(subject).minusDays(k).toString();
        }
        return subject;
    }

    @Property(tries = 30)
    void a_milestone_status_only_moves_forward_as_today_advances(@ForAll("cases") Case c) {
        Map<EventType, Integer> rank = new EnumMap<>(EventType.class);
        Set<EventType> wasDone = java.util.EnumSet.noneOf(EventType.class);
        for (int n = -2; n <= 80; n++) {
            Evaluation e = ENGINE.evaluate(c, c.petitionDate().plusDays(n - 1L));
            for (ScheduleRow row : e.schedule()) {
                if (row.status() == MilestoneStatus.NOT_APPLICABLE) {
                    continue;
                }
                int now = rank(row.status());
                Integer earlier = rank.put(row.milestone(), now);
                if (earlier != null) {
                    assertThat(now).as("%s on day %d", row.milestone(), n).isGreaterThanOrEqualTo(earlier);
                }
                if (wasDone.contains(row.milestone())) {
                    assertThat(row.status()).as("%s was done before day %d", row.milestone(), n).isEqualTo(MilestoneStatus.DONE);
                }
                if (row.status() == MilestoneStatus.DONE) {
                    wasDone.add(row.milestone());
                }
            }
        }
    }

    private static int rank(MilestoneStatus status) {
        return switch (status) {
            case UPCOMING -> 0;
            case DUE -> 1;
            case DONE, OVERDUE -> 2;
            case DONE_LATE -> 3;
            case NOT_APPLICABLE -> throw new IllegalArgumentException("not ranked");
        };
    }

    @Property(tries = 80)
    void an_event_recorded_inside_its_window_never_gives_a_late_or_overdue_finding(
            @ForAll("cases") Case c, @ForAll("dayMilestones") EventType milestone,
            @ForAll @IntRange(min = 0, max = 10) int into, @ForAll @IntRange(min = 1, max = 90) int n) {
        ScheduleRow row = ENGINE.evaluate(c, c.petitionDate()).schedule().stream()
                .filter(r -> r.milestone() == milestone).findFirst().orElseThrow();
        long length = row.to().toEpochDay() - row.from().toEpochDay();
        LocalDate inside = row.from().plusDays(Math.min(into, length));
        Case done = Variations.doneOn(c, milestone, inside);
        Evaluation e = ENGINE.evaluate(done, c.petitionDate().plusDays(n - 1L));
        assertThat(e.findings()).noneMatch(f -> milestone.name().equals(f.subject())
                && (f.code().equals("DEADLINE_LATE") || f.code().equals("DEADLINE_OVERDUE")));
    }

    @Provide
    Arbitrary<EventType> dayMilestones() {
        return Arbitraries.of(MILESTONES.stream().filter(m -> m != EventType.REFLECTING_TEAM_FIRST_MEETING
                && m != EventType.EXTENDED_GUIDANCE_CLOSED && m != EventType.BMO).toList());
    }

    @Property(tries = 100)
    void day_n_of_the_procedure_is_the_petition_date_plus_n_minus_1(
            @ForAll("cases") Case c, @ForAll @IntRange(min = -30, max = 400) int n) {
        Evaluation e = ENGINE.evaluate(c, c.petitionDate().plusDays(n - 1L));
        assertThat(e.day()).isEqualTo(n);
        assertThat(e.clocks().petition()).isEqualTo(c.petitionDate());
        assertThat(e.clocks().hdEnd()).isEqualTo(c.petitionDate().plusDays(59));
    }
}
