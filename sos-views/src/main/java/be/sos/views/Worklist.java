package be.sos.views;

import be.sos.core.model.Actor;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The team's work list: across every open case, what is overdue, due, blocking or warning on a
 * day and what comes up in the seven days after it, most urgent first (docs/views.md).
 *
 * <pre>{@code
 * Worklist list = Worklist.of(cases, SosEngine.bundled(), today, EvaluationOptions.DEFAULT);
 * for (WorkGroup group : list.groups(Grouping.ROLE)) { ... }
 * String page = list.html(Grouping.ROLE);
 * }</pre>
 *
 * <p>A case is open when it was petitioned on or before the day and no closure is known on it. Its
 * lines are the milestones that are overdue, the milestones not recorded whose window is open on
 * some day from the day to seven days after it, and the findings of severity blocker or warning
 * other than the deadline findings (the milestones say the same). Immutable and thread-safe.
 */
public final class Worklist {
    /** How many days after the day the list looks ahead. */
    public static final int DAYS_AHEAD = 7;

    private static final Comparator<WorkItem> URGENCY = Comparator
            .comparing((WorkItem i) -> i.kind() == WorkKind.OVERDUE ? 0 : 1)
            .thenComparing(Worklist::sortDay)
            .thenComparing(WorkItem::kind)
            .thenComparing(WorkItem::caseId)
            .thenComparing(WorkItem::code)
            .thenComparing(i -> i.subject() == null ? "" : i.subject());

    private final LocalDate today;
    private final List<WorkItem> items;
    private final List<Evaluation> evaluations;
    private final Texts texts;

    private Worklist(LocalDate today, List<WorkItem> items, List<Evaluation> evaluations, Texts texts) {
        this.today = today;
        this.items = List.copyOf(items);
        this.evaluations = List.copyOf(evaluations);
        this.texts = texts;
    }

