package be.sos.views;

import be.sos.core.model.ClosurePath;
import be.sos.core.model.ExtensionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The overview as one HTML page: per scope, a chart and a table for each figure. */
final class OverviewPage {
    private final Texts t;
    private final int minCell;
    private final Html page;

    private OverviewPage(Texts t, int minCell, Html page) {
        this.t = t;
        this.minCell = minCell;
        this.page = page;
    }

    static String html(Overview o, int minCell, Texts t) {
        Html page = new Html(t.language(), t.get("ov.title"));
        OverviewPage p = new OverviewPage(t, minCell, page);
        String period = t.format("ov.period", "from", o.from() == null ? "…" : t.date(o.from()),
                "to", o.to() == null ? "…" : t.date(o.to()), "today", t.date(o.today()));
        page.raw("<header>\n").el("h1", null, t.get("ov.title") + (o.office() == null ? "" : " " + o.office()))
                .el("p", "class=\"as-of\"", period).raw("</header>\n");
        page.el("p", "class=\"muted\"", t.get("ov.explain")
                + (minCell > 1 ? " " + t.format("ov.minCellNote", "n", minCell) : ""));
        for (Map.Entry<String, Figures> scope : o.scopes().entrySet()) {
            String name = scope.getKey().equals(Overview.OVERALL) ? t.get("ov.overall") : t.format("ov.office", "office", scope.getKey());
            p.scope(scope.getKey().equals(Overview.OVERALL) ? "overall" : "office-" + scope.getKey().toLowerCase(java.util.Locale.ROOT),
                    name, scope.getValue());
        }
        return page.end(t.format("ov.footer", "date", t.date(o.today())));
    }

    private String count(int n) {
        return minCell > 1 && n < minCell ? "< " + minCell : Integer.toString(n);
    }

    private boolean hidden(int basis) {
        return minCell > 1 && basis < minCell;
    }

    private String value(Double v, int basis) {
        return v == null || hidden(basis) ? "–" : t.decimal(OverviewFormats.round(v).doubleValue());
    }

    private String percent(Double v, int basis) {
        return v == null || hidden(basis) ? "–" : t.decimal(OverviewFormats.round(v).doubleValue()) + " %";
    }

    private Charts.Bar bar(String label, int n, String cls) {
        return new Charts.Bar(label, n, count(n), cls, hidden(n));
    }

