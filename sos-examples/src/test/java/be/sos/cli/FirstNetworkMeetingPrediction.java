package be.sos.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What moving the first network meeting's window from day 14-15 to day 14-16 must change, counted
 * straight from the case files: the petition date, the dates of the first network meetings and the
 * closure, and the status table of docs/policy.md §5 (done, done late, due, upcoming, overdue, not
 * applicable once closed before the window's end), written out here without the engine. Calendar
 * days.
 */
final class FirstNetworkMeetingPrediction {
    /** A change of status of the first network meeting: how many cases and days, and the first cases in input order. */
    static final class Count {
        int cases;
        long days;
        final List<String> examples = new ArrayList<>();

        void add(String id, long days) {
            cases++;
            this.days += days;
            if (examples.size() < 3) {
                examples.add(id);
            }
        }
    }

    /** Status changes, keyed "FROM->TO". */
    final Map<String, Count> statuses = new TreeMap<>();
    /** Findings that come (+CODE) or go (-CODE), about FIRST_NETWORK_MEETING. */
    final Map<String, Count> findings = new TreeMap<>();
    int cases;
    int changed;
    long evaluations;

    private FirstNetworkMeetingPrediction() {}

    /** On one day ({@code today}), or on every day of each case's procedure ({@code today} null). */
    static FirstNetworkMeetingPrediction of(Path jsonl, LocalDate today) throws IOException {
        FirstNetworkMeetingPrediction p = new FirstNetworkMeetingPrediction();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            p.add(json.readTree(line), today);
        }
        return p;
    }

    private void add(JsonNode file, LocalDate today) {
        cases++;
        String id = file.get("id").asText();
        LocalDate petition = LocalDate.parse(file.get("petitionDate").asText());
        LocalDate meeting = null;
        for (JsonNode event : file.path("events")) {
            if (event.get("type").asText().equals("FIRST_NETWORK_MEETING")) {
                LocalDate date = LocalDate.parse(event.get("date").asText());
                meeting = meeting == null || date.isBefore(meeting) ? date : meeting;
            }
        }
        JsonNode closure = file.get("closure");
        LocalDate closedOn = closure == null || closure.isNull() ? null : LocalDate.parse(closure.get("date").asText());
        boolean ordinary = closedOn != null && closure.get("path").asText().equals("ORDINARY_PROCEDURE");

        List<LocalDate> days = new ArrayList<>();
        if (today != null) {
            days.add(today);
        } else {
            // Day 1 to the latest of day 60 (the HD end), the closure and day 75 (the BMO) when the
            // case reaches the ordinary procedure: still open on day 61, or closed to it.
            LocalDate last = petition.plusDays(59);
            if (closedOn != null && closedOn.isAfter(last)) {
                last = closedOn;
            }
            if (closedOn == null || closedOn.isAfter(petition.plusDays(60)) || ordinary) {
                last = last.isAfter(petition.plusDays(74)) ? last : petition.plusDays(74);
            }
            for (LocalDate d = petition; !d.isAfter(last); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        Map<String, Long> statusDays = new TreeMap<>();
        Map<String, Long> findingDays = new TreeMap<>();
        for (LocalDate day : days) {
            evaluations++;
            LocalDate done = meeting != null && !meeting.isAfter(day) ? meeting : null;
            LocalDate closed = closedOn != null && !closedOn.isAfter(day) ? closedOn : null;
            String before = status(day, petition.plusDays(13), petition.plusDays(14), done, closed);
            String after = status(day, petition.plusDays(13), petition.plusDays(15), done, closed);
            if (!before.equals(after)) {
                statusDays.merge(before + "->" + after, 1L, Long::sum);
                String gone = finding(before);
                String come = finding(after);
                if (gone != null) {
                    findingDays.merge("-" + gone, 1L, Long::sum);
                }
                if (come != null) {
                    findingDays.merge("+" + come, 1L, Long::sum);
                }
            }
        }
        statusDays.forEach((key, n) -> statuses.computeIfAbsent(key, k -> new Count()).add(id, n));
        findingDays.forEach((key, n) -> findings.computeIfAbsent(key, k -> new Count()).add(id, n));
        if (!statusDays.isEmpty()) {
            changed++;
        }
    }

    /** The status table of docs/policy.md §5 for one window. */
    private static String status(LocalDate today, LocalDate from, LocalDate to, LocalDate done, LocalDate closed) {
        if (done != null) {
            return done.isAfter(to) ? "DONE_LATE" : "DONE";
        }
        if (closed != null && !closed.isAfter(to)) {
            return "NOT_APPLICABLE";
        }
        if (today.isBefore(from)) {
            return "UPCOMING";
        }
        return today.isAfter(to) ? "OVERDUE" : "DUE";
    }

    private static String finding(String status) {
        return switch (status) {
            case "DONE_LATE" -> "DEADLINE_LATE";
            case "DUE" -> "DEADLINE_DUE";
            case "OVERDUE" -> "DEADLINE_OVERDUE";
            default -> null;
        };
    }
}
