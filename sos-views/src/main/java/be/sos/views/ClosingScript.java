package be.sos.views;

import be.sos.core.model.Actor;
import be.sos.core.model.BottomLine;
import be.sos.core.model.Case;
import be.sos.core.model.Commitment;
import be.sos.core.model.Contact;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Role;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.rules.Evaluation;
import be.sos.rules.ScheduleRow;
import be.sos.rules.SosEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The draft closing script of one case: every fact the case holds, in headed sections with
 * tables, and headed empty sections for what only people can write (the reflecting team's
 * questions, what worked). As data, as one self-contained HTML page, and as a Word document
 * (.docx) that practitioners edit.
 *
 * <pre>{@code
 * Evaluation evaluation = engine.evaluate(aCase, today, EvaluationOptions.DEFAULT.withLocale(locale));
 * ClosingScript script = ClosingScript.of(aCase, evaluation, engine, locale);
 * script.writeDocx(out);
 * }</pre>
 *
 * <p>The script is the case's own document: it holds the ids people have in the case file and the
 * texts of the plan, as the case file does. Immutable.
 *
 * @param caseId the case's id
 * @param language {@code nl} or {@code en}
 * @param title the document's title
 * @param subtitle the line under it: the case, the office and the day the facts are of
 * @param sections the sections, in order
 */
public record ClosingScript(String caseId, String language, String title, String subtitle, List<Section> sections) {
    /** Copies the list. */
    public ClosingScript {
        sections = List.copyOf(sections);
    }

    /** The script without its facts: they are values of the case file. */
    @Override
    public String toString() {
        return "ClosingScript[caseId=" + caseId + ", language=" + language + ", sections=" + sections.size() + "]";
    }

    /**
     * One headed section of the script.
     *
     * @param id a stable name of the section, such as {@code steps}
     * @param heading its heading
     * @param paragraphs its text before the tables
     * @param tables its tables
     * @param toWrite whether people write it: the paragraphs are a hint, and room is left to write
     */
    public record Section(String id, String heading, List<String> paragraphs, List<Table> tables, boolean toWrite) {
        /** Copies the lists. */
        public Section {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
        }

        /** The section without its text. */
        @Override
        public String toString() {
            return "Section[id=" + id + ", paragraphs=" + paragraphs.size() + ", tables=" + tables.size() + ", toWrite=" + toWrite + "]";
        }
    }

