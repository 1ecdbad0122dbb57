package be.sos.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code toString()} reaches log lines and exception messages, so the records that carry people
 * leave out person ids, birth dates and free text.
 */
class ModelPrivacyTest {
    private static final String MINOR = "minorIdQx";
    private static final String PARENT = "parentIdQx";
    private static final String MEMBER = "memberIdQx";
    private static final String PRO = "proIdQx";
    private static final LocalDate BIRTH = LocalDate.of(2011, 4, 5);
    private static final String TEXT = "FreeTextZw";
    private static final LocalDate PETITION = LocalDate.of(2019, 1, 14);

    private static final Minor minor = new Minor(MINOR, BIRTH);
    private static final Parent parent = new Parent(PARENT, Availability.DETAINED, true);
    private static final NetworkMember member =
            new NetworkMember(MEMBER, Relation.FAMILY, NetworkKind.INFORMAL, true, List.of(MINOR));
    private static final Professional professional = new Professional(PRO, Role.CONSULTANT, true,
            List.of(new Absence(LocalDate.of(2019, 1, 20), LocalDate.of(2019, 1, 22))));
    private static final BottomLine bottomLine =
            new BottomLine("BL1", TEXT, BottomLineType.TRUSTED_PERSON, null, MINOR, BottomLineStatus.OPEN);
    private static final SafetyGoal goal = new SafetyGoal("G1", TEXT, List.of("BL1"), GoalStatus.IN_PROGRESS);
    private static final Commitment commitment = new Commitment(MEMBER, TEXT, TEXT);
    private static final SafetyPlan plan =
            new SafetyPlan(1, LocalDate.of(2019, 1, 28), List.of(PARENT, MINOR, MEMBER), TEXT, List.of(commitment));
    private static final Event wordsAndPictures =
            new Event(EventType.WORDS_AND_PICTURES, LocalDate.of(2019, 2, 1), MINOR, null);
    private static final Event other = new Event(EventType.OTHER, LocalDate.of(2019, 2, 2), null, TEXT);
    private static final Scaling scaling = new Scaling(LocalDate.of(2019, 1, 28), PARENT, 6);
    private static final ExitAnswer exitAnswer = new ExitAnswer(PARENT, 8, 3.5, 4.0);

    private static void assertPrivate(Object value) {
        assertThat(value.toString())
                .as(value.getClass().getSimpleName())
                .startsWith(value.getClass().getSimpleName())
                .doesNotContain("Qx")
                .doesNotContain(TEXT)
                .doesNotContain(BIRTH.toString());
    }

    @Test
    void a_minor_shows_neither_id_nor_birth_date() {
        assertPrivate(minor);
    }

    @Test
    void a_parent_shows_no_id() {
        assertPrivate(parent);
        assertThat(parent.toString()).contains("DETAINED");
    }

    @Test
    void a_network_member_shows_neither_id_nor_the_minors_they_support() {
        assertPrivate(member);
    }

    @Test
    void a_professional_shows_no_id() {
        assertPrivate(professional);
        assertThat(professional.toString()).contains("CONSULTANT");
    }

    @Test
    void a_bottom_line_shows_neither_text_nor_minor() {
        assertPrivate(bottomLine);
        assertThat(bottomLine.toString()).contains("BL1", "TRUSTED_PERSON");
    }

    @Test
    void a_safety_goal_shows_no_text() {
        assertPrivate(goal);
        assertThat(goal.toString()).contains("G1", "IN_PROGRESS");
    }

    @Test
    void a_safety_plan_shows_neither_signatures_nor_statement_nor_commitments() {
        assertPrivate(plan);
        assertPrivate(commitment);
    }

    @Test
    void an_event_shows_neither_subject_nor_label() {
        assertPrivate(wordsAndPictures);
        assertPrivate(other);
        assertThat(other.toString()).contains("OTHER");
    }

    @Test
    void a_scaling_answer_and_an_exit_answer_show_no_respondent() {
        assertPrivate(scaling);
        assertPrivate(exitAnswer);
    }

    @Test
    void a_case_shows_none_of_its_people_or_texts() {
        Case c = Case.builder("case-1", "GENT", PETITION)
                .minor(minor).parent(parent).networkMember(member).professional(professional)
                .dangerStatement(TEXT).bottomLine(bottomLine).safetyGoal(goal).safetyPlan(plan)
                .event(wordsAndPictures).event(other).scaling(scaling).exitAnswer(exitAnswer)
                .build();
        assertPrivate(c);
        assertThat(c.toString()).contains("case-1");
    }

    @Test
    void the_pilot_cases_show_none_of_their_people() {
        for (Case c : List.of(PilotCases.gent(), PilotCases.dendermonde())) {
            String all = c.toString() + c.minors() + c.parents() + c.network() + c.professionals() + c.bottomLines()
                    + c.safetyGoals() + c.safetyPlans() + c.events() + c.scalings() + c.exit();
            c.personIds().forEach(id -> assertThat(all).doesNotContain("=" + id + ",").doesNotContain("=" + id + "]"));
            c.minors().forEach(m -> assertThat(all).doesNotContain(m.birthDate().toString()));
            assertThat(all).doesNotContain(c.dangerStatement());
        }
    }
}