    private void scope(String id, String name, Figures f) {
        page.raw("<section class=\"scope\" id=\"" + id + "\" aria-labelledby=\"h-" + id + "\">\n").el("h2", "id=\"h-" + id + "\"", name);

        List<Charts.Bar> selection = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        selection.add(bar(t.get("ov.started"), f.started(), "total"));
        selection.add(bar(t.get("ov.selected"), f.selected(), "on-time"));
        selection.add(bar(t.get("ov.notSelected"), f.notSelected(), "late"));
        rows.add(List.of(t.get("ov.started"), count(f.started())));
        rows.add(List.of(t.get("ov.selected"), count(f.selected())));
        rows.add(List.of(t.get("ov.notSelected"), count(f.notSelected())));
        for (Map.Entry<String, Integer> e : f.blockers().entrySet()) {
            selection.add(bar(e.getKey(), e.getValue(), "missed-plain"));
            rows.add(List.of(t.format("ov.blockedBy", "code", e.getKey()), count(e.getValue())));
        }
        figure(id + "-selection", t.get("ov.hSelection"), t.get("ov.dSelection"),
                Charts.bars(id + "-selection-chart", t.get("ov.hSelection"), t.get("ov.dSelection"), selection, max(selection)),
                List.of(t.get("ov.colFigure"), t.get("ov.colCases")), rows);

        List<Charts.Bar> closure = new ArrayList<>();
        rows = new ArrayList<>();
        closure.add(bar(t.get("ov.open"), f.open(), "pending"));
        rows.add(List.of(t.get("ov.open"), count(f.open())));
        rows.add(List.of(t.get("ov.closed"), count(f.closed())));
        for (Map.Entry<ClosurePath, Integer> e : f.closedBy().entrySet()) {
            closure.add(bar(t.of("path", e.getKey()), e.getValue(), "total"));
            rows.add(List.of(t.of("path", e.getKey()), count(e.getValue())));
        }
        figure(id + "-closure", t.get("ov.hClosure"), t.get("ov.dClosure"),
                Charts.bars(id + "-closure-chart", t.get("ov.hClosure"), t.get("ov.dClosure"), closure, max(closure)),
                List.of(t.get("ov.colFigure"), t.get("ov.colCases")), rows);

        List<Charts.Stack> stacks = new ArrayList<>();
        rows = new ArrayList<>();
        for (MilestoneFigures m : f.milestones()) {
            String label = t.subject(m.milestone().name());
            if (m.settled() == 0 || hidden(m.settled())) {
                stacks.add(new Charts.Stack(label, List.of(), m.settled() == 0 ? "–" : count(m.settled())));
            } else {
                stacks.add(new Charts.Stack(label, List.of(new Charts.Segment("on-time", m.shareOnTime()),
                        new Charts.Segment("late", m.shareLate()), new Charts.Segment("missed", m.shareMissed())),
                        percent(m.shareOnTime(), m.settled())));
            }
            rows.add(List.of(label, count(m.settled()), percent(m.shareOnTime(), m.settled()), percent(m.shareLate(), m.settled()),
                    percent(m.shareMissed(), m.settled()), value(m.medianDelay(), m.late()), count(m.pending())));
        }
        figure(id + "-milestones", t.get("ov.hMilestones"), t.get("ov.dMilestones"),
                Charts.stacked(id + "-milestones-chart", t.get("ov.hMilestones"), t.get("ov.dMilestones"), stacks),
                List.of(t.get("ov.colMilestone"), t.get("ov.colSettled"), t.get("ov.colOnTime"), t.get("ov.colLate"),
                        t.get("ov.colMissed"), t.get("ov.colMedianDelay"), t.get("ov.colPending")), rows);

        ExtensionFigures x = f.extensions();
        List<Charts.Bar> ext = new ArrayList<>();
        rows = new ArrayList<>();
        ext.add(bar(t.get("ov.extRequested"), x.requested(), "total"));
        ext.add(bar(t.get("ov.extAllowed"), x.allowed(), "on-time"));
        rows.add(List.of(t.get("ov.extRequested"), count(x.requested()), ""));
        rows.add(List.of(t.get("ov.extAllowed"), "", count(x.allowed())));
        for (ExtensionReason r : ExtensionReason.values()) {
            int asked = x.reasonsRequested().getOrDefault(r, 0);
            int allowed = x.reasonsAllowed().getOrDefault(r, 0);
            ext.add(bar(t.subject(r.name()), asked, "pending"));
            rows.add(List.of(t.subject(r.name()), count(asked), count(allowed)));
        }
        figure(id + "-extension", t.get("ov.hExtension"), t.get("ov.dExtension"),
                Charts.bars(id + "-extension-chart", t.get("ov.hExtension"), t.get("ov.dExtension"), ext, max(ext)),
                List.of(t.get("ov.colFigure"), t.get("ov.colRequested"), t.get("ov.colAllowed")), rows);

        distribution(id + "-weeks", "Weeks", f.weeksInModule());
        distribution(id + "-minutes", "Minutes", f.minutesPerWeek());
        distribution(id + "-network", "Network", f.networkAdults());

        ScalingFigures s = f.scaling();
        List<Charts.Bar> scaling = List.of(
                mean(t.get("ov.familyStart"), s.familyStart(), "family"),
                mean(t.get("ov.professionalsStart"), s.professionalsStart(), "professionals"),
                mean(t.get("ov.familyEnd"), s.familyEnd(), "family"),
                mean(t.get("ov.professionalsEnd"), s.professionalsEnd(), "professionals"));
        rows = new ArrayList<>();
        rows.add(List.of(t.get("ov.atStart"), value(s.familyStart().mean(), s.familyStart().n()),
                value(s.professionalsStart().mean(), s.professionalsStart().n()), count(s.familyStart().n())));
        rows.add(List.of(t.get("ov.atEnd"), value(s.familyEnd().mean(), s.familyEnd().n()),
                value(s.professionalsEnd().mean(), s.professionalsEnd().n()), count(s.familyEnd().n())));
        figure(id + "-scaling", t.get("ov.hScaling"), t.get("ov.dScaling"),
                Charts.bars(id + "-scaling-chart", t.get("ov.hScaling"), t.get("ov.dScaling"), scaling, 10, false),
                List.of("", t.get("ov.colFamily"), t.get("ov.colProfessionals"), t.get("ov.colCases")), rows);

        List<Charts.Bar> exit = new ArrayList<>();
        rows = new ArrayList<>();
        for (ExitFigures e : f.exit()) {
            String label = t.of("respondent", e.respondent());
            exit.add(mean(label, e.grade(), "total"));
            rows.add(List.of(label, count(e.answers()), value(e.grade().mean(), e.grade().n()),
                    value(e.result().mean(), e.result().n()), value(e.process().mean(), e.process().n())));
        }
        figure(id + "-exit", t.get("ov.hExit"), t.get("ov.dExit"),
                Charts.bars(id + "-exit-chart", t.get("ov.hExit"), t.get("ov.dExit"), exit, 10, false),
                List.of(t.get("ov.colRespondent"), t.get("ov.colAnswers"), t.get("ov.colGrade"), t.get("ov.colResult"),
                        t.get("ov.colProcess")), rows);

        page.raw("<section class=\"figure\" id=\"" + id + "-minors\">\n").el("h3", null, t.get("ov.hMinors"))
                .el("p", "class=\"muted\"", t.get("ov.dMinors"));
        page.table(null, List.of(t.get("ov.colFigure"), t.get("ov.colNumber")), List.of(
                List.of(t.get("ov.minorsTurning18"), count(f.minorsTurning18())),
                List.of(t.get("ov.casesWithMinorTurning18"), count(f.casesWithMinorTurning18()))));
        page.raw("</section>\n</section>\n");
    }

