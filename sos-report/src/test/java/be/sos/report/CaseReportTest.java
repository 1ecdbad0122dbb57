package be.sos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.Commitment;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Relation;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.rules.Eligibility;
import be.sos.rules.Evaluation;
import be.sos.rules.EvaluationClocks;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.ExtensionSummary;
import be.sos.rules.Finding;
import be.sos.rules.MilestoneStatus;
import be.sos.rules.ScheduleRow;
import be.sos.rules.Severity;
import be.sos.rules.SosEngine;
import be.sos.testkit.PilotCases;
import be.sos.testkit.Variations;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML case report, read back with an HTML parser as a browser would read it. */
class CaseReportTest {
    private static final SosEngine ENGINE = SosEngine.bundled();
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final String HOSTILE = "<script>alert(1)</script>";

    private static Evaluation evaluate(Case c, LocalDate today, Locale locale) {
        return ENGINE.evaluate(c, today, EvaluationOptions.DEFAULT.withLocale(locale));
    }

    private static Document page(Case c, LocalDate today, Locale locale) {
        return Jsoup.parse(CaseReport.html(c, evaluate(c, today, locale), locale));
    }

    private static Document page(Case c, Evaluation evaluation, Locale locale) {
        return Jsoup.parse(CaseReport.html(c, evaluation, locale));
    }

    /** Gent still open on day 66: late, overdue and not yet due milestones, and findings. */
    private static Case gentLateAndOpen() {
        Case c = Variations.open(PilotCases.gent());
        c = Variations.without(c, EventType.INTERIM_EVALUATION);
        c = Variations.without(c, EventType.JUDGE_DECISION);
        return Variations.doneOn(c, EventType.FIRST_NETWORK_MEETING, LocalDate.parse("2019-02-01"));
    }

    private static final LocalDate GENT_DAY_66 = LocalDate.parse("2019-03-20");

    @Test
    void every_milestone_finding_and_network_member_appears() {
        Case c = gentLateAndOpen();
        Evaluation evaluation = evaluate(c, GENT_DAY_66, NL);
        Document doc = page(c, evaluation, NL);

        Elements milestones = doc.select("table.schedule tbody tr.milestone");
        assertThat(milestones).hasSize(evaluation.schedule().size()).hasSize(19);
        assertThat(milestones.get(0).selectFirst("th").text()).isEqualTo("Beoordeling of crisisbegeleiding past");
        assertThat(doc.select("#timeline svg g.tl-row")).hasSize(19);
        for (ScheduleRow row : evaluation.schedule()) {
            String name = Labels.of(NL).of("milestone", row.milestone());
            assertThat(doc.select("table.schedule th:containsOwn(" + name + ")")).as(name).hasSize(1);
        }

        assertThat(evaluation.findings()).isNotEmpty();
        Elements findings = doc.select("table.findings tbody tr.finding");
        assertThat(findings).hasSize(evaluation.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = evaluation.findings().get(i);
            Element row = findings.get(i);
            assertThat(row.selectFirst("th").text()).isEqualTo(f.code());
            assertThat(row.text()).contains(f.message(), f.source(), f.ruleId());
        }
        assertThat(doc.select("table.findings").text()).contains("DEADLINE_OVERDUE", "INTERIM_EVALUATION",
                "DEADLINE_LATE", "FIRST_NETWORK_MEETING", "HD_ENDED_ORDINARY_PROCEDURE", "waarschuwing");

        List<String> members = doc.select("table.network-members tbody th").eachText();
        assertThat(members).containsExactly("tante-an", "trainer-k", "clb-m");
        assertThat(doc.select("table.plan-commitments tbody th").eachText()).containsExactly("tante-an", "mama", "papa", "trainer-k");
        assertThat(doc.select("table.trusted tbody tr").text()).isEqualTo("J tante-an");
        assertThat(doc.select("table.people tbody th").eachText())
                .containsExactly("J", "mama", "papa", "cons-gent", "cb-cocon-1", "jr-gent", "tv-gent");
    }

