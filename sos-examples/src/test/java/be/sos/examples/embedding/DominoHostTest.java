package be.sos.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding example runs and its host's records map onto the sos model. */
class DominoHostTest {
    @Test
    void the_host_shows_its_consultant_what_is_overdue_and_due_on_day_5() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DominoHost.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.startsWith("D-2026-0042 dag 5 · "));
        assertThat(lines).anyMatch(l -> l.contains("waarschuwing") && l.contains("gevaarboodschap"));
        assertThat(lines).anyMatch(l -> l.contains("info ") && l.contains("huisbezoek"));
    }

    @Test
    void host_records_map_onto_the_case_model() {
        LocalDate petition = LocalDate.of(2026, 3, 2);
        DominoRecords.Dossier dossier = new DominoRecords.Dossier("D-1", "SDJ Dendermonde", petition,
                List.of(new DominoRecords.Child("K1", LocalDate.of(2012, 1, 1))),
                List.of(new DominoRecords.Carer("O1", true, true)),
                List.of(new DominoRecords.Staff("C1", "consulent")),
                List.of(new DominoRecords.Step("VOORLEIDING", petition.plusDays(2)), new DominoRecords.Step("ARCHIEF", petition)),
                List.of(new DominoRecords.Visit(petition, 45)));
        Case c = DominoMapping.toCase(dossier);
        assertThat(c.office()).isEqualTo("DENDERMONDE");
        assertThat(c.parents().get(0).availability()).isEqualTo(be.sos.core.model.Availability.DETAINED);
        assertThat(c.firstEvent(EventType.FIRST_HEARING)).contains(petition.plusDays(2));
        assertThat(c.events()).anyMatch(e -> e.type() == EventType.OTHER);
        assertThat(c.contacts().get(0).minutes()).isEqualTo(45);
    }
}
