package be.sos.views;

import be.sos.core.model.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The work list as text, CSV, JSON and an HTML page. */
final class WorklistFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WorklistFormats() {}

    static String text(Worklist list, Grouping by, Texts t) {
        StringBuilder out = new StringBuilder();
        out.append(heading(list, t)).append('\n');
        List<WorkGroup> groups = list.groups(by);
        if (groups.isEmpty()) {
            out.append('\n').append(t.get("wl.nothing")).append('\n');
        }
        for (WorkGroup group : groups) {
            out.append('\n').append("== ").append(group.label()).append(" (").append(group.items().size()).append(") ==\n");
            for (WorkItem item : group.items()) {
                out.append(String.format(java.util.Locale.ROOT, "%-16s %-10s %-24s %s%n", t.of("kind", item.kind()),
                        item.lastDay() == null ? "" : item.lastDay().toString(), item.caseId(), item.text()))
                        .append(String.format(java.util.Locale.ROOT, "%-16s %-10s %-24s %s: %s%n", "", "", "", t.get("wl.who"), who(item, t)));
            }
        }
        return out.toString();
    }

    private static String heading(Worklist list, Texts t) {
        return heading(list, t, list.today().toString(), list.until().toString());
    }

    private static String heading(Worklist list, Texts t, String today, String until) {
        long cases = list.items().stream().map(WorkItem::caseId).distinct().count();
        return t.format("wl.heading", "date", today, "until", until, "items", list.items().size(),
                "cases", cases, "open", list.evaluations().size());
    }

    static String who(WorkItem item, Texts t) {
        return item.who().stream().map(a -> t.of("actor", a)).collect(Collectors.joining(", "));
    }

    static String csv(Worklist list, Grouping by) {
        StringBuilder out = new StringBuilder("group,caseId,office,kind,code,subject,firstDay,lastDay,who,text\r\n");
        for (WorkGroup group : list.groups(by)) {
            for (WorkItem item : group.items()) {
                out.append(String.join(",", List.of(cell(group.key()), cell(item.caseId()), cell(item.office()), item.kind().name(),
                        cell(item.code()), cell(item.subject()), day(item.firstDay()), day(item.lastDay()),
                        cell(item.who().stream().map(Actor::name).collect(Collectors.joining(" "))), cell(item.text()))))
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading formula character is defused. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String json(Worklist list, Grouping by) {
        ObjectNode root = JSON.createObjectNode();
        root.put("today", list.today().toString());
        root.put("until", list.until().toString());
        root.put("openCases", list.evaluations().size());
        root.put("by", by.name());
        ArrayNode groups = root.putArray("groups");
        for (WorkGroup group : list.groups(by)) {
            ObjectNode g = groups.addObject();
            g.put("group", group.key());
            g.put("label", group.label());
            ArrayNode items = g.putArray("items");
            for (WorkItem item : group.items()) {
                ObjectNode i = items.addObject();
                i.put("caseId", item.caseId());
                i.put("office", item.office());
                i.put("kind", item.kind().name());
                i.put("code", item.code());
                i.put("subject", item.subject());
                i.put("firstDay", item.firstDay() == null ? null : item.firstDay().toString());
                i.put("lastDay", item.lastDay() == null ? null : item.lastDay().toString());
                ArrayNode who = i.putArray("who");
                item.who().forEach(a -> who.add(a.name()));
                i.put("text", item.text());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the work list as JSON", e);
        }
    }

    static String html(Worklist list, Grouping by, Texts t) {
        Html page = new Html(t.language(), t.get("wl.title") + " " + list.today());
        page.raw("<header>\n").el("h1", null, t.get("wl.title"))
                .el("p", "class=\"as-of\"", heading(list, t, t.date(list.today()), t.date(list.until()))).raw("</header>\n");
        page.raw("<section id=\"summary\">\n").el("h2", null, t.get("wl.summary")).raw("<dl class=\"facts\">\n");
        for (WorkKind kind : WorkKind.values()) {
            long n = list.items().stream().filter(i -> i.kind() == kind).count();
            page.raw("<div class=\"fact" + (n > 0 && (kind == WorkKind.OVERDUE || kind == WorkKind.BLOCKER) ? " bad" : "") + "\"><dt>")
                    .text(t.of("kind", kind)).raw("</dt><dd>").text(Long.toString(n)).raw("</dd></div>\n");
        }
        page.raw("</dl>\n<p class=\"muted\">").text(t.get("wl.explain")).raw("</p>\n</section>\n");
        List<WorkGroup> groups = list.groups(by);
        if (groups.isEmpty()) {
            page.el("p", null, t.get("wl.nothing"));
        }
        int n = 0;
        for (WorkGroup group : groups) {
            n++;
            page.raw("<section class=\"work-group\" id=\"group-" + n + "\" aria-labelledby=\"h-group-" + n + "\">\n")
                    .el("h2", "id=\"h-group-" + n + "\"", group.label() + " (" + group.items().size() + ")");
            page.raw("<table class=\"worklist\">\n<thead><tr>");
            for (String col : List.of("wl.colKind", "wl.colLastDay", "wl.colCase", "wl.colWhat", "wl.colWho")) {
                page.el("th", "scope=\"col\"", t.get(col));
            }
            page.raw("</tr></thead>\n<tbody>\n");
            for (WorkItem item : group.items()) {
                String cls = item.kind().name().toLowerCase(java.util.Locale.ROOT);
                page.raw("<tr class=\"work-item\" data-kind=\"" + cls + "\"><td><span class=\"tag " + cls + "\">")
                        .text(t.of("kind", item.kind())).raw("</span></td><td class=\"nowrap\">").text(t.date(item.lastDay()))
                        .raw("</td><td class=\"id\">").text(item.caseId()).raw("</td><td>").text(item.text())
                        .raw("</td><td>").text(who(item, t)).raw("</td></tr>\n");
            }
            page.raw("</tbody>\n</table>\n</section>\n");
        }
        return page.end(t.format("wl.footer", "date", t.date(list.today())));
    }
}