    @Test
    void the_timeline_tells_done_on_time_from_late_by_shape_and_marks_overdue_windows() {
        Case c = gentLateAndOpen();
        Evaluation evaluation = evaluate(c, GENT_DAY_66, NL);
        Document doc = page(c, evaluation, NL);
        long done = evaluation.schedule().stream().filter(r -> r.status() == MilestoneStatus.DONE).count();
        long late = evaluation.schedule().stream().filter(r -> r.status() == MilestoneStatus.DONE_LATE).count();
        long overdue = evaluation.schedule().stream().filter(r -> r.status() == MilestoneStatus.OVERDUE).count();
        assertThat(done).isEqualTo(14);
        assertThat(late).isEqualTo(1);
        assertThat(overdue).isEqualTo(2);

        assertThat(doc.select("#timeline svg[role=img] circle.mark.on-time")).hasSize((int) done);
        assertThat(doc.select("#timeline svg[role=img] polygon.mark.late")).hasSize((int) late);
        assertThat(doc.select("#timeline svg[role=img] rect.band.overdue")).hasSize((int) overdue);
        Element firstMeeting = doc.select("#timeline g.tl-row").get(11);
        assertThat(firstMeeting.select("text.tl-label").text()).isEqualTo("Eerste netwerkoverleg");
        assertThat(firstMeeting.select("text.tl-status").text()).isEqualTo("te laat");
        assertThat(firstMeeting.select("polygon.mark.late")).hasSize(1);
        assertThat(firstMeeting.select("circle")).isEmpty();
        Element interim = doc.select("#timeline g.tl-row").get(13);
        assertThat(interim.select("text.tl-status").text()).isEqualTo("achterstallig");
        assertThat(interim.select("title").text()).contains("Tussentijdse evaluatie", "achterstallig", "2019-02-10");

        assertThat(doc.select("table.schedule tr.milestone[data-status=overdue] .tag").eachText()).containsOnly("achterstallig");
        assertThat(doc.select(".needs-to-happen ul.to-do li").eachText())
                .containsExactly("achterstallig Tussentijdse evaluatie, was uiterlijk 2019-02-10",
                        "achterstallig Beslissing van de jeugdrechter, was uiterlijk 2019-02-24");
    }

    @Test
    void the_timeline_runs_to_day_60_and_to_day_75_once_the_case_moved_to_the_ordinary_procedure() {
        Case gent = PilotCases.gent();
        Document closed = page(gent, LocalDate.parse("2019-02-26"), NL);
        assertThat(closed.select("#timeline .tl-ticks text").last().text()).isEqualTo("60");
        assertThat(lineKinds(closed)).containsExactly("today", "module-end", "hd-end");
        assertThat(closed.select("#timeline text.line-today").text()).isEqualTo("vandaag · dag 44");

        Evaluation open = evaluate(gentLateAndOpen(), GENT_DAY_66, NL);
        assertThat(open.clocks().bmoDue()).isNotNull();
        Document moved = page(gentLateAndOpen(), open, NL);
        assertThat(moved.select("#timeline .tl-ticks text").eachText()).endsWith("56", "60", "65", "70", "75");
        assertThat(lineKinds(moved)).containsExactly("today", "module-end", "hd-end", "bmo");
        assertThat(moved.select("#timeline text.line-bmo").text()).isEqualTo("BMO · dag 75");
        assertThat(moved.select("#summary").text()).contains("BMO", "2019-03-29 (dag 75)");
    }

