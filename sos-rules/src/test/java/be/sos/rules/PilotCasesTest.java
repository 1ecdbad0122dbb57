package be.sos.rules;

import static be.sos.rules.Evaluations.on;
import static be.sos.rules.Evaluations.warningsAndBlockers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.Case;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The two pilot cases as the policy document tells them (§4, §5), and the findings of a running
 * case as a counsellor reads them.
 */
class PilotCasesTest {
    private static final List<String> CODES = List.of("EXT_ALLOWED", "EXT_NO_VALID_REASON", "EXT_REQUEST_TOO_LATE",
            "EXT_ALREADY_EXTENDED", "EXT_REASON_CONTRADICTED", "EXT_CAPPED_AT_HD_END", "PLAN_BOTTOM_LINE_WITHOUT_GOAL",
            "PLAN_NO_GOOD_ENOUGH_STATEMENT", "PLAN_TOO_FEW_NETWORK_ADULTS", "PLAN_NO_TRUSTED_PERSON",
            "PLAN_WORDS_AND_PICTURES_MISSING", "PLAN_BOTTOM_LINE_NOT_MET", "SCALE_GAP", "SCALE_DROP", "MINOR_TURNS_18",
            "EXIT_MISSING", "CLOSURE_STEP_MISSING");

    @Test
    void the_gent_case_after_its_closure_has_no_findings_at_all() {
        for (String day : List.of("2019-02-26", "2019-03-20")) {
            assertThat(on(PilotCases.gent(), day).findings()).as(day).isEmpty();
        }
    }

    @Test
    void the_dendermonde_case_after_its_closure_only_misses_its_exit_questionnaire() {
        // §5.2: "Helaas werd de EXIT-vragenlijst niet ingevuld door de cliënt."
        for (String day : List.of("2019-11-17", "2019-12-20")) {
            Evaluation evaluation = on(PilotCases.dendermonde(), day);

            assertThat(warningsAndBlockers(evaluation)).as(day).isEmpty();
            assertThat(evaluation.findings()).as(day).extracting(Finding::code, Finding::subject, Finding::severity)
                    .containsExactly(tuple("EXIT_MISSING", null, Severity.INFO));
        }
    }

    @Test
    void the_pilot_cases_give_no_warning_on_any_day_of_their_module() {
        assertNoWarningFromDayToDay(PilotCases.gent(), LocalDate.parse("2019-01-28"), LocalDate.parse("2019-03-20"));
        assertNoWarningFromDayToDay(PilotCases.dendermonde(), LocalDate.parse("2019-10-19"), LocalDate.parse("2019-12-20"));
    }

    private static void assertNoWarningFromDayToDay(Case file, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            assertThat(warningsAndBlockers(Engines.bundled().evaluate(file, day))).as(file.id() + " on " + day).isEmpty();
        }
    }

    @Test
    void every_finding_of_these_rules_has_wording_in_both_languages() {
        Properties dutch = bundle("nl");
        Properties english = bundle("en");

        assertThat(CODES).allSatisfy(code -> {
            assertThat(dutch.getProperty(code)).as(code + " in Dutch").isNotBlank();
            assertThat(english.getProperty(code)).as(code + " in English").isNotBlank();
        });
        for (String subject : List.of("M_DOC", "TRIAD_CONVERSATION", "FACILITY_LETTER", "TRANSITION_TO_VOLUNTARY_CARE",
                "GOALS_NOT_YET_REACHED", "BRIDGE_TO_JUDICIAL_FOLLOW_UP")) {
            assertThat(dutch.getProperty("subject." + subject)).as(subject + " in Dutch").isNotBlank();
            assertThat(english.getProperty("subject." + subject)).as(subject + " in English").isNotBlank();
        }
    }

    @Test
    void a_running_case_in_trouble_tells_the_counsellor_what_to_do_in_both_languages() {
        Evaluation dutch = on(troubledGent(), "2019-02-26", "nl");
        Evaluation english = on(troubledGent(), "2019-02-26", "en");

        assertThat(dutch.findings()).extracting(Finding::code).contains("EXT_ALLOWED", "EXT_NO_VALID_REASON",
                "PLAN_BOTTOM_LINE_WITHOUT_GOAL", "PLAN_NO_GOOD_ENOUGH_STATEMENT", "PLAN_NO_TRUSTED_PERSON",
                "PLAN_BOTTOM_LINE_NOT_MET", "SCALE_GAP", "SCALE_DROP", "MINOR_TURNS_18");
        assertThat(english.findings()).hasSameSizeAs(dutch.findings());
        for (int i = 0; i < dutch.findings().size(); i++) {
            Finding nl = dutch.findings().get(i);
            Finding en = english.findings().get(i);
            assertThat(nl.message()).as(nl.code()).isNotBlank().doesNotContain("{", "}", "null").isNotEqualTo(en.message());
            assertThat(en.message()).as(en.code()).isNotBlank().doesNotContain("{", "}", "null");
            assertThat(nl.message()).as(nl.code()).doesNotStartWith(nl.code());
        }
    }

    /**
     * Gent on the last day of its module, with trouble: J turns 18 in the extension, the second plan
     * has no "good enough" statement, aunt An is no longer J's trusted person, BL4 has no goal and
     * was not met at the judge's decision, a request without reason preceded the allowed one, and
     * the scores tell a worrying story.
     */
    static Case troubledGent() {
        Case gent = PilotCases.gent();
        List<NetworkMember> network = new ArrayList<>(gent.network());
        network.replaceAll(m -> m.id().equals("tante-an") ? new NetworkMember(m.id(), m.relation(), m.kind(), true, List.of()) : m);
        List<SafetyPlan> plans = new ArrayList<>(gent.safetyPlans());
        plans.replaceAll(p -> p.version() == 2 ? new SafetyPlan(2, p.date(), p.signedBy(), null, p.commitments()) : p);
        List<BottomLine> lines = new ArrayList<>(gent.bottomLines());
        lines.replaceAll(b -> b.id().equals("BL4") ? new BottomLine(b.id(), b.text(), b.type(), b.min(), b.minor(), BottomLineStatus.OPEN) : b);
        List<Scaling> scalings = new ArrayList<>(gent.scalings());
        scalings.add(new Scaling(LocalDate.parse("2019-02-25"), "mama", 5));
        scalings.add(new Scaling(LocalDate.parse("2019-02-25"), "J", 9));
        scalings.add(new Scaling(LocalDate.parse("2019-02-25"), "cons-gent", 4));
        Case.Builder troubled = gent.toBuilder().closure(null).exit(List.of())
                .minors(List.of(new Minor("J", LocalDate.parse("2001-03-05"))))
                .network(network).bottomLines(lines).scalings(scalings)
                .safetyGoals(gent.safetyGoals().stream().filter(g -> !g.id().equals("G3")).toList())
                .extensionRequests(List.of(new ExtensionRequest(LocalDate.parse("2019-02-20"), List.of()),
                        new ExtensionRequest(LocalDate.parse("2019-02-23"), List.of(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE))))
                .clearSafetyPlans();
        plans.forEach(troubled::safetyPlan);
        return troubled.build();
    }

    private static Properties bundle(String language) {
        try (InputStream in = PilotCasesTest.class.getClassLoader().getResourceAsStream("be/sos/rules/drl/messages_" + language + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
