package be.sos.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One case of the safety planning module: the people, the judge's bottom lines, the safety goals
 * and plans, and everything that happened, as in the case file of docs/case-format.md.
 *
 * <p>Immutable. The compact constructor checks each field on its own; the references between
 * fields (a commitment's person, a goal's bottom line) are checked by the JSON reader's validation.
 *
 * @param schemaVersion the case file format, 1
 * @param id the case id: 1 to 100 letters, digits, {@code .}, {@code _} or {@code -}, like every id of a case
 * @param office the office in upper case, such as {@code GENT}
 * @param petitionDate day 1 of the urgent procedure
 * @param startingSituation where the child was at the start, or null
 * @param minors at least one
 * @param parents parents and caregivers
 * @param network the family's network
 * @param professionals the professionals assigned
 * @param intake the intake assessment ({@link Intake#NOT_ASSESSED} when absent)
 * @param dangerStatement the danger statement (free text), or null
 * @param bottomLines the judge's bottom lines
 * @param safetyGoals the safety goals
 * @param safetyPlans the safety plan versions
 * @param events the dated events
 * @param scalings the scaling answers
 * @param contacts direct contact time
 * @param extensionRequests requests to extend the module
 * @param closure the closure, or null while the case is open
 * @param exit the EXIT questionnaire answers
 */
public record Case(
        Integer schemaVersion,
        String id,
        String office,
        LocalDate petitionDate,
        StartingSituation startingSituation,
        List<Minor> minors,
        List<Parent> parents,
        List<NetworkMember> network,
        List<Professional> professionals,
        Intake intake,
        String dangerStatement,
        List<BottomLine> bottomLines,
        List<SafetyGoal> safetyGoals,
        List<SafetyPlan> safetyPlans,
        List<Event> events,
        List<Scaling> scalings,
        List<Contact> contacts,
        List<ExtensionRequest> extensionRequests,
        Closure closure,
        List<ExitAnswer> exit) {

    /** The case file format this version reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final Pattern OFFICE = Pattern.compile("[A-Z][A-Z0-9_-]{0,39}");

    /** Checks each field and copies the lists. */
    public Case {
        Checks.required(schemaVersion, "schemaVersion");
        if (schemaVersion != SCHEMA_VERSION) {
            throw new InvalidFieldException("schemaVersion", "must be " + SCHEMA_VERSION);
        }
        Checks.requiredId(id, "id");
        Checks.required(office, "office");
        if (!OFFICE.matcher(office).matches()) {
            throw new InvalidFieldException("office", "must be an upper-case name such as GENT");
        }
        Checks.required(petitionDate, "petitionDate");
        minors = Checks.list(minors, "minors");
        if (minors.isEmpty()) {
            throw new InvalidFieldException("minors", "at least one minor is required");
        }
        parents = Checks.list(parents, "parents");
        network = Checks.list(network, "network");
        professionals = Checks.list(professionals, "professionals");
        intake = intake == null ? Intake.NOT_ASSESSED : intake;
        bottomLines = Checks.list(bottomLines, "bottomLines");
        safetyGoals = Checks.list(safetyGoals, "safetyGoals");
        safetyPlans = Checks.list(safetyPlans, "safetyPlans");
        events = Checks.list(events, "events");
        scalings = Checks.list(scalings, "scalings");
        contacts = Checks.list(contacts, "contacts");
        extensionRequests = Checks.list(extensionRequests, "extensionRequests");
        exit = Checks.list(exit, "exit");
    }

    /** A builder for a case with the given required fields, for code that makes cases (tests, host systems). */
    public static Builder builder(String id, String office, LocalDate petitionDate) {
        return new Builder(id, office, petitionDate);
    }

    /** A builder holding every field of this case, to make a variation of it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * This case as it was known on {@code today}: dated entries after it (events, safety plans,
     * scalings, contacts, extension requests, the closure) are left out, and the EXIT answers with
     * a closure that is left out. Planned absences stay, whatever their dates.
     */
    public Case asKnownOn(LocalDate today) {
        boolean closedByThen = closure != null && !closure.date().isAfter(today);
        return new Case(schemaVersion, id, office, petitionDate, startingSituation, minors, parents, network,
                professionals, intake, dangerStatement, bottomLines, safetyGoals,
                upTo(safetyPlans, p -> p.date(), today),
                upTo(events, e -> e.date(), today),
                upTo(scalings, s -> s.date(), today),
                upTo(contacts, c -> c.date(), today),
                upTo(extensionRequests, r -> r.date(), today),
                closedByThen ? closure : null,
                closedByThen ? exit : List.of());
    }

    private static <T> List<T> upTo(List<T> values, Function<T, LocalDate> date, LocalDate today) {
        int known = 0;
        while (known < values.size() && !date.apply(values.get(known)).isAfter(today)) {
            known++;
        }
        if (known == values.size()) {
            return values; // nothing after today: the list as it is, without a copy
        }
        List<T> kept = new ArrayList<>(values.subList(0, known));
        for (int i = known + 1; i < values.size(); i++) {
            T value = values.get(i);
            if (!date.apply(value).isAfter(today)) {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }

    /** The date of the first event of this type, if any. */
    public Optional<LocalDate> firstEvent(EventType type) {
        LocalDate first = null;
        for (Event event : events) {
            if (event.type() == type && (first == null || event.date().isBefore(first))) {
                first = event.date();
            }
        }
        return Optional.ofNullable(first);
    }

    /** The latest safety plan: the highest version, if there is one. */
    public Optional<SafetyPlan> latestPlan() {
        return safetyPlans.stream().max(Comparator.comparing(SafetyPlan::version));
    }

    /** The ids of every person in the case: minors, parents, network members and professionals. */
    public Stream<String> personIds() {
        return Stream.of(
                minors.stream().map(Minor::id),
                parents.stream().map(Parent::id),
                network.stream().map(NetworkMember::id),
                professionals.stream().map(Professional::id)).flatMap(s -> s);
    }

    @Override
    public String toString() {
        return "Case[id=" + id + ", office=" + office + ", petitionDate=" + petitionDate
                + ", minors=" + minors.size() + ", events=" + events.size() + "]";
    }

    /** Makes cases field by field; lists start empty. Not thread-safe. */
    public static final class Builder {
        private final Integer schemaVersion;
        private String id;
        private String office;
        private LocalDate petitionDate;
        private StartingSituation startingSituation;
        private final List<Minor> minors = new ArrayList<>();
        private final List<Parent> parents = new ArrayList<>();
        private final List<NetworkMember> network = new ArrayList<>();
        private final List<Professional> professionals = new ArrayList<>();
        private Intake intake;
        private String dangerStatement;
        private final List<BottomLine> bottomLines = new ArrayList<>();
        private final List<SafetyGoal> safetyGoals = new ArrayList<>();
        private final List<SafetyPlan> safetyPlans = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Scaling> scalings = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<ExtensionRequest> extensionRequests = new ArrayList<>();
        private Closure closure;
        private final List<ExitAnswer> exit = new ArrayList<>();

        private Builder(String id, String office, LocalDate petitionDate) {
            this.schemaVersion = SCHEMA_VERSION;
            this.id = id;
            this.office = office;
            this.petitionDate = petitionDate;
        }

        private Builder(Case c) {
            this(c.id, c.office, c.petitionDate);
            startingSituation = c.startingSituation;
            minors.addAll(c.minors);
            parents.addAll(c.parents);
            network.addAll(c.network);
            professionals.addAll(c.professionals);
            intake = c.intake;
            dangerStatement = c.dangerStatement;
            bottomLines.addAll(c.bottomLines);
            safetyGoals.addAll(c.safetyGoals);
            safetyPlans.addAll(c.safetyPlans);
            events.addAll(c.events);
            scalings.addAll(c.scalings);
            contacts.addAll(c.contacts);
            extensionRequests.addAll(c.extensionRequests);
            closure = c.closure;
            exit.addAll(c.exit);
        }

        /** Sets the case id. */
        public Builder id(String value) { id = value; return this; }
        /** Sets the office. */
        public Builder office(String value) { office = value; return this; }
        /** Sets the petition date. */
        public Builder petitionDate(LocalDate value) { petitionDate = value; return this; }
        /** Sets the starting situation. */
        public Builder startingSituation(StartingSituation value) { startingSituation = value; return this; }
        /** Sets the intake assessment. */
        public Builder intake(Intake value) { intake = value; return this; }
        /** Sets the danger statement. */
        public Builder dangerStatement(String value) { dangerStatement = value; return this; }
        /** Sets the closure, or clears it with null. */
        public Builder closure(Closure value) { closure = value; return this; }
        /** Adds a minor. */
        public Builder minor(Minor value) { minors.add(value); return this; }
        /** Adds a parent. */
        public Builder parent(Parent value) { parents.add(value); return this; }
        /** Adds a network member. */
        public Builder networkMember(NetworkMember value) { network.add(value); return this; }
        /** Adds a professional. */
        public Builder professional(Professional value) { professionals.add(value); return this; }
        /** Adds a bottom line. */
        public Builder bottomLine(BottomLine value) { bottomLines.add(value); return this; }
        /** Adds a safety goal. */
        public Builder safetyGoal(SafetyGoal value) { safetyGoals.add(value); return this; }
        /** Adds a safety plan version. */
        public Builder safetyPlan(SafetyPlan value) { safetyPlans.add(value); return this; }
        /** Adds an event. */
        public Builder event(Event value) { events.add(value); return this; }
        /** Adds an event without subject or label. */
        public Builder event(EventType type, LocalDate date) { events.add(Event.of(type, date)); return this; }
        /** Adds a scaling answer. */
        public Builder scaling(Scaling value) { scalings.add(value); return this; }
        /** Adds a direct contact. */
        public Builder contact(Contact value) { contacts.add(value); return this; }
        /** Adds an extension request. */
        public Builder extensionRequest(ExtensionRequest value) { extensionRequests.add(value); return this; }
        /** Adds an EXIT answer. */
        public Builder exitAnswer(ExitAnswer value) { exit.add(value); return this; }

        /** Removes the events that match. */
        public Builder removeEvents(Predicate<Event> which) { events.removeIf(which); return this; }
        /** Removes the professionals that match. */
        public Builder removeProfessionals(Predicate<Professional> which) { professionals.removeIf(which); return this; }
        /** Removes every safety plan. */
        public Builder clearSafetyPlans() { safetyPlans.clear(); return this; }
        /** Replaces the minors. */
        public Builder minors(List<Minor> values) { minors.clear(); minors.addAll(values); return this; }
        /** Replaces the parents. */
        public Builder parents(List<Parent> values) { parents.clear(); parents.addAll(values); return this; }
        /** Replaces the professionals. */
        public Builder professionals(List<Professional> values) { professionals.clear(); professionals.addAll(values); return this; }
        /** Replaces the network. */
        public Builder network(List<NetworkMember> values) { network.clear(); network.addAll(values); return this; }
        /** Replaces the bottom lines. */
        public Builder bottomLines(List<BottomLine> values) { bottomLines.clear(); bottomLines.addAll(values); return this; }
        /** Replaces the safety goals. */
        public Builder safetyGoals(List<SafetyGoal> values) { safetyGoals.clear(); safetyGoals.addAll(values); return this; }
        /** Replaces the events. */
        public Builder events(List<Event> values) { events.clear(); events.addAll(values); return this; }
        /** Replaces the scalings. */
        public Builder scalings(List<Scaling> values) { scalings.clear(); scalings.addAll(values); return this; }
        /** Replaces the extension requests. */
        public Builder extensionRequests(List<ExtensionRequest> values) { extensionRequests.clear(); extensionRequests.addAll(values); return this; }
        /** Replaces the EXIT answers. */
        public Builder exit(List<ExitAnswer> values) { exit.clear(); exit.addAll(values); return this; }

        /** The case; throws {@link InvalidFieldException} when a field is invalid. */
        public Case build() {
            return new Case(schemaVersion, id, office, petitionDate, startingSituation, minors, parents, network,
                    professionals, intake, dangerStatement, bottomLines, safetyGoals, safetyPlans, events,
                    scalings, contacts, extensionRequests, closure, exit);
        }
    }
}