    @Test
    void an_extension_draws_its_end_and_is_named_with_its_reasons() {
        Case c = Variations.open(PilotCases.gent());
        Evaluation base = evaluate(c, LocalDate.parse("2019-02-20"), EN);
        EvaluationClocks clocks = base.clocks();
        LocalDate extendedEnd = clocks.moduleStart().plusDays(55);
        Evaluation extended = new Evaluation(base.caseId(), base.today(), base.day(), base.rules(), base.calendar(),
                new EvaluationClocks(clocks.petition(), clocks.moduleStart(), clocks.moduleEnd(), extendedEnd, clocks.hdEnd(), null),
                base.eligibility(), base.schedule(),
                new ExtensionSummary(true, true, List.of(ExtensionReason.TRANSITION_TO_VOLUNTARY_CARE)),
                base.metrics(), base.findings());
        Document doc = page(c, extended, EN);
        assertThat(lineKinds(doc)).containsExactly("today", "module-end", "extended-end", "hd-end");
        assertThat(doc.select("#timeline text.line-extended-end").text()).isEqualTo("extended end · day 58");
        assertThat(doc.select("#selection .extension").text()).isEqualTo("allowed, until 2019-03-12");
        assertThat(doc.select("#selection").text()).contains("Reasons: transition to voluntary care");
        assertThat(doc.select("#summary").text()).contains("Extended end", "2019-03-12 (day 58)");
    }

    @Test
    void the_eligibility_verdict_names_its_blockers() {
        Case c = PilotCases.dendermonde();
        Evaluation base = evaluate(c, LocalDate.parse("2019-10-06"), EN);
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(0, new Finding("SEL_NO_JUDGE_FIAT", null, Severity.BLOCKER, "SEL-02", "§3 Criteria",
                "The judge gave no fiat to work towards home with a safety plan."));
        Evaluation blocked = new Evaluation(base.caseId(), base.today(), base.day(), base.rules(), base.calendar(),
                base.clocks(), new Eligibility(false, List.of("SEL_NO_JUDGE_FIAT")), base.schedule(),
                new ExtensionSummary(true, false, List.of()), base.metrics(), findings);
        Document doc = page(c, blocked, EN);
        assertThat(doc.select("#selection .eligibility").text()).isEqualTo("not eligible");
        assertThat(doc.select("#selection ul.blockers li").eachText())
                .containsExactly("SEL_NO_JUDGE_FIAT: The judge gave no fiat to work towards home with a safety plan. (§3 Criteria)");
        assertThat(doc.select("#selection .extension").text()).isEqualTo("requested, not allowed");
        assertThat(doc.select("#summary").text()).contains("not eligible: SEL_NO_JUDGE_FIAT");
        assertThat(doc.select("table.findings tr.finding").first().select(".tag").text()).isEqualTo("blocker");
        assertThat(doc.select(".needs-to-happen ul.warnings").text()).contains("blocker The judge gave no fiat");
    }

