package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.model.Case;
import be.sos.core.time.ProcedureCalendar;
import be.sos.core.time.ProcedureCalendars;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EvaluationJsonRoundTripProperties {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 150)
    void a_generated_cases_evaluation_writes_reads_and_writes_the_same_bytes(
            @ForAll("seeds") long seed, @ForAll @IntRange(min = -5, max = 120) int day, @ForAll boolean english,
            @ForAll boolean workingDays) throws Exception {
        Case c = CaseGenerator.withSeed(seed).next();
        EvaluationOptions options = EvaluationOptions.DEFAULT
                .withLocale(Locale.forLanguageTag(english ? "en" : "nl"))
                .withCalendar(workingDays ? ProcedureCalendars.byName("be-working-days").orElseThrow() : ProcedureCalendar.CALENDAR_DAYS);
        Evaluation evaluation = Engines.bundled().evaluate(c, c.petitionDate().plusDays(day), options);

        String line = EvaluationJson.write(evaluation);
        Evaluation back = EvaluationJson.read(line);
        assertThat(EvaluationJson.write(back)).isEqualTo(line);
        assertThat(back).isEqualTo(evaluation);

        String pretty = EvaluationJson.writePretty(evaluation);
        assertThat(EvaluationJson.writePretty(EvaluationJson.read(pretty))).isEqualTo(pretty);
        byte[] bytes = EvaluationJson.writeBytes(evaluation);
        assertThat(EvaluationJson.writeBytes(EvaluationJson.read(new ByteArrayInputStream(bytes)))).isEqualTo(bytes);
    }

    @Example
    void the_pilot_cases_evaluations_read_back_equal() throws Exception {
        for (Case c : new Case[] {PilotCases.gent(), PilotCases.dendermonde()}) {
            Evaluation evaluation = Engines.bundled().evaluate(c, LocalDate.of(2019, 2, 20));
            String json = EvaluationJson.writePretty(evaluation);
            assertThat(EvaluationJson.read(json)).isEqualTo(evaluation);
            assertThat(new String(EvaluationJson.writeBytes(EvaluationJson.read(json)), StandardCharsets.UTF_8))
                    .isEqualTo(EvaluationJson.write(evaluation));
        }
    }

    @Example
    void fields_added_by_a_later_version_are_skipped() throws Exception {
        Evaluation evaluation = Engines.bundled().evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 1));
        String json = EvaluationJson.write(evaluation);
        String later = "{\"addedLater\":{\"x\":[1,2]}," + json.substring(1);
        assertThat(EvaluationJson.read(later)).isEqualTo(evaluation);
    }

    @Example
    void a_wrong_value_is_named_by_its_path_without_the_value() throws Exception {
        Evaluation evaluation = Engines.bundled().evaluate(PilotCases.gent(), LocalDate.of(2019, 2, 1));
        String json = EvaluationJson.write(evaluation);
        String badDate = json.replaceFirst("\"today\":\"2019-02-01\"", "\"today\":\"Jansens\"");
        assertThatThrownBy(() -> EvaluationJson.read(badDate))
                .isInstanceOfSatisfying(InvalidEvaluationException.class, e -> {
                    assertThat(e.problem().path()).isEqualTo("$.today");
                    assertThat(e.getMessage()).contains("not a valid date").doesNotContain("Jansens");
                });
        String badStatus = json.replaceFirst("\"status\":\"[A-Z_]+\"", "\"status\":\"Jansens\"");
        assertThatThrownBy(() -> EvaluationJson.read(badStatus))
                .isInstanceOfSatisfying(InvalidEvaluationException.class, e -> {
                    assertThat(e.problem().path()).isEqualTo("$.schedule[0].status");
                    assertThat(e.getMessage()).contains("DONE_LATE").doesNotContain("Jansens");
                });
        assertThatThrownBy(() -> EvaluationJson.read("{\"caseId\": \"Jansens"))
                .isInstanceOfSatisfying(InvalidEvaluationException.class,
                        e -> assertThat(e.getMessage()).startsWith("$").doesNotContain("Jansens"));
        assertThatThrownBy(() -> EvaluationJson.read("null"))
                .hasMessage("$: an evaluation object is required");
    }
}
