package be.sos.report;

import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.Commitment;
import be.sos.core.model.Event;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationClocks;
import be.sos.rules.Finding;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the page template shows, worked out from the case as known on the day of the
 * evaluation and the evaluation itself. The template only places it: every value it inserts is
 * escaped there.
 *
 * @param lang the page's language
 * @param t the headings and labels
 * @param caseId the case's id
 * @param asOf the day of the evaluation, in words
 * @param summary the key facts
 * @param timeline the timeline's geometry
 * @param timelineIntro the sentence above the timeline
 * @param timelineTitle the timeline's short text alternative
 * @param timelineDesc the timeline's long text alternative
 * @param schedule the schedule as table rows
 * @param otherEvents the events that are not milestones
 * @param worried the map's first column
 * @param workingWell the map's second column
 * @param needsToHappen the map's third column
 * @param network the network section
 * @param scaling the scaling chart and table, or null when nobody answered
 * @param scalingTitle the chart's short text alternative
 * @param scalingDesc the chart's long text alternative
 * @param findings every finding, in the evaluation's order
 * @param selection the eligibility and the extension
 * @param footer where the page comes from
 */
record Page(String lang, Map<String, String> t, String caseId, String asOf, List<Fact> summary,
            Timeline timeline, String timelineIntro, String timelineTitle, String timelineDesc,
            List<ScheduleItem> schedule, List<EventItem> otherEvents,
            Worried worried, WorkingWell workingWell, NeedsToHappen needsToHappen, Network network,
            ScalingChart scaling, String scalingTitle, String scalingDesc, List<FindingItem> findings,
            Selection selection, String footer) {

    /** Whether events other than milestones are known. */
    boolean hasOtherEvents() {
        return !otherEvents.isEmpty();
    }

    /** Whether there are findings. */
    boolean hasFindings() {
        return !findings.isEmpty();
    }

    /** A key fact: a term, its value, and a CSS class for a verdict (or empty). */
    record Fact(String term, String value, String verdict) {}

    /** A milestone as a table row. */
    record ScheduleItem(String name, String days, String window, String who, String status, String statusClass,
                        String doneOn, String source) {}

    /** An event that is not a milestone. */
    record EventItem(String date, String name, String detail) {}

    /** A bottom line with its status. */
    record BottomLineItem(String id, String text, String type, String detail, String status, String statusClass) {}

    /** A commitment of the latest plan. */
    record CommitmentItem(String by, String group, String action, String when) {}

    /** A safety goal. */
    record GoalItem(String id, String text, String status, String statusClass, String covers) {}

    /** A milestone due or overdue. */
    record ToDoItem(String name, String status, String statusClass, String when) {}

    /** A finding. */
    record FindingItem(String severity, String severityClass, String code, String subject, String message,
                       String source, String ruleId) {}

    /** What we are worried about: the danger statement and the bottom lines. */
    record Worried(String dangerStatement, List<BottomLineItem> bottomLines) {
        /** Whether there are bottom lines. */
        boolean hasBottomLines() {
            return !bottomLines.isEmpty();
        }
    }

    /** What is working well: the commitments and signatures of the latest plan and the goals reached. */
    record WorkingWell(String plan, List<CommitmentItem> commitments, List<String> signedBy, List<GoalItem> goalsAchieved) {
        /** Whether the latest plan has commitments. */
        boolean hasCommitments() {
            return !commitments.isEmpty();
        }
        /** Whether a goal was achieved. */
        boolean hasGoalsAchieved() {
            return !goalsAchieved.isEmpty();
        }
        /** Whether someone signed the latest plan. */
        boolean hasSignedBy() {
            return !signedBy.isEmpty();
        }
    }

    /** What needs to happen: open goals, the "good enough" statement, milestones to do, warnings. */
    record NeedsToHappen(List<GoalItem> openGoals, String goodEnough, boolean hasPlan, List<ToDoItem> toDo,
                         List<FindingItem> warnings) {
        /** Whether there are open goals. */
        boolean hasOpenGoals() {
            return !openGoals.isEmpty();
        }
        /** Whether milestones are due or overdue. */
        boolean hasToDo() {
            return !toDo.isEmpty();
        }
        /** Whether there are warnings or blockers. */
        boolean hasWarnings() {
            return !warnings.isEmpty();
        }
    }

    /** The network section. */
    record Network(List<Member> members, String plan, List<CommitmentItem> commitments, List<Trusted> trusted,
                   String adultsIntro, List<AdultsLine> adultsLines, List<PersonItem> people) {
        /** Whether the network has members. */
        boolean hasMembers() {
            return !members.isEmpty();
        }
        /** Whether the latest plan has commitments. */
        boolean hasCommitments() {
            return !commitments.isEmpty();
        }
        /** Whether a bottom line asks for network adults. */
        boolean hasAdultsLines() {
            return !adultsLines.isEmpty();
        }
    }

    /** A network member. */
    record Member(String id, String relation, String kind, String adult, String trustedFor, String commitment) {}

    /** The trusted persons of one minor. */
    record Trusted(String minor, String persons) {}

    /** A {@code MIN_NETWORK_ADULTS} bottom line against the count of committed informal adults. */
    record AdultsLine(String id, String text, int count, int min, String verdict, String verdictClass) {}

    /** A minor, parent or professional. */
    record PersonItem(String id, String group, String details) {}

    /** The eligibility and the extension. */
    record Selection(boolean eligible, String verdict, List<FindingItem> blockers, String extension,
                     String extensionClass, String reasons, String extendedEnd) {
        /** Whether something blocks. */
        boolean hasBlockers() {
            return !blockers.isEmpty();
        }
    }

    /** The page of a case and its evaluation. */
    static Page of(Case file, Evaluation evaluation, Labels labels) {
        Case known = file.asKnownOn(evaluation.today());
        EvaluationClocks clocks = evaluation.clocks();
        Timeline timeline = Timeline.of(evaluation, labels);
        SafetyPlan plan = known.latestPlan().orElse(null);
        String planTitle = plan == null ? null
                : labels.format("latestPlan", "version", plan.version(), "date", labels.date(plan.date()));
        List<CommitmentItem> commitments = plan == null ? List.of()
                : plan.commitments().stream().map(c -> commitment(known, c, labels)).toList();
        List<FindingItem> findings = evaluation.findings().stream().map(f -> finding(f, labels)).toList();

        ScalingChart scaling = ScalingChart.of(known, Timeline.day(clocks.petition(), clocks.hdEnd()), timeline.days(), labels);
        Map<String, Integer> counts = timeline.counts();
        return new Page(labels.language(), labels.all(), evaluation.caseId(),
                labels.format("asOf", "date", labels.date(evaluation.today()), "day", evaluation.day()),
                summary(known, evaluation, labels),
                timeline,
                labels.format("timelineIntro", "date", labels.date(clocks.petition()), "n", timeline.days()),
                labels.format("timelineSvgTitle", "n", timeline.days()),
                labels.format("timelineSvgDesc", "total", evaluation.schedule().size(), "done", counts.get("DONE"),
                        "late", counts.get("DONE_LATE"), "due", counts.get("DUE"), "overdue", counts.get("OVERDUE"),
                        "upcoming", counts.get("UPCOMING"), "na", counts.get("NOT_APPLICABLE"), "day", evaluation.day()),
                schedule(evaluation, labels),
                otherEvents(known, labels),
                new Worried(blankToNull(known.dangerStatement()),
                        known.bottomLines().stream().map(b -> bottomLine(b, labels)).toList()),
                new WorkingWell(planTitle, commitments, plan == null ? List.of() : plan.signedBy(),
                        goals(known, true, labels)),
                new NeedsToHappen(goals(known, false, labels), plan == null ? null : blankToNull(plan.goodEnough()),
                        plan != null, toDo(evaluation, labels),
                        findings.stream().filter(Page::worthActing).toList()),
                network(known, evaluation.today(), plan, commitments, planTitle, labels),
                scaling,
                labels.format("scalingSvgTitle", "n", timeline.days()),
                scaling == null ? "" : labels.format("scalingSvgDesc", "people", scaling.people().size(), "answers", scaling.answers()),
                findings,
                selection(evaluation, findings, labels),
                labels.format("generatedBy", "date", labels.date(evaluation.today())) + " "
                        + labels.get("rules") + ": " + labels.ruleSet(evaluation.rules().source()) + " "
                        + evaluation.rules().fingerprint().substring(0, Math.min(12, evaluation.rules().fingerprint().length()))
                        + (evaluation.rules().version() == null ? "" : " · " + evaluation.rules().version().describe(labels.locale()))
                        + " · " + labels.get("calendar") + ": " + labels.calendar(evaluation.calendar()) + ".");
    }

    private static List<Fact> summary(Case known, Evaluation evaluation, Labels labels) {
        EvaluationClocks clocks = evaluation.clocks();
        LocalDate petition = clocks.petition();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(labels.get("office"), known.office(), ""));
        if (known.startingSituation() != null) {
            facts.add(new Fact(labels.get("startingSituation"), labels.of("situation", known.startingSituation()), ""));
        }
        facts.add(new Fact(labels.get("petition"), labels.date(petition), ""));
        facts.add(new Fact(labels.get("moduleStart"), dated(clocks.moduleStart(), petition, labels), ""));
        facts.add(new Fact(labels.get("moduleEnd"), dated(clocks.moduleEnd(), petition, labels), ""));
        if (clocks.extendedEnd() != null) {
            facts.add(new Fact(labels.get("extendedEnd"), dated(clocks.extendedEnd(), petition, labels), ""));
        }
        facts.add(new Fact(labels.get("hdEnd"), dated(clocks.hdEnd(), petition, labels), ""));
        if (clocks.bmoDue() != null) {
            facts.add(new Fact(labels.get("bmoDue"), dated(clocks.bmoDue(), petition, labels), "bad"));
        }
        facts.add(new Fact(labels.get("closure"), known.closure() == null ? labels.get("notClosed")
                : dated(known.closure().date(), petition, labels) + ", " + labels.of("closurePath", known.closure().path()), ""));
        facts.add(new Fact(labels.get("eligibility"),
                evaluation.eligibility().eligible() ? labels.get("eligibleYes")
                        : labels.get("eligibleNo") + ": " + String.join(", ", evaluation.eligibility().blockers()),
                evaluation.eligibility().eligible() ? "good" : "bad"));
        facts.add(new Fact(labels.get("extension"), extension(evaluation, labels), ""));
        facts.add(new Fact(labels.get("contactTime"), labels.format("contactValue",
                "minutes", evaluation.metrics().directContactMinutes(),
                "perWeek", labels.decimal(evaluation.metrics().minutesPerWeek())), ""));
        return facts;
    }

    private static String dated(LocalDate date, LocalDate petition, Labels labels) {
        return labels.date(date) + " (" + labels.get("dayWord") + " " + Timeline.day(petition, date) + ")";
    }

    private static String extension(Evaluation evaluation, Labels labels) {
        if (evaluation.extension().allowed()) {
            return labels.get("extAllowed") + (evaluation.clocks().extendedEnd() == null ? ""
                    : ", " + labels.format("extUntil", "date", labels.date(evaluation.clocks().extendedEnd())));
        }
        return labels.get(evaluation.extension().requested() ? "extRequested" : "extNone");
    }

    private static List<ScheduleItem> schedule(Evaluation evaluation, Labels labels) {
        LocalDate petition = evaluation.clocks().petition();
        List<ScheduleItem> items = new ArrayList<>();
        for (ScheduleRow row : evaluation.schedule()) {
            String days = "";
            String window = "";
            if (row.from() != null && row.to() != null) {
                int from = Timeline.day(petition, row.from());
                int to = Timeline.day(petition, row.to());
                days = from == to ? String.valueOf(from) : from + "–" + to;
                window = row.from().equals(row.to()) ? labels.shortDate(row.from())
                        : labels.shortDate(row.from()) + " – " + labels.shortDate(row.to());
            }
            String who = row.who().stream().map(a -> labels.of("actor", a)).collect(Collectors.joining(", "));
            items.add(new ScheduleItem(labels.of("milestone", row.milestone()), days, window, who,
                    labels.of("status", row.status()), Timeline.statusClass(row.status()),
                    labels.shortDate(row.doneOn()), row.source()));
        }
        return items;
    }

    private static List<EventItem> otherEvents(Case known, Labels labels) {
        return known.events().stream()
                .filter(e -> !e.type().isMilestone())
                .sorted(Comparator.comparing(Event::date))
                .map(e -> new EventItem(labels.date(e.date()), labels.of("milestone", e.type()),
                        e.subject() != null ? e.subject() : e.label() != null ? e.label() : ""))
                .toList();
    }

    private static BottomLineItem bottomLine(BottomLine line, Labels labels) {
        String detail = line.type() == BottomLineType.MIN_NETWORK_ADULTS ? labels.format("atLeast", "min", line.min())
                : line.type() == BottomLineType.TRUSTED_PERSON ? labels.format("forMinor", "minor", line.minor()) : "";
        String status = line.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new BottomLineItem(line.id(), line.text() == null ? "" : line.text(), labels.of("blType", line.type()),
                detail, labels.of("blStatus", line.status()), status);
    }

    private static CommitmentItem commitment(Case known, Commitment c, Labels labels) {
        return new CommitmentItem(c.by(), group(known, c.by(), labels), c.action() == null ? "" : c.action(),
                c.when() == null ? "" : c.when());
    }

    /** Who a person is in the case, in words: a minor, a parent, a role, or a network relation. */
    private static String group(Case known, String id, Labels labels) {
        for (Minor m : known.minors()) {
            if (m.id().equals(id)) {
                return labels.get("minorGroup");
            }
        }
        for (Parent p : known.parents()) {
            if (p.id().equals(id)) {
                return labels.get("parentGroup");
            }
        }
        for (NetworkMember n : known.network()) {
            if (n.id().equals(id)) {
                return labels.get("networkGroup") + ", " + labels.of("relation", n.relation());
            }
        }
        for (Professional p : known.professionals()) {
            if (p.id().equals(id)) {
                return labels.of("role", p.role());
            }
        }
        return "";
    }

    private static List<GoalItem> goals(Case known, boolean achieved, Labels labels) {
        List<GoalItem> goals = new ArrayList<>();
        for (SafetyGoal goal : known.safetyGoals()) {
            if ((goal.status() == GoalStatus.ACHIEVED) == achieved) {
                goals.add(new GoalItem(goal.id(), goal.text() == null ? "" : goal.text(), labels.of("goalStatus", goal.status()),
                        goal.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        goal.bottomLines().isEmpty() ? "" : labels.get("covers") + " " + String.join(", ", goal.bottomLines())));
            }
        }
        return goals;
    }

    private static List<ToDoItem> toDo(Evaluation evaluation, Labels labels) {
        List<ToDoItem> items = new ArrayList<>();
        for (MilestoneStatus wanted : List.of(MilestoneStatus.OVERDUE, MilestoneStatus.DUE)) {
            for (ScheduleRow row : evaluation.schedule()) {
                if (row.status() == wanted) {
                    items.add(new ToDoItem(labels.of("milestone", row.milestone()), labels.of("status", row.status()),
                            Timeline.statusClass(row.status()),
                            labels.format(wanted == MilestoneStatus.DUE ? "dueBy" : "overdueSince", "date", labels.date(row.to()))));
                }
            }
        }
        return items;
    }

    private static FindingItem finding(Finding f, Labels labels) {
        return new FindingItem(labels.of("severity", f.severity()), f.severity().name().toLowerCase(Locale.ROOT),
                f.code(), f.subject() == null ? "" : f.subject(), f.message(), f.source(), f.ruleId());
    }

    private static Network network(Case known, LocalDate today, SafetyPlan plan, List<CommitmentItem> commitments, String planTitle,
                                   Labels labels) {
        List<Member> members = new ArrayList<>();
        for (NetworkMember n : known.network()) {
            String commitment = plan == null ? "" : plan.commitments().stream()
                    .filter(c -> c.by().equals(n.id()))
                    .map(c -> c.action() == null ? "" : c.action())
                    .collect(Collectors.joining("; "));
            members.add(new Member(n.id(), labels.of("relation", n.relation()), labels.of("kind", n.kind()),
                    labels.get(n.adult() ? "yes" : "no"), String.join(", ", n.trustedPersonFor()), commitment));
        }
        List<Trusted> trusted = new ArrayList<>();
        for (Minor minor : known.minors()) {
            String persons = known.network().stream()
                    .filter(n -> n.trustedPersonFor().contains(minor.id()))
                    .map(n -> n.adult() ? n.id() : n.id() + " (" + labels.get("notAdult") + ")")
                    .collect(Collectors.joining(", "));
            trusted.add(new Trusted(minor.id(), persons.isEmpty() ? labels.get("none") : persons));
        }
        Set<String> committedAdults = new LinkedHashSet<>();
        if (plan != null) {
            for (Commitment c : plan.commitments()) {
                known.network().stream().filter(n -> n.id().equals(c.by()) && n.informalAdult())
                        .findFirst().ifPresent(n -> committedAdults.add(n.id()));
            }
        }
        List<AdultsLine> adultsLines = new ArrayList<>();
        for (BottomLine line : known.bottomLines()) {
            if (line.type() == BottomLineType.MIN_NETWORK_ADULTS) {
                boolean enough = committedAdults.size() >= line.min();
                adultsLines.add(new AdultsLine(line.id(), line.text() == null ? "" : line.text(), committedAdults.size(), line.min(),
                        labels.get(enough ? "enough" : "tooFew"), enough ? "good" : "bad"));
            }
        }
        String adultsIntro = labels.format("networkAdultsIntro", "names",
                committedAdults.isEmpty() ? labels.get("none") : String.join(", ", committedAdults));
        return new Network(members, planTitle, commitments, trusted, adultsIntro, adultsLines, people(known, today, labels));
    }

    private static List<PersonItem> people(Case known, LocalDate today, Labels labels) {
        List<PersonItem> people = new ArrayList<>();
        for (Minor m : known.minors()) {
            int years = Period.between(m.birthDate(), today).getYears();
            people.add(new PersonItem(m.id(), labels.get("minorGroup"), labels.format("age", "years", years)));
        }
        for (Parent p : known.parents()) {
            people.add(new PersonItem(p.id(), labels.get("parentGroup"), labels.of("availability", p.availability())
                    + ", " + labels.get(p.livesWithChild() ? "livesWithChild" : "notLivingWithChild")));
        }
        for (Professional p : known.professionals()) {
            people.add(new PersonItem(p.id(), labels.of("role", p.role()), labels.get(p.reachable() ? "reachable" : "unreachable")
                    + (p.absences().isEmpty() ? "" : ", " + labels.format("absences", "n", p.absences().size()))));
        }
        return people;
    }

    private static Selection selection(Evaluation evaluation, List<FindingItem> findings, Labels labels) {
        boolean eligible = evaluation.eligibility().eligible();
        List<FindingItem> blockers = findings.stream()
                .filter(f -> evaluation.eligibility().blockers().contains(f.code()) && "blocker".equals(f.severityClass()))
                .toList();
        String reasons = evaluation.extension().reasons().stream().map(r -> labels.of("reason", r)).collect(Collectors.joining(", "));
        return new Selection(eligible, labels.get(eligible ? "eligibleYes" : "eligibleNo"), blockers,
                extension(evaluation, labels), evaluation.extension().allowed() ? "good" : evaluation.extension().requested() ? "bad" : "",
                reasons, evaluation.clocks().extendedEnd() == null ? null : labels.date(evaluation.clocks().extendedEnd()));
    }

    /**
     * Whether a finding belongs under "what needs to happen": warnings and blockers, but not the
     * milestones due or overdue, which are listed there already.
     */
    private static boolean worthActing(FindingItem f) {
        return !"info".equals(f.severityClass()) && !f.code().equals("DEADLINE_OVERDUE") && !f.code().equals("DEADLINE_DUE");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