    @Test
    void free_text_from_the_case_file_comes_out_as_text_never_as_markup() {
        String attribute = "\" onmouseover=\"alert(2)";
        String image = "<img src=x onerror=alert(3)>";
        Case pilot = PilotCases.gent();
        SafetyPlan latest = pilot.latestPlan().orElseThrow();
        List<Commitment> commitments = new ArrayList<>(latest.commitments());
        commitments.set(0, new Commitment("tante-an", HOSTILE, attribute));
        // ids are letters, digits, '.', '_' and '-' only (the model refuses markup in them); free text may hold anything
        commitments.add(new Commitment("evil-1", image, HOSTILE));
        List<NetworkMember> network = new ArrayList<>(pilot.network());
        network.add(new NetworkMember("evil-1", Relation.OTHER, NetworkKind.INFORMAL, true, List.of("J")));
        List<BottomLine> lines = new ArrayList<>(pilot.bottomLines());
        lines.set(0, new BottomLine("BL1", HOSTILE, BottomLineType.ASSESSED, null, null, BottomLineStatus.OPEN));
        lines.add(new BottomLine("BL9", image, BottomLineType.MIN_NETWORK_ADULTS, 2, null, BottomLineStatus.OPEN));
        List<SafetyGoal> goals = new ArrayList<>(pilot.safetyGoals());
        goals.set(0, new SafetyGoal("G1", HOSTILE, List.of("BL1"), GoalStatus.OPEN));
        Case c = pilot.toBuilder()
                .dangerStatement(HOSTILE)
                .bottomLines(lines)
                .safetyGoals(goals)
                .network(network)
                .clearSafetyPlans()
                .safetyPlan(new SafetyPlan(1, latest.date(), List.of("mama", "evil-1"), image, commitments))
                .event(new Event(EventType.OTHER, LocalDate.parse("2019-02-02"), null, HOSTILE))
                .build();
        String html = CaseReport.html(c, evaluate(c, LocalDate.parse("2019-03-20"), NL), NL);
        Document doc = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script", "<img");
        assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute a : element.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(doc.selectFirst("blockquote.danger-statement").text()).isEqualTo(HOSTILE);
        assertThat(doc.select(".bottom-lines li").first().select(".free").text()).isEqualTo(HOSTILE);
        assertThat(doc.select(".bottom-lines li").last().select(".free").text()).isEqualTo(image);
        assertThat(doc.select(".commitments li").first().select(".free").text()).isEqualTo(HOSTILE);
        assertThat(doc.select(".commitments li").first().select(".muted").text()).isEqualTo("(" + attribute + ")");
        assertThat(doc.select("table.plan-commitments tbody tr").last().select("td.free").eachText()).containsExactly(image, HOSTILE);
        assertThat(doc.select(".needs-to-happen .goal .free").first().text()).isEqualTo(HOSTILE);
        assertThat(doc.selectFirst(".good-enough").text()).isEqualTo(image);
        assertThat(doc.select("ul.events").text()).contains(HOSTILE);
        assertThat(doc.select("table.network-members tbody th").last().text()).isEqualTo("evil-1");
        assertThat(doc.select(".signatures li").eachText()).containsExactly("mama", "evil-1");
    }

