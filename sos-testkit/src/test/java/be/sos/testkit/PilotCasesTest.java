package be.sos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.json.CaseJson;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.testing.JsonSchemas;
import com.networknt.schema.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pilot cases read as the policy document tells them, and pass the case file's schema. */
class PilotCasesTest {
    private static final Schema SCHEMA = JsonSchemas.load(JsonSchemas.CASE);

    @Test
    void the_gent_pilot_case_reads() {
        Case gent = PilotCases.gent();
        assertThat(gent.id()).isEqualTo("gent-2019-01");
        assertThat(gent.office()).isEqualTo("GENT");
        assertThat(gent.petitionDate()).isEqualTo(LocalDate.of(2019, 1, 14));
        assertThat(gent.minors()).hasSize(1);
        assertThat(gent.parents()).hasSize(2);
        assertThat(gent.network()).hasSize(3);
        assertThat(gent.professionals()).hasSize(4);
        assertThat(gent.bottomLines()).hasSize(4);
        assertThat(gent.safetyPlans()).hasSize(2);
        assertThat(gent.events()).hasSize(21);
        assertThat(gent.contacts().stream().mapToInt(c -> c.minutes()).sum()).isEqualTo(38 * 60 + 56);
        assertThat(gent.closure().path()).isEqualTo(ClosurePath.MANDATED_FACILITY);
        assertThat(gent.exit()).hasSize(3);
    }

    @Test
    void the_dendermonde_pilot_case_reads() {
        Case dendermonde = PilotCases.dendermonde();
        assertThat(dendermonde.id()).isEqualTo("dendermonde-2019-02");
        assertThat(dendermonde.office()).isEqualTo("DENDERMONDE");
        assertThat(dendermonde.petitionDate()).isEqualTo(LocalDate.of(2019, 10, 5));
        assertThat(dendermonde.minors()).hasSize(2);
        assertThat(dendermonde.network()).filteredOn(n -> n.informalAdult()).hasSize(4);
        assertThat(dendermonde.bottomLines()).extracting(b -> b.type())
                .containsExactly(BottomLineType.ASSESSED, BottomLineType.MIN_NETWORK_ADULTS, BottomLineType.WORDS_AND_PICTURES);
        assertThat(dendermonde.bottomLines().get(1).min()).isEqualTo(3);
        assertThat(dendermonde.contacts().stream().mapToInt(c -> c.minutes()).sum()).isEqualTo(33 * 60);
        assertThat(dendermonde.closure().path()).isEqualTo(ClosurePath.REFERRAL_OCJ);
        assertThat(dendermonde.exit()).isEmpty();
    }

    @Test
    void a_case_reads_the_same_from_a_file_a_stream_and_a_string() throws Exception {
        var file = PilotCases.casesDir().resolve("gent-2019-01.json");
        String text = Files.readString(file);
        Case fromFile = CaseJson.read(file);
        assertThat(CaseJson.read(text)).isEqualTo(fromFile);
        assertThat(CaseJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromFile);
    }

    @Test
    void the_pilot_cases_as_files_and_as_written_pass() {
        for (String name : PilotCases.FILES) {
            assertThat(JsonSchemas.problems(SCHEMA, resource("be/sos/testkit/cases/" + name))).as(name).isEmpty();
        }
        for (Case c : List.of(PilotCases.gent(), PilotCases.dendermonde())) {
            assertThat(JsonSchemas.problems(SCHEMA, CaseJson.write(c))).as(c.id()).isEmpty();
        }
    }

    private static String resource(String name) {
        try (InputStream in = PilotCasesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
