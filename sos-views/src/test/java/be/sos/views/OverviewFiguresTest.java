package be.sos.views;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Scaling;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.Finding;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import be.sos.testkit.CaseGenerator;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the overview computed a second way, plainly, from the case files and their
 * evaluations (schedule windows, findings, clocks), on generated corpora and the pilot cases,
 * overall and per office.
 */
class OverviewFiguresTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @Test
    void the_figures_of_a_generated_corpus_are_those_computed_directly_from_the_cases() {
        CaseGenerator generator = CaseGenerator.withSeed(18).around(TODAY);
        List<Case> cases = Stream.generate(generator::next).limit(600).toList();
        Overview overview = Overview.of(cases, ENGINE, TODAY, EvaluationOptions.DEFAULT, null, null, null);
        check(overview, cases, null, null, null);
        assertThat(overview.offices()).hasSizeGreaterThan(1);
        assertThat(overview.overall().selected()).as("a corpus with selected cases").isGreaterThan(50);
        assertThat(overview.overall().notSelected()).isGreaterThan(10);
        assertThat(overview.overall().closedBy().values()).allMatch(n -> n > 0);
        assertThat(overview.overall().extensions().allowed()).isGreaterThan(0);
        assertThat(overview.overall().milestones()).anyMatch(m -> m.late() > 0 && m.missed() > 0 && m.onTime() > 0);
    }

    @Test
    void a_period_and_an_office_count_only_their_cases() {
        CaseGenerator generator = CaseGenerator.withSeed(5).around(TODAY);
        List<Case> cases = Stream.generate(generator::next).limit(500).toList();
        LocalDate from = TODAY.minusYears(3);
        LocalDate to = TODAY.minusDays(30);
        Overview overview = Overview.of(cases, ENGINE, TODAY, EvaluationOptions.DEFAULT, from, to, "GENT");
        check(overview, cases, from, to, "GENT");
        assertThat(overview.offices().keySet()).containsExactly("GENT");
        assertThat(overview.overall().started()).isBetween(1, cases.size() - 1);
    }

    @Test
    void the_pilot_cases_give_their_figures() {
        List<Case> cases = List.of(PilotCases.gent(), PilotCases.dendermonde());
        Overview overview = Overview.of(cases, ENGINE, LocalDate.of(2020, 1, 1), EvaluationOptions.DEFAULT, null, null, null);
        check(overview, cases, null, null, null);
        Figures all = overview.overall();
        assertThat(all.started()).isEqualTo(2);
        assertThat(all.closedBy()).containsEntry(ClosurePath.MANDATED_FACILITY, 1).containsEntry(ClosurePath.REFERRAL_OCJ, 1);
        assertThat(all.exit()).anyMatch(e -> e.answers() > 0);
    }

    /** Computes the figures a second way and compares every one of them. */
    private static void check(Overview overview, List<Case> cases, LocalDate from, LocalDate to, String office) {
        LocalDate today = overview.today();
        List<Case> counted = cases.stream()
                .filter(c -> !c.petitionDate().isAfter(today))
                .filter(c -> from == null || !c.petitionDate().isBefore(from))
                .filter(c -> to == null || !c.petitionDate().isAfter(to))
                .filter(c -> office == null || c.office().equals(office))
                .toList();
        Map<String, List<Case>> byOffice = counted.stream().collect(Collectors.groupingBy(Case::office, TreeMap::new, Collectors.toList()));
        RecursiveComparisonConfiguration tolerance = RecursiveComparisonConfiguration.builder()
                .withComparatorForType(Comparator.comparingDouble((Double d) -> Math.round(d * 1000) / 1000.0), Double.class)
                .withIgnoredFieldsMatchingRegexes(".*\\.label")
                .build();
        assertThat(overview.overall()).usingRecursiveComparison(tolerance).isEqualTo(expected(counted, today));
        assertThat(overview.offices().keySet()).containsExactlyElementsOf(byOffice.keySet());
        byOffice.forEach((name, list) ->
                assertThat(overview.offices().get(name)).as(name).usingRecursiveComparison(tolerance).isEqualTo(expected(list, today)));
    }

    private static Figures expected(List<Case> cases, LocalDate today) {
        int started = cases.size();
        Map<String, Integer> blockers = new TreeMap<>();
        Map<ClosurePath, Integer> closedBy = new EnumMap<>(ClosurePath.class);
        for (ClosurePath p : ClosurePath.values()) {
            closedBy.put(p, 0);
        }
        int open = 0;
        List<Case> module = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        for (Case c : cases) {
            Evaluation e = ENGINE.evaluate(c, today);
            List<String> blocking = e.findings().stream()
                    .filter(f -> f.severity() == Severity.BLOCKER && (f.code().startsWith("SEL_") || f.code().startsWith("PROG_")))
                    .map(Finding::code).distinct().toList();
            blocking.forEach(code -> blockers.merge(code, 1, Integer::sum));
            if (blocking.isEmpty()) {
                module.add(c);
                evaluations.add(e);
            }
            if (c.closure() != null && !c.closure().date().isAfter(today)) {
                closedBy.merge(c.closure().path(), 1, Integer::sum);
            } else {
                open++;
            }
        }

        List<MilestoneFigures> milestones = new ArrayList<>();
        for (EventType m : EventType.values()) {
            if (!m.isMilestone()) {
                continue;
            }
            int onTime = 0;
            int late = 0;
            int missed = 0;
            int pending = 0;
            int na = 0;
            List<Long> delays = new ArrayList<>();
            for (int i = 0; i < module.size(); i++) {
                Case c = module.get(i);
                ScheduleRow row = evaluations.get(i).schedule().stream().filter(r -> r.milestone() == m).findFirst().orElseThrow();
                if (row.status() == MilestoneStatus.NOT_APPLICABLE) {
                    na++;
                    continue;
                }
                Optional<LocalDate> done = c.events().stream().filter(ev -> ev.type() == m && !ev.date().isAfter(today))
                        .map(Event::date).min(Comparator.naturalOrder());
                if (done.isPresent() && !done.get().isAfter(row.to())) {
                    onTime++;
                } else if (done.isPresent()) {
                    late++;
                    delays.add(ChronoUnit.DAYS.between(row.to(), done.get()));
                } else if (today.isAfter(row.to())) {
                    missed++;
                } else {
                    pending++;
                }
            }
            delays.sort(Comparator.naturalOrder());
            Double median = delays.isEmpty() ? null : delays.size() % 2 == 1 ? (double) delays.get(delays.size() / 2)
                    : (delays.get(delays.size() / 2 - 1) + delays.get(delays.size() / 2)) / 2.0;
            milestones.add(new MilestoneFigures(m, onTime, late, missed, pending, na, median));
        }

        int requested = 0;
        int allowed = 0;
        Map<ExtensionReason, Integer> reasonsRequested = new EnumMap<>(ExtensionReason.class);
        Map<ExtensionReason, Integer> reasonsAllowed = new EnumMap<>(ExtensionReason.class);
        for (ExtensionReason r : ExtensionReason.values()) {
            reasonsRequested.put(r, 0);
            reasonsAllowed.put(r, 0);
        }
        List<Double> weeks = new ArrayList<>();
        List<Double> minutes = new ArrayList<>();
        List<Double> adults = new ArrayList<>();
        double[][] scaling = new double[4][2];
        Map<be.sos.views.Respondent, List<ExitAnswer>> exit = new EnumMap<>(be.sos.views.Respondent.class);
        int turning = 0;
        int casesTurning = 0;
        for (int i = 0; i < module.size(); i++) {
            Case c = module.get(i);
            Evaluation e = evaluations.get(i);
            var requests = c.extensionRequests().stream().filter(r -> !r.date().isAfter(today)).toList();
            if (!requests.isEmpty()) {
                requested++;
                requests.stream().flatMap(r -> r.reasons().stream()).distinct().forEach(r -> reasonsRequested.merge(r, 1, Integer::sum));
            }
            if (e.has("EXT_ALLOWED")) {
                allowed++;
                e.extension().reasons().stream().distinct().forEach(r -> reasonsAllowed.merge(r, 1, Integer::sum));
            }
            LocalDate start = e.clocks().moduleStart();
            boolean closed = c.closure() != null && !c.closure().date().isAfter(today);
            LocalDate end = closed ? c.closure().date()
                    : Stream.of(today, e.clocks().extendedEnd() == null ? e.clocks().moduleEnd() : e.clocks().extendedEnd())
                            .min(Comparator.naturalOrder()).orElseThrow();
            long days = Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
            weeks.add(days / 7.0);
            long contactMinutes = c.contacts().stream().filter(k -> !k.date().isAfter(today)).mapToLong(k -> k.minutes()).sum();
            // a first week that has only begun counts as a whole week (docs/policy.md, "Contact intensity")
            double perWeek = days == 0 ? 0 : contactMinutes * 7.0 / Math.max(days, 7);
            assertThat(e.metrics().minutesPerWeek()).as("minutes per week of " + c.id()).isCloseTo(perWeek, org.assertj.core.data.Offset.offset(0.051));
            minutes.add(e.metrics().minutesPerWeek());
            var plan = c.safetyPlans().stream().filter(p -> !p.date().isAfter(today))
                    .max(Comparator.comparing((be.sos.core.model.SafetyPlan p) -> p.date()).thenComparing(p -> p.version()));
            long committed = plan.map(p -> p.commitments().stream().map(k -> k.by()).distinct()
                    .filter(by -> c.network().stream().anyMatch(n -> n.id().equals(by) && n.kind() == NetworkKind.INFORMAL && n.adult()))
                    .count()).orElse(0L);
            adults.add((double) committed);

            Map<String, Boolean> familySide = new HashMap<>();
            c.minors().forEach(x -> familySide.put(x.id(), true));
            c.parents().forEach(x -> familySide.put(x.id(), true));
            for (NetworkMember n : c.network()) {
                familySide.put(n.id(), n.kind() == NetworkKind.INFORMAL);
            }
            c.professionals().forEach(x -> familySide.put(x.id(), false));
            List<Scaling> known = c.scalings().stream().filter(s -> !s.date().isAfter(today)).toList();
            for (int side = 0; side < 2; side++) {
                boolean family = side == 0;
                List<Scaling> mine = known.stream().filter(s -> familySide.get(s.by()) == family).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                LocalDate first = mine.stream().map(Scaling::date).min(Comparator.naturalOrder()).orElseThrow();
                LocalDate last = mine.stream().map(Scaling::date).max(Comparator.naturalOrder()).orElseThrow();
                scaling[side][0] += mine.stream().filter(s -> s.date().equals(first)).mapToInt(Scaling::score).average().orElseThrow();
                scaling[side][1]++;
                scaling[2 + side][0] += mine.stream().filter(s -> s.date().equals(last)).mapToInt(Scaling::score).average().orElseThrow();
                scaling[2 + side][1]++;
            }
            // EXIT answers are known once the case is closed (they carry no date of their own).
            for (ExitAnswer a : closed ? c.exit() : List.<ExitAnswer>of()) {
                be.sos.views.Respondent kind = c.minors().stream().anyMatch(x -> x.id().equals(a.respondent())) ? be.sos.views.Respondent.MINOR
                        : c.parents().stream().anyMatch(x -> x.id().equals(a.respondent())) ? be.sos.views.Respondent.PARENT
                        : c.network().stream().anyMatch(x -> x.id().equals(a.respondent())) ? be.sos.views.Respondent.NETWORK
                        : be.sos.views.Respondent.PROFESSIONAL;
                exit.computeIfAbsent(kind, k -> new ArrayList<>()).add(a);
            }
            LocalDate moduleEnd = e.clocks().extendedEnd() == null ? e.clocks().moduleEnd() : e.clocks().extendedEnd();
            long minors = c.minors().stream().map(Minor::eighteenthBirthday)
                    .filter(d -> !d.isBefore(start) && !d.isAfter(moduleEnd)).count();
            turning += (int) minors;
            casesTurning += minors > 0 ? 1 : 0;
        }
        List<ExitFigures> exitFigures = new ArrayList<>();
        for (be.sos.views.Respondent r : be.sos.views.Respondent.values()) {
            List<ExitAnswer> answers = exit.getOrDefault(r, List.of());
            exitFigures.add(new ExitFigures(r, answers.size(),
                    mean(answers.stream().filter(a -> a.grade() != null).mapToDouble(ExitAnswer::grade).toArray()),
                    mean(answers.stream().filter(a -> a.result() != null).mapToDouble(ExitAnswer::result).toArray()),
                    mean(answers.stream().filter(a -> a.process() != null).mapToDouble(ExitAnswer::process).toArray())));
        }
        return new Figures(started, module.size(), started - module.size(), blockers, open, closedBy, milestones,
                new ExtensionFigures(requested, allowed, reasonsRequested, reasonsAllowed),
                distribution(weeks, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}),
                distribution(minutes, new double[] {0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600}),
                distribution(adults, new double[] {0, 1, 2, 3, 4, 5}),
                new ScalingFigures(sumMean(scaling[0]), sumMean(scaling[1]), sumMean(scaling[2]), sumMean(scaling[3])),
                exitFigures, turning, casesTurning);
    }

    private static Mean sumMean(double[] sumAndCount) {
        return new Mean((int) sumAndCount[1], sumAndCount[1] == 0 ? null : sumAndCount[0] / sumAndCount[1]);
    }

    private static Mean mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return new Mean(values.length, values.length == 0 ? null : sum / values.length);
    }

    /** The distribution over bins that start at the bounds given, the last one open. */
    private static Distribution distribution(List<Double> values, double[] starts) {
        List<Distribution.Bin> bins = new ArrayList<>();
        for (int b = 0; b < starts.length; b++) {
            double lo = starts[b];
            Double hi = b + 1 < starts.length ? starts[b + 1] : null;
            int count = (int) values.stream().filter(v -> v >= lo && (hi == null || v < hi)).count();
            bins.add(new Distribution.Bin("", lo, hi, count));
        }
        if (values.isEmpty()) {
            return new Distribution(0, null, null, null, null, bins);
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Distribution(n, sorted.get(0), median, sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                sorted.get(n - 1), bins);
    }
}
