package be.sos.views;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Actor;
import be.sos.core.model.Case;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The work list, checked line by line against each case's own evaluation. */
class WorklistTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final List<Case> CASES = Stream.generate(CaseGenerator.withSeed(42).around(TODAY)::next).limit(400).toList();

    record Line(String caseId, WorkKind kind, String code, String subject, LocalDate lastDay, String text) {}

    @Test
    void the_lines_are_exactly_what_each_open_case_evaluation_says_is_overdue_due_coming_blocking_or_warning() {
        Worklist list = Worklist.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT);
        List<Line> expected = new ArrayList<>();
        int open = 0;
        for (Case c : CASES) {
            boolean closed = c.closure() != null && !c.closure().date().isAfter(TODAY);
            if (closed || c.petitionDate().isAfter(TODAY)) {
                continue;
            }
            open++;
            Evaluation e = ENGINE.evaluate(c, TODAY);
            for (ScheduleRow row : e.schedule()) {
                if (row.status() == MilestoneStatus.OVERDUE) {
                    expected.add(new Line(c.id(), WorkKind.OVERDUE, row.milestone().name(), null, row.to(), label(row)));
                } else if (row.status() == MilestoneStatus.DUE) {
                    expected.add(new Line(c.id(), WorkKind.DUE, row.milestone().name(), null, row.to(), label(row)));
                } else if (row.status() == MilestoneStatus.UPCOMING && row.from().isBefore(TODAY.plusDays(8))) {
                    expected.add(new Line(c.id(), WorkKind.UPCOMING, row.milestone().name(), null, row.to(), label(row)));
                }
            }
            for (Finding f : e.findings()) {
                if (f.severity() != Severity.INFO && !f.code().startsWith("DEADLINE_")) {
                    LocalDate day = f.code().equals("HD_END_NEAR") ? e.clocks().hdEnd()
                            : f.code().equals("HD_ENDED_ORDINARY_PROCEDURE") ? e.clocks().bmoDue() : null;
                    expected.add(new Line(c.id(), f.severity() == Severity.BLOCKER ? WorkKind.BLOCKER : WorkKind.WARNING,
                            f.code(), f.subject(), day, f.message()));
                }
            }
        }
        List<Line> actual = list.items().stream().map(i -> new Line(i.caseId(), i.kind(), i.code(), i.subject(), i.lastDay(), i.text())).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(list.evaluations()).hasSize(open);
        assertThat(open).as("a corpus with open cases").isGreaterThan(50);
        for (WorkKind kind : WorkKind.values()) {
            assertThat(actual).as(kind.name()).anyMatch(l -> l.kind() == kind);
        }
    }

    private static String label(ScheduleRow row) {
        return ENGINE.label("subject." + row.milestone(), Locale.forLanguageTag("nl")).orElseThrow();
    }

    @Test
    void overdue_lines_come_first_then_every_line_by_its_last_day() {
        List<WorkItem> items = Worklist.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT).items();
        int firstNotOverdue = 0;
        while (firstNotOverdue < items.size() && items.get(firstNotOverdue).kind() == WorkKind.OVERDUE) {
            firstNotOverdue++;
        }
        assertThat(firstNotOverdue).isGreaterThan(0);
        assertThat(items.subList(firstNotOverdue, items.size())).noneMatch(i -> i.kind() == WorkKind.OVERDUE);
        assertThat(items.subList(0, firstNotOverdue)).isSortedAccordingTo((a, b) -> a.lastDay().compareTo(b.lastDay()));
        List<WorkItem> rest = items.subList(firstNotOverdue, items.size());
        for (int i = 1; i < rest.size(); i++) {
            LocalDate before = day(rest.get(i - 1));
            LocalDate after = day(rest.get(i));
            assertThat(before).as("line %d", i).isBeforeOrEqualTo(after);
        }
    }

    private static LocalDate day(WorkItem i) {
        return i.lastDay() != null ? i.lastDay() : LocalDate.MIN;
    }

    @Test
    void groups_hold_every_line_once_per_role_responsible_or_once_by_office() {
        Worklist list = Worklist.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT);
        int roleLines = list.groups(Grouping.ROLE).stream().mapToInt(g -> g.items().size()).sum();
        assertThat(roleLines).isEqualTo(list.items().stream().mapToInt(i -> i.who().size()).sum());
        for (WorkGroup group : list.groups(Grouping.ROLE)) {
            assertThat(group.items()).allMatch(i -> i.who().contains(Actor.valueOf(group.key())));
            assertThat(group.items()).isSubsetOf(list.items());
        }
        List<WorkItem> byOffice = new ArrayList<>();
        for (WorkGroup group : list.groups(Grouping.OFFICE)) {
            assertThat(group.items()).allMatch(i -> i.office().equals(group.key()));
            byOffice.addAll(group.items());
        }
        assertThat(byOffice).containsExactlyInAnyOrderElementsOf(list.items());
    }

    @Test
    void milestones_and_findings_are_in_words_of_the_language_asked() {
        Worklist nl = Worklist.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT);
        Worklist en = Worklist.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT.withLocale(Locale.ENGLISH));
        WorkItem milestone = nl.items().stream().filter(i -> i.kind() == WorkKind.DUE).findFirst().orElseThrow();
        assertThat(milestone.text()).isEqualTo(ENGINE.label("subject." + milestone.code(), Locale.forLanguageTag("nl")).orElseThrow());
        assertThat(en.items().get(nl.items().indexOf(milestone)).text())
                .isEqualTo(ENGINE.label("subject." + milestone.code(), Locale.ENGLISH).orElseThrow());
        assertThat(nl.text(Grouping.ROLE)).contains("== consulent (").contains("achterstallig");
        assertThat(en.text(Grouping.ROLE)).contains("== consultant (").contains("overdue");
    }

    @Test
    void csv_json_and_html_hold_the_same_lines() throws Exception {
        Worklist list = Worklist.of(CASES, ENGINE, TODAY, EvaluationOptions.DEFAULT);
        int lines = list.groups(Grouping.ROLE).stream().mapToInt(g -> g.items().size()).sum();
        assertThat(list.csv(Grouping.ROLE).split("\r\n")).hasSize(lines + 1);
        JsonNode json = new ObjectMapper().readTree(list.json(Grouping.ROLE));
        int jsonLines = 0;
        for (JsonNode group : json.get("groups")) {
            jsonLines += group.get("items").size();
        }
        assertThat(jsonLines).isEqualTo(lines);
        assertThat(json.get("openCases").asInt()).isEqualTo(list.evaluations().size());
        Document page = Jsoup.parse(list.html(Grouping.ROLE));
        assertThat(page.select("tr.work-item")).hasSize(lines);
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void closed_pilot_cases_leave_the_list_and_while_open_they_are_on_it() {
        List<Case> pilots = List.of(PilotCases.gent(), PilotCases.dendermonde());
        assertThat(Worklist.of(pilots, ENGINE, LocalDate.of(2020, 6, 1), EvaluationOptions.DEFAULT).items()).isEmpty();
        Worklist early = Worklist.of(pilots, ENGINE, PilotCases.gent().petitionDate().plusDays(4), EvaluationOptions.DEFAULT);
        assertThat(early.items()).extracting(WorkItem::caseId).contains("gent-2019-01").doesNotContain("dendermonde-2019-02");
    }
}
