package be.sos.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case as known on a day: dated entries after it are not known yet (the README, "Command line", {@code --today}). */
class AsKnownOnTest {
    private static final LocalDate DAY_28 = LocalDate.of(2019, 2, 10);

    @Test
    void entries_dated_after_today_are_left_out_and_those_on_today_kept() {
        Case gent = PilotCases.gent();
        Case known = gent.asKnownOn(DAY_28);

        assertThat(known.events()).hasSize(14).allMatch(e -> !e.date().isAfter(DAY_28));
        assertThat(known.events()).extracting(Event::type)
                .contains(EventType.INTERIM_EVALUATION)
                .doesNotContain(EventType.SECOND_NETWORK_MEETING, EventType.JUDGE_DECISION, EventType.M_DOC);
        assertThat(known.safetyPlans()).extracting(SafetyPlan::version).containsExactly(1);
        assertThat(known.scalings()).hasSize(8).allMatch(s -> !s.date().isAfter(DAY_28));
        assertThat(known.scalings()).anyMatch(s -> s.date().equals(DAY_28));
        assertThat(known.contacts()).hasSize(15).allMatch(c -> !c.date().isAfter(DAY_28));
        assertThat(known.contacts()).anyMatch(c -> c.date().equals(DAY_28));
    }

    @Test
    void entries_keep_their_order() {
        Case gent = PilotCases.gent();
        Case known = gent.asKnownOn(DAY_28);
        assertThat(known.events()).isEqualTo(gent.events().subList(0, 14));
        assertThat(known.contacts()).isEqualTo(gent.contacts().subList(0, 15));
    }

    @Test
    void extension_requests_after_today_are_left_out() {
        ExtensionRequest early = new ExtensionRequest(DAY_28, List.of(ExtensionReason.GOALS_NOT_YET_REACHED));
        ExtensionRequest late = new ExtensionRequest(DAY_28.plusDays(1), List.of(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE));
        Case c = PilotCases.gent().toBuilder().extensionRequest(early).extensionRequest(late).build();
        assertThat(c.asKnownOn(DAY_28).extensionRequests()).containsExactly(early);
        assertThat(c.asKnownOn(DAY_28.plusDays(1)).extensionRequests()).containsExactly(early, late);
    }

    @Test
    void a_closure_after_today_is_left_out_and_the_exit_answers_with_it() {
        Case gent = PilotCases.gent();
        LocalDate closed = gent.closure().date();

        Case before = gent.asKnownOn(closed.minusDays(1));
        assertThat(before.closure()).isNull();
        assertThat(before.exit()).isEmpty();

        Case onTheDay = gent.asKnownOn(closed);
        assertThat(onTheDay.closure()).isEqualTo(gent.closure());
        assertThat(onTheDay.exit()).hasSize(3).isEqualTo(gent.exit());
    }

    @Test
    void planned_absences_are_known_whatever_their_dates() {
        Professional away = new Professional("cb-2", Role.CRISIS_COUNSELLOR, true,
                List.of(new Absence(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 8))));
        Case c = PilotCases.gent().toBuilder().professional(away).build();
        Case known = c.asKnownOn(LocalDate.of(2019, 1, 14));
        assertThat(known.professionals()).isEqualTo(c.professionals());
        assertThat(known.professionals().get(4).absences()).hasSize(1);
    }

    @Test
    void what_has_no_date_is_kept() {
        Case gent = PilotCases.gent();
        Case known = gent.asKnownOn(gent.petitionDate().minusDays(1));
        assertThat(known.minors()).isEqualTo(gent.minors());
        assertThat(known.parents()).isEqualTo(gent.parents());
        assertThat(known.network()).isEqualTo(gent.network());
        assertThat(known.professionals()).isEqualTo(gent.professionals());
        assertThat(known.intake()).isEqualTo(gent.intake());
        assertThat(known.dangerStatement()).isEqualTo(gent.dangerStatement());
        assertThat(known.bottomLines()).isEqualTo(gent.bottomLines());
        assertThat(known.safetyGoals()).isEqualTo(gent.safetyGoals());

        assertThat(known.events()).isEmpty();
        assertThat(known.safetyPlans()).isEmpty();
        assertThat(known.scalings()).isEmpty();
        assertThat(known.contacts()).isEmpty();
        assertThat(known.closure()).isNull();
        assertThat(known.exit()).isEmpty();
    }

    @Test
    void on_a_day_after_everything_the_case_is_whole() {
        Case dendermonde = PilotCases.dendermonde();
        assertThat(dendermonde.asKnownOn(LocalDate.of(2020, 1, 1))).isEqualTo(dendermonde);
    }
}
