package be.sos.examples.embedding;

import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.SosEngine;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small host system that embeds sos: one engine for the application's life, its own records
 * mapped onto the sos model, and the findings shown to the consultant as a work list.
 */
public final class DominoHost {
    private final SosEngine engine;
    private final Clock clock;

    /** A host with the bundled rules and the given clock (the host decides what "today" is). */
    public DominoHost(SosEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The work list of one dossier today: one line per warning or blocker, then what is due. */
    public List<String> workList(DominoRecords.Dossier dossier, Locale locale) {
        Case file = DominoMapping.toCase(dossier);
        Evaluation evaluation = engine.evaluate(file, LocalDate.now(clock), EvaluationOptions.DEFAULT.withLocale(locale));
        List<String> lines = new ArrayList<>();
        // The host's own word for a day; the rules' bundles name the severities in the same language as the messages.
        String day = "en".equals(locale.getLanguage()) ? "day" : "dag";
        for (Finding finding : evaluation.findings()) {
            String severity = engine.label("severity." + finding.severity(), locale).orElse(finding.severity().name());
            lines.add(String.format(Locale.ROOT, "%s %s %d · %-12s · %s", dossier.dossierNumber(), day, evaluation.day(),
                    severity, finding.message()));
        }
        return lines;
    }

    /** Runs the example: one dossier of the host, evaluated on the fifth day of its procedure. */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        LocalDate petition = LocalDate.of(2026, 3, 2);
        DominoRecords.Dossier dossier = new DominoRecords.Dossier("D-2026-0042", "SDJ Gent", petition,
                List.of(new DominoRecords.Child("K1", LocalDate.of(2014, 5, 1))),
                List.of(new DominoRecords.Carer("O1", false, true)),
                List.of(new DominoRecords.Staff("C1", "consulent"), new DominoRecords.Staff("B1", "crisisbegeleider"),
                        new DominoRecords.Staff("R1", "jeugdrechter")),
                List.of(new DominoRecords.Step("BEOORDELING_CRISIS", petition.plusDays(1)),
                        new DominoRecords.Step("FIAT", petition.plusDays(1)),
                        new DominoRecords.Step("TOELEIDING", petition.plusDays(2)),
                        new DominoRecords.Step("VOORLEIDING", petition.plusDays(3))),
                List.of(new DominoRecords.Visit(petition.plusDays(2), 120), new DominoRecords.Visit(petition.plusDays(3), 90)));
        Clock dayFive = Clock.fixed(petition.plusDays(4).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant(), ZoneId.of("Europe/Brussels"));
        DominoHost host = new DominoHost(SosEngine.bundled(), dayFive);
        host.workList(dossier, Locale.forLanguageTag("nl")).forEach(out::println);
    }
}