    /**
     * The work list of a set of cases on a day.
     *
     * @param cases the cases; closed ones and those petitioned after {@code today} are left out
     * @param engine the engine that evaluates them
     * @param today the day of the list
     * @param options the language of the texts, the calendar; a portfolio, if any, is ignored
     * @return the work list, in the language of {@code options}
     * @throws be.sos.rules.EvaluationException when the rule set fails on a case
     */
    public static Worklist of(Collection<Case> cases, SosEngine engine, LocalDate today, EvaluationOptions options) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(today, "today");
        EvaluationOptions single = new EvaluationOptions(options.locale(), options.calendar(), null);
        List<Case> open = cases.stream().filter(c -> isOpen(c, today)).toList();
        List<Evaluation> evaluations = open.parallelStream().map(c -> engine.evaluate(c, today, single)).toList();
        Texts texts = Texts.of(options.locale(), engine);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            items.addAll(items(open.get(i), evaluations.get(i), today, texts));
        }
        items.sort(URGENCY);
        return new Worklist(today, items, evaluations, texts);
    }

    /** Whether a case is open on a day: petitioned on or before it, and no closure known on it. */
    public static boolean isOpen(Case c, LocalDate today) {
        return !c.petitionDate().isAfter(today) && (c.closure() == null || c.closure().date().isAfter(today));
    }

    /** The lines of one open case's evaluation, in no particular order. */
    static List<WorkItem> items(Case c, Evaluation e, LocalDate today, Texts texts) {
        LocalDate until = today.plusDays(DAYS_AHEAD);
        List<WorkItem> out = new ArrayList<>();
        for (ScheduleRow row : e.schedule()) {
            WorkKind kind = switch (row.status()) {
                case OVERDUE -> WorkKind.OVERDUE;
                case DUE -> WorkKind.DUE;
                case UPCOMING -> row.from() != null && !row.from().isAfter(until) ? WorkKind.UPCOMING : null;
                default -> null;
            };
            if (kind != null) {
                out.add(new WorkItem(c.id(), c.office(), kind, row.milestone().name(), null,
                        texts.subject(row.milestone().name()), row.from(), row.to(), row.who()));
            }
        }
        for (Finding f : e.findings()) {
            if (f.severity() == Severity.INFO || f.code().startsWith("DEADLINE_")) {
                continue;
            }
            LocalDate lastDay = switch (f.code()) {
                case "HD_END_NEAR" -> e.clocks().hdEnd();
                case "HD_ENDED_ORDINARY_PROCEDURE" -> e.clocks().bmoDue();
                default -> null;
            };
            WorkKind kind = f.severity() == Severity.BLOCKER ? WorkKind.BLOCKER : WorkKind.WARNING;
            out.add(new WorkItem(c.id(), c.office(), kind, f.code(), f.subject(), f.message(), null, lastDay, responsible(f.code())));
        }
        return out;
    }

    /**
     * Who answers for a finding (docs/views.md): the team lead for selection and programme findings,
     * the consultant and the crisis counsellor for the plan and the scaling, the consultant for the
     * rest.
     */
    static List<Actor> responsible(String code) {
        if (code.startsWith("SEL_") || code.startsWith("PROG_")) {
            return List.of(Actor.TEAM_LEAD);
        }
        if (code.startsWith("PLAN_") || code.startsWith("SCALE_")) {
            return List.of(Actor.CONSULTANT, Actor.CRISIS_COUNSELLOR);
        }
        return List.of(Actor.CONSULTANT);
    }

    private static LocalDate sortDay(WorkItem i) {
        return i.lastDay() != null ? i.lastDay() : i.firstDay() != null ? i.firstDay() : LocalDate.MIN;
    }

    /** The day of the list. */
    public LocalDate today() {
        return today;
    }

    /** The last day the list looks ahead to: {@link #DAYS_AHEAD} days after {@link #today()}. */
    public LocalDate until() {
        return today.plusDays(DAYS_AHEAD);
    }

    /**
     * Every line, most urgent first: overdue milestones by their last day, then the rest by their
     * last day (findings without one first), then blockers before due milestones before warnings
     * before upcoming milestones, then by case id.
     */
    public List<WorkItem> items() {
        return items;
    }

    /** The evaluations of the open cases, in the order the cases were given. */
    public List<Evaluation> evaluations() {
        return evaluations;
    }

    /** The lines grouped by role (in the order of {@link Actor}) or by office (by name), each group most urgent first. */
    public List<WorkGroup> groups(Grouping by) {
        Objects.requireNonNull(by, "by");
        List<WorkGroup> groups = new ArrayList<>();
        if (by == Grouping.ROLE) {
            Map<Actor, List<WorkItem>> byRole = new EnumMap<>(Actor.class);
            for (WorkItem item : items) {
                for (Actor actor : item.who()) {
                    byRole.computeIfAbsent(actor, a -> new ArrayList<>()).add(item);
                }
            }
            byRole.forEach((actor, list) -> groups.add(new WorkGroup(actor.name(), texts.of("actor", actor), list)));
        } else {
            Map<String, List<WorkItem>> byOffice = new TreeMap<>();
            for (WorkItem item : items) {
                byOffice.computeIfAbsent(item.office(), o -> new ArrayList<>()).add(item);
            }
            byOffice.forEach((office, list) -> groups.add(new WorkGroup(office, office, list)));
        }
        return groups;
    }

    /** The list as plain text, one block per group. */
    public String text(Grouping by) {
        return WorklistFormats.text(this, by, texts);
    }

    /** The list as CSV (RFC 4180): one row per line and group. */
    public String csv(Grouping by) {
        return WorklistFormats.csv(this, by);
    }

    /** The list as JSON: the day, the horizon and the groups with their lines. */
    public String json(Grouping by) {
        return WorklistFormats.json(this, by);
    }

    /** The list as one self-contained HTML page (inline CSS, no scripts, nothing fetched; prints on A4). */
    public String html(Grouping by) {
        return WorklistFormats.html(this, by, texts);
    }

    /** The language of the texts. */
    Texts texts() {
        return texts;
    }
}