    private Charts.Bar mean(String label, Mean m, String cls) {
        boolean hide = m.mean() == null || hidden(m.n());
        return new Charts.Bar(label, hide ? 0 : m.mean(), value(m.mean(), m.n()), cls, hide);
    }

    private void distribution(String id, String name, Distribution d) {
        List<Charts.Bar> bins = new ArrayList<>();
        for (Distribution.Bin bin : d.bins()) {
            bins.add(bar(bin.label(), bin.count(), "total"));
        }
        List<List<String>> rows = List.of(
                List.of(t.get("ov.colCases"), count(d.n())),
                List.of(t.get("ov.min"), value(d.min(), d.n())),
                List.of(t.get("ov.median"), value(d.median(), d.n())),
                List.of(t.get("ov.mean"), value(d.mean(), d.n())),
                List.of(t.get("ov.max"), value(d.max(), d.n())));
        figure(id, t.get("ov.h" + name), t.get("ov.d" + name),
                Charts.bars(id + "-chart", t.get("ov.h" + name), t.get("ov.d" + name), bins, max(bins)),
                List.of(t.get("ov.colFigure"), t.get("ov.colValue")), rows);
    }

    private void figure(String id, String heading, String description, String svg, List<String> header, List<List<String>> rows) {
        boolean wide = header.size() > 4;
        page.raw("<section class=\"figure\" id=\"" + id + "\">\n").el("h3", null, heading).el("p", "class=\"muted\"", description)
                .raw(wide ? "<div class=\"chart-table wide\">\n<figure>\n" : "<div class=\"chart-table\">\n<figure>\n").raw(svg).raw("</figure>\n")
                .table(null, header, rows).raw("</div>\n</section>\n");
    }

    private static double max(List<Charts.Bar> bars) {
        double max = 0;
        for (Charts.Bar b : bars) {
            if (!b.hidden()) {
                max = Math.max(max, b.value());
            }
        }
        return max;
    }
}
