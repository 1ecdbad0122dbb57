package be.sos.views;

import be.sos.core.model.Case;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Scaling;
import be.sos.rules.Evaluation;
import be.sos.rules.Finding;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the overview needs of one case and its evaluation, kept small so that ten thousand cases
 * fit in little memory.
 */
record CaseFacts(String office, boolean eligible, List<String> blockers, ClosurePath closedBy,
                 Map<EventType, MilestoneStatus> statuses, Map<EventType, Long> delays,
                 boolean extensionRequested, boolean extensionAllowed, Set<ExtensionReason> reasonsRequested,
                 Set<ExtensionReason> reasonsAllowed, double weeksInModule, double minutesPerWeek, int networkAdults,
                 Double familyStart, Double professionalsStart, Double familyEnd, Double professionalsEnd,
                 List<Answer> exit, int minorsTurning18) {

    /** One EXIT answer with its kind of respondent. */
    record Answer(Respondent respondent, Integer grade, Double result, Double process) {}

    static CaseFacts of(Case full, Evaluation e) {
        Case c = full.asKnownOn(e.today());
        Map<EventType, MilestoneStatus> statuses = new EnumMap<>(EventType.class);
        Map<EventType, Long> delays = new EnumMap<>(EventType.class);
        for (ScheduleRow row : e.schedule()) {
            statuses.put(row.milestone(), row.status());
            if (row.status() == MilestoneStatus.DONE_LATE && row.doneOn() != null && row.to() != null) {
                delays.put(row.milestone(), ChronoUnit.DAYS.between(row.to(), row.doneOn()));
            }
        }
        Set<ExtensionReason> requested = EnumSet.noneOf(ExtensionReason.class);
        for (ExtensionRequest request : c.extensionRequests()) {
            requested.addAll(request.reasons());
        }
        Set<ExtensionReason> allowed = EnumSet.noneOf(ExtensionReason.class);
        if (e.extension().allowed()) {
            allowed.addAll(e.extension().reasons());
        }
        Map<String, Respondent> kinds = kinds(c);
        Map<String, Boolean> family = new HashMap<>();
        c.minors().forEach(m -> family.put(m.id(), true));
        c.parents().forEach(p -> family.put(p.id(), true));
        c.network().forEach(n -> family.put(n.id(), n.kind() == NetworkKind.INFORMAL));
        c.professionals().forEach(p -> family.put(p.id(), false));
        Double[] scaling = scaling(c.scalings(), family);
        List<Answer> exit = c.exit().stream()
                .map((ExitAnswer a) -> new Answer(kinds.get(a.respondent()), a.grade(), a.result(), a.process())).toList();
        Set<String> turning = new HashSet<>();
        for (Finding f : e.findings()) {
            if (f.code().equals("MINOR_TURNS_18")) {
                turning.add(f.subject());
            }
        }
        return new CaseFacts(c.office(), e.eligibility().eligible(), List.copyOf(new java.util.TreeSet<>(e.eligibility().blockers())),
                c.closure() == null ? null : c.closure().path(), statuses, delays,
                !c.extensionRequests().isEmpty(), e.extension().allowed(), requested, allowed,
                guidanceDays(c, e) / 7.0, e.metrics().minutesPerWeek(), networkAdults(c),
                scaling[0], scaling[1], scaling[2], scaling[3], exit, turning.size());
    }

    /** The days of guidance, both counted: module start to the closure, or to the earlier of the day and the (extended) module end. */
    static long guidanceDays(Case c, Evaluation e) {
        LocalDate start = e.clocks().moduleStart();
        LocalDate end;
        if (c.closure() != null) {
            end = c.closure().date();
        } else {
            LocalDate moduleEnd = e.clocks().extendedEnd() != null ? e.clocks().extendedEnd() : e.clocks().moduleEnd();
            end = e.today().isBefore(moduleEnd) ? e.today() : moduleEnd;
        }
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Distinct adults of the informal network with a commitment in the latest plan. */
    static int networkAdults(Case c) {
        Set<String> adults = new HashSet<>();
        c.network().stream().filter(NetworkMember::informalAdult).forEach(m -> adults.add(m.id()));
        return c.latestPlan().map(plan -> (int) plan.commitments().stream()
                .map(be.sos.core.model.Commitment::by).filter(adults::contains).distinct().count()).orElse(0);
    }

    private static Map<String, Respondent> kinds(Case c) {
        Map<String, Respondent> kinds = new HashMap<>();
        c.minors().forEach(m -> kinds.put(m.id(), Respondent.MINOR));
        c.parents().forEach(p -> kinds.put(p.id(), Respondent.PARENT));
        c.network().forEach(n -> kinds.put(n.id(), Respondent.NETWORK));
        c.professionals().forEach(p -> kinds.put(p.id(), Respondent.PROFESSIONAL));
        return kinds;
    }

    /** Family start, professionals start, family end, professionals end: each the mean on the side's first or last day. */
    private static Double[] scaling(List<Scaling> scalings, Map<String, Boolean> family) {
        Map<LocalDate, double[]> familyDays = new TreeMap<>();
        Map<LocalDate, double[]> professionalDays = new TreeMap<>();
        for (Scaling s : scalings) {
            Boolean isFamily = family.get(s.by());
            if (isFamily == null) {
                continue;
            }
            double[] sum = (isFamily ? familyDays : professionalDays).computeIfAbsent(s.date(), d -> new double[2]);
            sum[0] += s.score();
            sum[1]++;
        }
        return new Double[] {first(familyDays), first(professionalDays), last(familyDays), last(professionalDays)};
    }

    private static Double first(Map<LocalDate, double[]> days) {
        return days.isEmpty() ? null : mean(days.values().iterator().next());
    }

    private static Double last(Map<LocalDate, double[]> days) {
        double[] last = null;
        for (double[] v : days.values()) {
            last = v;
        }
        return last == null ? null : mean(last);
    }

    private static double mean(double[] sum) {
        return sum[0] / sum[1];
    }
}
