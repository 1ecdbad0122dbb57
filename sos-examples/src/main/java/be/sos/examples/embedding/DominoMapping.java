package be.sos.examples.embedding;

import be.sos.core.model.Availability;
import be.sos.core.model.Case;
import be.sos.core.model.Contact;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.Intake;
import be.sos.core.model.Minor;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps the host's records onto the sos case model. The only place that knows both. */
public final class DominoMapping {
    private static final Map<String, EventType> STEPS = Map.ofEntries(
            Map.entry("BEOORDELING_CRISIS", EventType.CRISIS_GUIDANCE_ASSESSMENT),
            Map.entry("FIAT", EventType.JUDGE_FIAT),
            Map.entry("TOELEIDING", EventType.DISPATCH_TO_MODULE),
            Map.entry("VOORLEIDING", EventType.FIRST_HEARING),
            Map.entry("GEVAARBOODSCHAP", EventType.DANGER_STATEMENT_CONVERSATION),
            Map.entry("EVALUATIEDATA", EventType.EVALUATION_DATES_RESERVED),
            Map.entry("UITLEG_KIND", EventType.MINOR_EXPLANATION),
            Map.entry("HUISBEZOEK", EventType.FIRST_HOME_VISIT),
            Map.entry("NETWERKOVERLEG_1", EventType.FIRST_NETWORK_MEETING),
            Map.entry("PLAN_NAAR_RECHTER", EventType.SAFETY_PLAN_TO_JUDGE));

    private static final Map<String, Role> FUNCTIONS = Map.of(
            "consulent", Role.CONSULTANT,
            "crisisbegeleider", Role.CRISIS_COUNSELLOR,
            "jeugdrechter", Role.JUDGE,
            "teamverantwoordelijke", Role.TEAM_LEAD);

    private DominoMapping() {}

    /** The sos case of a host dossier; steps the module does not know are kept as {@code OTHER} events. */
    public static Case toCase(DominoRecords.Dossier dossier) {
        Case.Builder b = Case.builder(dossier.dossierNumber(), office(dossier.department()), dossier.petitionReceived())
                .intake(new Intake(true, true, true, true));
        dossier.children().forEach(child -> b.minor(new Minor(child.code(), child.born())));
        dossier.parents().forEach(p -> b.parent(new Parent(p.code(), p.inPrison() ? Availability.DETAINED : Availability.AVAILABLE,
                p.sameAddress())));
        dossier.staff().forEach(s -> b.professional(new Professional(s.code(), FUNCTIONS.get(s.function()), true, List.of())));
        for (DominoRecords.Step step : dossier.steps()) {
            EventType type = STEPS.get(step.kind());
            b.event(type == null ? new Event(EventType.OTHER, step.on(), null, "domino:" + step.kind()) : Event.of(type, step.on()));
        }
        dossier.contactMinutes().forEach(v -> b.contact(new Contact(v.on(), v.minutes())));
        return b.build();
    }

    /** "SDJ Gent" becomes {@code GENT}. */
    static String office(String department) {
        String name = department.startsWith("SDJ ") ? department.substring(4) : department;
        return name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}
