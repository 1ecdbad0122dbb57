package be.sos.rules.facts;

import be.sos.core.model.BottomLine;
import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.Intake;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.core.time.Clocks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case as the rules see it on the day of the evaluation: the case as known that day, the day,
 * and its clocks. The one fact every rule set starts from. Inserted with it, as facts of their own:
 * the case's minors, parents, network, professionals, bottom lines and safety goals, and the
 * {@link #extensionRequestsInOrder()}, {@link #scalingRounds()} and {@link #scoreChanges()} worked
 * out from the case, so a rule matches them directly, for example {@code Parent(livesWithChild)};
 * the other lists are reached with {@code from}, for example
 * {@code Event(type == EventType.WORDS_AND_PICTURES) from $p.events()}. One instance per
 * evaluation; not thread-safe (the derived lists are worked out on first use).
 */
public final class Procedure {
    private static final int EVENT_TYPES = EventType.values().length;
    private final Case file;
    private final LocalDate today;
    private final Clocks clocks;
    private final int day;
    private final LocalDate closedOn;
    private final ClosurePath closurePath;
    private final SafetyPlan latestPlan;
    private final Map<String, Integer> parameters;
    private List<NumberedRequest> requestsInOrder;
    private List<ScalingRound> scalingRounds;
    private List<ScoreChange> scoreChanges;
    private int networkAdultsInPlan = -1;
    /** The first date of each type of event, by the type's ordinal, found in one pass when first asked. */
    private LocalDate[] firstEvents;

    /**
     * The procedure of a case on a day. The engine makes one for each evaluation; a host has no
     * need to (it evaluates with {@link be.sos.rules.SosEngine}).
     *
     * @param file the case as known on {@code today}
     * @param today the day of the evaluation
     * @param clocks the case's clocks
     * @param parameters the numbers of the rule set's parameters, by name
     */
    public Procedure(Case file, LocalDate today, Clocks clocks, Map<String, Integer> parameters) {
        this.file = file;
        this.today = today;
        this.clocks = clocks;
        this.day = clocks.dayNumber(today);
        this.closedOn = file.closure() == null ? null : file.closure().date();
        this.closurePath = file.closure() == null ? null : file.closure().path();
        this.latestPlan = file.latestPlan().orElse(null);
        this.parameters = parameters;
    }

    /** The case as known on the day. */
    public Case file() { return file; }
    /** The day of the evaluation. */
    public LocalDate today() { return today; }
    /** The day of the procedure that today is; the petition date is day 1. */
    public int day() { return day; }
    /** The date of day {@code n} of the procedure. */
    public LocalDate day(int n) { return clocks.day(n); }
    /**
     * A number of the rule set's parameters ({@code procedure.properties}), such as
     * {@code parameter("absence.blocking.days")}.
     *
     * @throws IllegalArgumentException when the rule set has no such parameter ({@code rules validate} says so first)
     */
    public int parameter(String name) {
        Integer value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' in procedure.properties");
        }
        return value;
    }
    /** The date of the day of the procedure that a parameter holds: {@code dayOf("window.first-hearing.first")}. */
    public LocalDate dayOf(String name) { return clocks.day(parameter(name)); }
    /** Day 1. */
    public LocalDate petition() { return clocks.petition(); }
    /** The dispatch to the module, or the petition date. */
    public LocalDate moduleStart() { return clocks.moduleStart(); }
    /** The end of the 6-week module. */
    public LocalDate moduleEnd() { return clocks.moduleEnd(); }
    /** Where an extension would end, never after the HD end. */
    public LocalDate extendedEnd() { return clocks.extendedEnd(); }
    /** Whether an extension's end would be cut back to the HD end. */
    public boolean extendedEndCapped() { return clocks.extendedEndCapped(); }
    /** Day 60, the end of the urgent procedure. */
    public LocalDate hdEnd() { return clocks.hdEnd(); }
    /** Day 75, when the BMO falls due in the ordinary procedure. */
    public LocalDate bmoDue() { return clocks.bmoDue(); }
    /** The closure date, or null while the case is open. */
    public LocalDate closedOn() { return closedOn; }
    /** The closure path, or null while the case is open. */
    public ClosurePath closurePath() { return closurePath; }
    /** The date of the first event of this type, or null. */
    public LocalDate firstEvent(EventType type) {
        if (firstEvents == null) {
            LocalDate[] first = new LocalDate[EVENT_TYPES];
            for (Event event : file.events()) {
                int i = event.type().ordinal();
                if (first[i] == null || event.date().isBefore(first[i])) {
                    first[i] = event.date();
                }
            }
            firstEvents = first;
        }
        return firstEvents[type.ordinal()];
    }
    /** The office. */
    public String office() { return file.office(); }
    /** The intake assessment. */
    public Intake intake() { return file.intake(); }
    /** The minors. */
    public List<Minor> minors() { return file.minors(); }
    /** The parents. */
    public List<Parent> parents() { return file.parents(); }
    /** The network. */
    public List<NetworkMember> network() { return file.network(); }
    /** The professionals. */
    public List<Professional> professionals() { return file.professionals(); }
    /** The bottom lines. */
    public List<BottomLine> bottomLines() { return file.bottomLines(); }
    /** The safety goals. */
    public List<SafetyGoal> safetyGoals() { return file.safetyGoals(); }
    /** The safety plans. */
    public List<SafetyPlan> safetyPlans() { return file.safetyPlans(); }
    /** The latest safety plan, or null. */
    public SafetyPlan latestPlan() { return latestPlan; }
    /** The events. */
    public List<Event> events() { return file.events(); }
    /** The scaling answers. */
    public List<Scaling> scalings() { return file.scalings(); }
    /** The extension requests. */
    public List<ExtensionRequest> extensionRequests() { return file.extensionRequests(); }
    /** The EXIT answers. */
    public List<ExitAnswer> exit() { return file.exit(); }

    /**
     * The extension requests in the order they are judged: by date, and those of one date in the
     * order of the case file, numbered from 1.
     */
    public List<NumberedRequest> extensionRequestsInOrder() {
        if (requestsInOrder == null && file.extensionRequests().isEmpty()) {
            requestsInOrder = List.of();
        } else if (requestsInOrder == null) {
            List<ExtensionRequest> sorted = new ArrayList<>(file.extensionRequests());
            sorted.sort(Comparator.comparing(ExtensionRequest::date)); // stable: ties keep file order
            List<NumberedRequest> numbered = new ArrayList<>(sorted.size());
            for (int i = 0; i < sorted.size(); i++) {
                numbered.add(new NumberedRequest(i + 1, sorted.get(i)));
            }
            requestsInOrder = List.copyOf(numbered);
        }
        return requestsInOrder;
    }

    /**
     * How many distinct adults of the informal network have a commitment in the latest safety
     * plan; 0 when there is no plan. Parents, minors, professionals and the professional network
     * do not count.
     */
    public int networkAdultsInPlan() {
        if (networkAdultsInPlan < 0) {
            Set<String> committed = new HashSet<>();
            if (latestPlan != null) {
                latestPlan.commitments().forEach(c -> committed.add(c.by()));
            }
            int count = 0;
            for (NetworkMember member : file.network()) {
                if (member.informalAdult() && committed.contains(member.id())) {
                    count++;
                }
            }
            networkAdultsInPlan = count;
        }
        return networkAdultsInPlan;
    }

    /**
     * The scaling answers by date, in date order, each date with the mean score of the family side
     * (minors, parents, informal network) and that of the professionals' side (professionals,
     * professional network). Answers by an id that is no person of the case are left out.
     */
    public List<ScalingRound> scalingRounds() {
        if (scalingRounds == null && file.scalings().isEmpty()) {
            scalingRounds = List.of();
        } else if (scalingRounds == null) {
            Map<String, Boolean> familySide = sides();
            Map<LocalDate, double[]> sums = new LinkedHashMap<>(); // family sum, count, professionals sum, count
            file.scalings().stream().sorted(Comparator.comparing(Scaling::date)).forEach(s -> {
                Boolean family = familySide.get(s.by());
                if (family != null) {
                    double[] sum = sums.computeIfAbsent(s.date(), d -> new double[4]);
                    int at = family ? 0 : 2;
                    sum[at] += s.score();
                    sum[at + 1]++;
                }
            });
            List<ScalingRound> rounds = new ArrayList<>(sums.size());
            sums.forEach((date, sum) -> rounds.add(new ScalingRound(date,
                    sum[1] == 0 ? null : sum[0] / sum[1], sum[3] == 0 ? null : sum[2] / sum[3])));
            scalingRounds = List.copyOf(rounds);
        }
        return scalingRounds;
    }

    /**
     * Every scaling answer that follows an earlier answer by the same person, next to that
     * previous answer: the answers sorted by date (those of one date in file order), each compared
     * with the one before it by the same person.
     */
    public List<ScoreChange> scoreChanges() {
        if (scoreChanges == null && file.scalings().isEmpty()) {
            scoreChanges = List.of();
        } else if (scoreChanges == null) {
            Map<String, Scaling> previous = new HashMap<>();
            List<ScoreChange> changes = new ArrayList<>();
            file.scalings().stream().sorted(Comparator.comparing(Scaling::date)).forEach(s -> {
                Scaling before = previous.put(s.by(), s);
                if (before != null) {
                    changes.add(new ScoreChange(s.by(), before.date(), before.score(), s.date(), s.score()));
                }
            });
            scoreChanges = List.copyOf(changes);
        }
        return scoreChanges;
    }

    /** Every person's id, mapped to true on the family side and false on the professionals' side. */
    private Map<String, Boolean> sides() {
        Map<String, Boolean> sides = new HashMap<>();
        file.minors().forEach(m -> sides.put(m.id(), true));
        file.parents().forEach(p -> sides.put(p.id(), true));
        file.network().forEach(n -> sides.put(n.id(), n.kind() == NetworkKind.INFORMAL));
        file.professionals().forEach(p -> sides.put(p.id(), false));
        return sides;
    }

    @Override
    public String toString() {
        return "Procedure[case=" + file.id() + ", day=" + day + "]";
    }
}