    @Test
    void control_characters_in_free_text_never_reach_the_page() {
        String text = "voor\u001b[2J\u0007na\u0000\u007f\u0085";
        Case c = PilotCases.gent().toBuilder().dangerStatement(text).build();
        String html = CaseReport.html(c, evaluate(c, LocalDate.parse("2019-02-26"), NL), NL);
        assertThat(html.chars().filter(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t'))
                .as("control characters on the page").isEmpty();
        assertThat(Jsoup.parse(html).selectFirst("blockquote.danger-statement").text())
                .isEqualTo("voor\uFFFD[2J\uFFFDna\uFFFD\uFFFD\uFFFD");
    }

    @Test
    void character_references_in_the_case_file_are_shown_as_typed() {
        String typed = "A &lt;b&gt; &amp; B &#60;i&#62; & C";
        Case c = PilotCases.gent().toBuilder().dangerStatement(typed).build();
        Document doc = page(c, LocalDate.parse("2019-02-26"), NL);
        assertThat(doc.selectFirst("blockquote.danger-statement").text()).isEqualTo(typed);
        assertThat(doc.select("b, i")).isEmpty();
    }

    @Test
    void headings_come_in_order_under_one_h1() {
        for (Locale locale : List.of(NL, EN)) {
            Document doc = page(gentLateAndOpen(), GENT_DAY_66, locale);
            Elements headings = doc.select("h1, h2, h3, h4, h5, h6");
            assertThat(headings.first().tagName()).isEqualTo("h1");
            assertThat(doc.select("h1")).hasSize(1);
            int previous = 1;
            for (Element h : headings) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as("%s after h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
                assertThat(h.text()).isNotBlank();
                previous = level;
            }
            assertThat(doc.select("main > section > h2").eachText()).hasSize(7);
        }
    }

    @Test
    void the_page_fetches_nothing_and_links_nowhere_outside_itself() {
        for (Case c : List.of(PilotCases.gent(), PilotCases.dendermonde(), gentLateAndOpen())) {
            Document doc = page(c, GENT_DAY_66, NL);
            assertThat(doc.select("script, link, iframe, img, object, embed, audio, video, source, base, form")).isEmpty();
            for (Element element : doc.getAllElements()) {
                for (Attribute a : element.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.equals("src") || key.equals("href") || key.endsWith(":href") || key.equals("action")
                            || key.equals("srcset") || key.equals("poster") || key.equals("data")) {
                        assertThat(a.getValue()).as("%s of <%s>", key, element.tagName()).startsWith("#");
                    }
                    assertThat(a.getValue().toLowerCase(Locale.ROOT)).doesNotContain("http:", "https:", "//", "javascript:");
                }
            }
            String css = doc.select("style").html();
            assertThat(css).doesNotContain("@import", "@font-face", "http", "//");
            assertThat(css.replace("url(#", "")).doesNotContain("url(");
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        }
    }

    @Test
    void charts_have_text_alternatives_and_tables_with_the_same_data() {
        Document doc = page(gentLateAndOpen(), GENT_DAY_66, NL);
        Elements images = doc.select("svg[role=img]");
        assertThat(images).hasSize(2);
        for (Element svg : images) {
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(doc.getElementById(id)).as(id).isNotNull();
                assertThat(svg.getElementById(id).text()).isNotBlank();
            }
        }
        assertThat(doc.selectFirst("#timeline-desc").text()).startsWith("19 stappen: 14 op tijd, 1 te laat, 0 nu te doen, 2 achterstallig, 1 nog niet aan de beurt, 1 niet van toepassing. Vandaag is dag 66.");
        for (Element svg : doc.select("svg:not([role=img])")) {
            assertThat(svg.attr("aria-hidden")).isEqualTo("true");
        }
        for (Element th : doc.select("th")) {
            assertThat(th.attr("scope")).as(th.text()).isIn("col", "row");
        }
        assertThat(doc.select("table.scaling-table tbody tr")).hasSize(3);
        assertThat(doc.select("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void scaling_tells_the_family_side_from_the_professionals_by_line_style_colour_and_shape() {
        Document doc = page(PilotCases.dendermonde(), LocalDate.parse("2019-11-17"), EN);
        Elements family = doc.select("#scaling svg[role=img] g.sc-series.family");
        Elements professionals = doc.select("#scaling svg[role=img] g.sc-series.professional");
        assertThat(family.select("title").first().text()).isEqualTo("mama (family side)");
        assertThat(family).hasSize(2);
        assertThat(professionals).hasSize(2);
        assertThat(family.select("polyline").eachAttr("class")).containsExactly("sc-line family-0", "sc-line family-1");
        assertThat(family.select("circle.sc-point")).hasSize(6);
        assertThat(family.select("rect")).isEmpty();
        assertThat(professionals.select("polyline").eachAttr("class")).containsExactly("sc-line professional-0", "sc-line professional-1");
        assertThat(professionals.select("rect.sc-point")).hasSize(6);
        assertThat(professionals.select("circle")).isEmpty();
        String css = doc.select("style").html();
        assertThat(css).containsPattern("\\.sc-line\\.professional-0[^{]*\\{ stroke-dasharray");
        assertThat(css).contains(".family-0 { stroke: #d55e00", ".professional-0 { stroke: #0072b2");

        Elements rows = doc.select("table.scaling-table tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(doc.select("table.scaling-table thead th").eachText())
                .containsExactly("Date", "mama family side", "oma family side", "cons-dm professionals", "cb-cocon-2 professionals",
                        "Family side mean", "Professionals mean", "Gap");
        assertThat(rows.get(0).text()).isEqualTo("2019-10-18 6 5 3 4 5.5 3.5 2");
    }

    @Test
    void distinct_adult_informal_members_with_a_commitment_are_counted_against_each_minimum() {
        Case dendermonde = PilotCases.dendermonde();
        Document met = page(dendermonde, LocalDate.parse("2019-11-17"), NL);
        Element line = met.selectFirst("table.network-adults tr.adults-line");
        assertThat(line.select(".count").text()).isEqualTo("3");
        assertThat(line.select(".min").text()).isEqualTo("3");
        assertThat(line.select(".tag").text()).isEqualTo("genoeg");
        assertThat(met.select("#network").text()).contains("(oma, buurvrouw-s, vriendin-l)");

        SafetyPlan plan = dendermonde.latestPlan().orElseThrow();
        List<Commitment> fewer = new ArrayList<>(plan.commitments().subList(1, plan.commitments().size()));
        fewer.add(new Commitment("buurvrouw-s", "ook nog iets", null));
        fewer.add(new Commitment("ocmw-b", "professioneel, telt niet", null));
        Case twoAdults = dendermonde.toBuilder().clearSafetyPlans()
                .safetyPlan(new SafetyPlan(1, plan.date(), plan.signedBy(), plan.goodEnough(), fewer)).build();
        Element tooFew = page(twoAdults, LocalDate.parse("2019-11-17"), NL).selectFirst("table.network-adults tr.adults-line");
        assertThat(tooFew.select(".count").text()).isEqualTo("2");
        assertThat(tooFew.select(".tag").text()).isEqualTo("te weinig");
    }

    @Test
    void both_languages_have_their_own_headings_and_the_same_labels() {
        Document nl = page(PilotCases.dendermonde(), LocalDate.parse("2019-11-17"), NL);
        Document en = page(PilotCases.dendermonde(), LocalDate.parse("2019-11-17"), EN);
        assertThat(nl.select("html").attr("lang")).isEqualTo("nl");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(nl.select("h2").eachText()).containsExactly("Overzicht", "Tijdlijn", "Signs of Safety-kaart", "Het netwerk",
                "Schaalvragen in de tijd", "Bevindingen", "Selectie en verlenging");
        assertThat(en.select("h2").eachText()).containsExactly("Summary", "Timeline", "Signs of Safety map", "The network",
                "Scaling over time", "Findings", "Eligibility and extension");
        assertThat(nl.select(".sos-map h3").eachText()).containsExactly("Waar maken we ons zorgen over?", "Wat gaat goed?", "Wat moet er gebeuren?");
        assertThat(en.select(".sos-map h3").eachText()).containsExactly("What are we worried about?", "What is working well?", "What needs to happen?");
        assertThat(nl.title()).isEqualTo("Casusrapport dendermonde-2019-02");
        assertThat(en.title()).isEqualTo("Case report dendermonde-2019-02");
        assertThat(Labels.of(Locale.FRENCH).language()).isEqualTo("nl");
        assertThat(Labels.of(NL).all().keySet()).isEqualTo(Labels.of(EN).all().keySet());
        assertThat(Labels.of(NL).all().values()).noneMatch(String::isBlank);
    }

    @Test
    void a_case_with_little_in_it_still_gives_a_whole_page() {
        LocalDate petition = LocalDate.parse("2024-03-01");
        Case bare = Case.builder("leeg-1", "GENT", petition).minor(new Minor("K", LocalDate.parse("2015-05-05"))).build();
        Document doc = page(bare, petition.plusDays(2), NL);
        assertThat(doc.select("main > section")).hasSize(7);
        assertThat(doc.select(".worried").text()).contains("Nog geen gevaarboodschap.", "Nog geen bodemeisen.");
        assertThat(doc.select(".working-well").text()).contains("Nog geen engagementen.", "Nog geen veiligheidsplan.");
        assertThat(doc.select("#scaling").text()).contains("Nog geen schaalvragen.");
        assertThat(doc.select("#scaling svg")).isEmpty();
        assertThat(doc.select("#network").text()).contains("Nog niemand in het netwerk.", "K geen");
        assertThat(doc.select("#timeline svg g.tl-row")).hasSize(19);
    }

    @Test
    void a_day_before_the_petition_or_long_after_is_drawn_at_the_edge_with_its_real_number() {
        Case gent = PilotCases.gent();
        Document before = page(gent, LocalDate.parse("2019-01-10"), EN);
        assertThat(before.select("#timeline text.line-today").text()).isEqualTo("← today · day -3");
        assertThat(before.select("#timeline line.line-today").attr("x1")).isEqualTo(String.valueOf((int) Timeline.LEFT));
        Document after = page(gent, LocalDate.parse("2019-06-01"), EN);
        assertThat(after.select("#timeline text.line-today").text()).isEqualTo("today · day 139 →");
    }

    @Test
    void the_same_case_and_evaluation_give_the_same_bytes_as_a_string_or_on_a_writer() throws IOException {
        Case c = gentLateAndOpen();
        Evaluation evaluation = evaluate(c, GENT_DAY_66, EN);
        String html = CaseReport.html(c, evaluation, EN);
        assertThat(CaseReport.html(c, evaluate(c, GENT_DAY_66, EN), EN)).isEqualTo(html);
        StringWriter out = new StringWriter();
        CaseReport.write(c, evaluation, EN, out);
        assertThat(out.toString()).isEqualTo(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
    }

    @Test
    void threads_rendering_at_once_get_the_page_each_would_get_alone() throws Exception {
        List<Case> cases = List.of(PilotCases.gent(), PilotCases.dendermonde(), gentLateAndOpen());
        List<Evaluation> evaluations = List.of(evaluate(cases.get(0), GENT_DAY_66, NL),
                evaluate(cases.get(1), LocalDate.parse("2019-11-17"), EN), evaluate(cases.get(2), GENT_DAY_66, NL));
        List<Locale> locales = List.of(NL, EN, NL);
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            alone.add(CaseReport.html(cases.get(i), evaluations.get(i), locales.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int n = 0; n < 60; n++) {
                int i = n % cases.size();
                results.add(pool.submit(() -> CaseReport.html(cases.get(i), evaluations.get(i), locales.get(i)).equals(alone.get(i))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_evaluation_of_another_case_is_refused_without_naming_either() {
        Evaluation other = evaluate(PilotCases.dendermonde(), LocalDate.parse("2019-11-17"), NL);
        assertThatThrownBy(() -> CaseReport.html(PilotCases.gent(), other, NL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the evaluation is of another case");
    }

    @Test
    void the_templates_never_insert_a_value_unescaped() throws IOException {
        for (String name : List.of("case-report.mustache", "style.mustache")) {
            try (InputStream in = CaseReport.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(template).as(name).doesNotContain("{{{", "{{&", "{{=");
            }
        }
    }

    @Test
    void the_escaper_replaces_every_character_that_could_end_text_or_an_attribute() throws IOException {
        StringWriter out = new StringWriter();
        Templates.escape("a<b>c&d\"e'f`g=h\u0007i", out);
        assertThat(out.toString()).isEqualTo("a&lt;b&gt;c&amp;d&quot;e&#39;f&#96;g&#61;h\uFFFDi");
    }

    @Test
    void ticks_are_weekly_to_the_hd_end_then_every_five_days() {
        assertThat(Timeline.tickDays(60, 60)).containsExactly(1, 7, 14, 21, 28, 35, 42, 49, 56, 60);
        assertThat(Timeline.tickDays(60, 75)).containsExactly(1, 7, 14, 21, 28, 35, 42, 49, 56, 60, 65, 70, 75);
    }

    private static List<String> lineKinds(Document doc) {
        return doc.select("#timeline g.tl-lines line").eachAttr("class").stream()
                .map(c -> c.replace("line-", "")).collect(Collectors.toList());
    }
}