    /**
     * A table of facts.
     *
     * @param caption what it shows, or null
     * @param header the column headings
     * @param rows the rows, each as long as the header
     */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
        /** Copies the lists. */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The table without its cells. */
        @Override
        public String toString() {
            return "Table[columns=" + header.size() + ", rows=" + rows.size() + "]";
        }
    }

    /**
     * The script of a case as known on its evaluation's day.
     *
     * @param file the case; entries dated after the evaluation's day are left out
     * @param evaluation the case's evaluation (its schedule names who takes part in each step)
     * @param engine the engine whose rule set names the milestones in words
     * @param locale English for {@code en}, Dutch otherwise
     * @return the script
     * @throws IllegalArgumentException when the evaluation is of another case
     */
    public static ClosingScript of(Case file, Evaluation evaluation, SosEngine engine, Locale locale) {
        Objects.requireNonNull(file, "case");
        Objects.requireNonNull(evaluation, "evaluation");
        if (!file.id().equals(evaluation.caseId())) {
            throw new IllegalArgumentException("the evaluation is of another case");
        }
        return new Builder(file.asKnownOn(evaluation.today()), evaluation, Texts.of(locale, engine)).build();
    }

    /** The script as one self-contained HTML page (inline CSS, no scripts, nothing fetched; prints on A4). */
    public String html() {
        return ScriptPages.html(this);
    }

    /** Writes the script as a Word document (.docx, Office Open XML) to {@code out}, which it leaves open. */
    public void writeDocx(OutputStream out) throws IOException {
        ScriptPages.docx(this, out);
    }

    /** The script as the bytes of a Word document (.docx). */
    public byte[] docx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            writeDocx(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Gathers the facts of one case into sections. */
    private static final class Builder {
        private final Case c;
        private final Evaluation e;
        private final Texts t;
        private final List<Section> sections = new ArrayList<>();

        Builder(Case c, Evaluation e, Texts t) {
            this.c = c;
            this.e = e;
            this.t = t;
        }

        ClosingScript build() {
            caseFacts();
            roles();
            steps();
            contacts();
            reflectingTeam();
            plans();
            bottomLinesAndGoals();
            scaling();
            extensionAndClosure();
            toWrite("reflective-questions");
            toWrite("what-worked");
            toWrite("what-next");
            toWrite("roles-in-the-plan");
            return new ClosingScript(c.id(), t.language(), t.get("sc.title"),
                    t.format("sc.subtitle", "id", c.id(), "office", c.office(), "date", t.date(e.today())), sections);
        }

        private void section(String id, List<String> paragraphs, List<Table> tables) {
            sections.add(new Section(id, t.get("sc.h." + id), paragraphs, tables, false));
        }

        private void toWrite(String id) {
            sections.add(new Section(id, t.get("sc.h." + id), List.of(t.get("sc.hint." + id)), List.of(), true));
        }

        private Table table(String caption, List<String> headerKeys, List<List<String>> rows) {
            return new Table(caption, headerKeys.stream().map(k -> t.get("sc.col." + k)).toList(), rows);
        }

        private String day(LocalDate date) {
            return date == null ? "" : t.date(date);
        }

        private void caseFacts() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t.get("sc.office"), c.office()));
            rows.add(List.of(t.get("sc.startingSituation"), c.startingSituation() == null ? "" : t.of("situation", c.startingSituation())));
            rows.add(List.of(t.get("sc.petition"), day(e.clocks().petition())));
            rows.add(List.of(t.get("sc.moduleStart"), day(e.clocks().moduleStart())));
            rows.add(List.of(t.get("sc.moduleEnd"), day(e.clocks().moduleEnd())));
            if (e.clocks().extendedEnd() != null) {
                rows.add(List.of(t.get("sc.extendedEnd"), day(e.clocks().extendedEnd())));
            }
            rows.add(List.of(t.get("sc.hdEnd"), day(e.clocks().hdEnd())));
            rows.add(List.of(t.get("sc.closure"), c.closure() == null ? t.get("sc.notClosed")
                    : t.of("path", c.closure().path()) + ", " + day(c.closure().date())));
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(t.get("sc.dangerStatement") + ": "
                    + (c.dangerStatement() == null || c.dangerStatement().isBlank() ? t.get("sc.none") : c.dangerStatement()));
            section("case", paragraphs, List.of(table(null, List.of("fact", "value"), rows)));
        }

        private void roles() {
            List<List<String>> rows = new ArrayList<>();
            for (Role role : List.of(Role.CONSULTANT, Role.CRISIS_COUNSELLOR, Role.JUDGE, Role.TEAM_LEAD)) {
                String who = c.professionals().stream().filter(p -> p.role() == role).map(Professional::id)
                        .collect(Collectors.joining(", "));
                rows.add(List.of(t.of("role", role), who.isEmpty() ? t.get("sc.nobody") : who, t.of("roleText", role)));
            }
            String parents = c.parents().stream().map(Parent::id).collect(Collectors.joining(", "));
            rows.add(List.of(t.get("sc.parents"), parents.isEmpty() ? t.get("sc.nobody") : parents, t.get("sc.parentsText")));
            rows.add(List.of(t.get("sc.minors"), c.minors().stream().map(m -> m.id()).collect(Collectors.joining(", ")), t.get("sc.minorsText")));
            String network = c.network().stream().map(this::member).collect(Collectors.joining("; "));
            rows.add(List.of(t.get("sc.network"), network.isEmpty() ? t.get("sc.nobody") : network, t.get("sc.networkText")));
            section("roles", List.of(), List.of(table(null, List.of("role", "who", "part"), rows)));
        }

        private String member(NetworkMember m) {
            String text = m.id() + " (" + t.of("relation", m.relation()) + ", " + t.of("networkKind", m.kind())
                    + (m.adult() ? "" : ", " + t.get("sc.notAdult")) + ")";
            return m.trustedPersonFor().isEmpty() ? text : text + " " + t.format("sc.trustedFor", "minors", String.join(", ", m.trustedPersonFor()));
        }

        private void steps() {
            Map<EventType, List<Actor>> who = new EnumMap<>(EventType.class);
            for (ScheduleRow row : e.schedule()) {
                who.put(row.milestone(), row.who());
            }
            List<Event> events = c.events().stream().sorted(Comparator.comparing(Event::date)).toList();
            List<List<String>> rows = new ArrayList<>();
            for (Event ev : events) {
                String what = ev.type() == EventType.OTHER ? ev.label()
                        : ev.type() == EventType.WORDS_AND_PICTURES ? t.format("sc.wordsAndPictures", "minor", ev.subject())
                        : capital(t.subject(ev.type().name()));
                String took = who.containsKey(ev.type())
                        ? who.get(ev.type()).stream().map(a -> t.of("actor", a)).collect(Collectors.joining(", "))
                        : t.get("eventWho." + ev.type().name());
                rows.add(List.of(day(ev.date()), Long.toString(ChronoUnit.DAYS.between(c.petitionDate(), ev.date()) + 1), what, took));
            }
            section("steps", rows.isEmpty() ? List.of(t.get("sc.noSteps")) : List.of(t.get("sc.stepsIntro")),
                    rows.isEmpty() ? List.of() : List.of(table(null, List.of("date", "day", "step", "tookPart"), rows)));
        }

        private void contacts() {
            LocalDate start = e.clocks().moduleStart();
            Map<Long, long[]> weeks = new TreeMap<>();
            for (Contact k : c.contacts()) {
                long week = Math.floorDiv(ChronoUnit.DAYS.between(start, k.date()), 7) + 1;
                long[] sum = weeks.computeIfAbsent(week, w -> new long[2]);
                sum[0]++;
                sum[1] += k.minutes();
            }
            List<List<String>> rows = new ArrayList<>();
            weeks.forEach((week, sum) -> rows.add(List.of(week < 1 ? t.get("sc.beforeModule") : Long.toString(week),
                    day(start.plusDays((week - 1) * 7)) + " – " + day(start.plusDays((week - 1) * 7 + 6)),
                    Long.toString(sum[0]), Long.toString(sum[1]))));
            String total = t.format("sc.contactTotal", "minutes", e.metrics().directContactMinutes(),
                    "hours", t.decimal(e.metrics().directContactMinutes() / 60.0), "perWeek", t.decimal(e.metrics().minutesPerWeek()));
            section("contacts", List.of(total), rows.isEmpty() ? List.of() : List.of(table(null, List.of("week", "days", "contacts", "minutes"), rows)));
        }

        private void reflectingTeam() {
            List<List<String>> rows = c.events().stream()
                    .filter(ev -> ev.type() == EventType.REFLECTING_TEAM_FIRST_MEETING || ev.type() == EventType.REFLECTING_TEAM_REVIEW)
                    .sorted(Comparator.comparing(Event::date))
                    .map(ev -> List.of(day(ev.date()), capital(t.subject(ev.type().name()))))
                    .toList();
            section("reflecting-team", List.of(rows.isEmpty() ? t.get("sc.noReflectingTeam") : t.get("sc.reflectingTeamIntro")),
                    rows.isEmpty() ? List.of() : List.of(table(null, List.of("date", "session"), rows)));
        }

        private void plans() {
            List<Table> tables = new ArrayList<>();
            List<SafetyPlan> plans = c.safetyPlans().stream()
                    .sorted(Comparator.comparing(SafetyPlan::date).thenComparing(SafetyPlan::version)).toList();
            for (SafetyPlan plan : plans) {
                String caption = t.format("sc.planCaption", "version", plan.version(), "date", day(plan.date()));
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(t.get("sc.signedBy"), plan.signedBy().isEmpty() ? t.get("sc.nobody") : String.join(", ", plan.signedBy()), ""));
                rows.add(List.of(t.get("sc.goodEnough"), plan.hasGoodEnoughStatement() ? plan.goodEnough() : t.get("sc.none"), ""));
                for (Commitment k : plan.commitments()) {
                    rows.add(List.of(k.by(), k.action() == null ? "" : k.action(), k.when() == null ? "" : k.when()));
                }
                tables.add(table(caption, List.of("who", "what", "when"), rows));
            }
            section("plans", List.of(plans.isEmpty() ? t.get("sc.noPlans") : t.get("sc.plansIntro")), tables);
        }

        private void bottomLinesAndGoals() {
            List<Table> tables = new ArrayList<>();
            if (!c.bottomLines().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (BottomLine b : c.bottomLines()) {
                    rows.add(List.of(b.id(), b.text() == null ? "" : b.text(), t.of("bottomLineType", b.type()), t.of("bottomLineStatus", b.status())));
                }
                tables.add(table(t.get("sc.bottomLines"), List.of("id", "text", "type", "outcome"), rows));
            }
            if (!c.safetyGoals().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (SafetyGoal g : c.safetyGoals()) {
                    rows.add(List.of(g.id(), g.text() == null ? "" : g.text(), String.join(", ", g.bottomLines()), t.of("goalStatus", g.status())));
                }
                tables.add(table(t.get("sc.goals"), List.of("id", "text", "bottomLines", "outcome"), rows));
            }
            section("bottom-lines", tables.isEmpty() ? List.of(t.get("sc.noBottomLines")) : List.of(), tables);
        }

        private void scaling() {
            List<List<String>> rows = new ArrayList<>();
            for (Scaling s : c.scalings().stream().sorted(Comparator.comparing(Scaling::date)).toList()) {
                rows.add(List.of(day(s.date()), s.by(), Integer.toString(s.score())));
            }
            section("scaling", List.of(rows.isEmpty() ? t.get("sc.noScaling") : t.get("sc.scalingIntro")),
                    rows.isEmpty() ? List.of() : List.of(table(null, List.of("date", "who", "score"), rows)));
        }

        private void extensionAndClosure() {
            List<String> paragraphs = new ArrayList<>();
            List<Table> tables = new ArrayList<>();
            if (c.extensionRequests().isEmpty()) {
                paragraphs.add(t.get("sc.noExtension"));
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (ExtensionRequest r : c.extensionRequests()) {
                    rows.add(List.of(day(r.date()), r.reasons().stream().map(x -> t.subject(x.name())).collect(Collectors.joining(", "))));
                }
                tables.add(table(t.get("sc.extensionRequests"), List.of("date", "reasons"), rows));
                paragraphs.add(e.extension().allowed() ? t.format("sc.extensionAllowed", "date", day(e.clocks().extendedEnd()))
                        : t.get("sc.extensionNotAllowed"));
            }
            paragraphs.add(c.closure() == null ? t.get("sc.notClosedYet")
                    : t.format("sc.closedOn", "date", day(c.closure().date()), "path", t.of("path", c.closure().path())));
            if (!c.exit().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (ExitAnswer a : c.exit()) {
                    rows.add(List.of(a.respondent(), a.grade() == null ? "" : Integer.toString(a.grade()),
                            a.result() == null ? "" : t.decimal(a.result()), a.process() == null ? "" : t.decimal(a.process())));
                }
                tables.add(table(t.get("sc.exit"), List.of("respondent", "grade", "result", "process"), rows));
            } else if (c.closure() != null) {
                paragraphs.add(t.get("sc.noExit"));
            }
            section("closure", paragraphs, tables);
        }

        private static String capital(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
