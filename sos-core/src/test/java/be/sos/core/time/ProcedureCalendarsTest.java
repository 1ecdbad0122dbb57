package be.sos.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcedureCalendarsTest {

    @Test
    void calendar_names_calendar_days() {
        assertThat(ProcedureCalendars.byName("calendar")).containsSame(ProcedureCalendar.CALENDAR_DAYS);
    }

    @Test
    void be_working_days_names_the_standard_belgian_calendar() {
        assertThat(ProcedureCalendars.byName("be-working-days")).containsSame(BelgianWorkingDays.standard());
    }

    @Test
    void an_unknown_name_finds_no_calendar() {
        assertThat(ProcedureCalendars.byName("nl-working-days")).isEmpty();
        assertThat(ProcedureCalendars.byName("")).isEmpty();
    }

    @Test
    void names_are_matched_exactly() {
        assertThat(ProcedureCalendars.byName("Calendar")).isEmpty();
        assertThat(ProcedureCalendars.byName(" be-working-days")).isEmpty();
    }

    @Test
    void a_null_name_is_rejected() {
        assertThatThrownBy(() -> ProcedureCalendars.byName(null))
                .isInstanceOf(NullPointerException.class).hasMessage("calendar name must not be null");
    }

    @Test
    void names_lists_the_default_first_and_each_name_finds_its_calendar() {
        assertThat(ProcedureCalendars.names()).containsExactly("calendar", "be-working-days");
        assertThat(ProcedureCalendars.names()).allSatisfy(name ->
                assertThat(ProcedureCalendars.byName(name)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(name)));
    }
}
