package be.sos.views;

import be.sos.core.model.Case;
import be.sos.rules.EvaluationOptions;
import be.sos.rules.SosEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The steering group's overview: the figures of the cases petitioned in a period, overall and per
 * office, as data, JSON, CSV and one self-contained HTML page with a chart and a table for each
 * figure (docs/views.md).
 *
 * <pre>{@code
 * Overview overview = Overview.of(cases, SosEngine.bundled(), today, EvaluationOptions.DEFAULT,
 *         LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
 * int started = overview.overall().started();
 * String page = overview.html(5);      // counts below 5 shown as "< 5"
 * }</pre>
 *
 * <p>Each case is evaluated on {@code today}, as known on that day; cases petitioned after it are
 * not counted. Immutable and thread-safe.
 */
public final class Overview {
    /** The key of the figures over every office in {@link #scopes()}, JSON and CSV; offices are upper case. */
    public static final String OVERALL = "overall";

    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final String office;
    private final Figures overall;
    private final Map<String, Figures> offices;
    private final Texts texts;

    private Overview(LocalDate from, LocalDate to, LocalDate today, String office, Figures overall,
                     Map<String, Figures> offices, Texts texts) {
        this.from = from;
        this.to = to;
        this.today = today;
        this.office = office;
        this.overall = overall;
        this.offices = Collections.unmodifiableMap(new LinkedHashMap<>(offices));
        this.texts = texts;
    }

    /**
     * The overview of the cases petitioned from {@code from} to {@code to}, both included, of one office or all.
     *
     * @param cases the cases
     * @param engine the engine that evaluates them
     * @param today the day the cases are evaluated on
     * @param options the language of the page and the calendar; a portfolio, if any, is ignored
     * @param from the first petition date counted, or null for no bound
     * @param to the last petition date counted, or null for no bound (cases after {@code today} never count)
     * @param office the one office counted, or null for all
     * @return the overview
     * @throws be.sos.rules.EvaluationException when the rule set fails on a case
     */
    public static Overview of(Collection<Case> cases, SosEngine engine, LocalDate today, EvaluationOptions options,
                              LocalDate from, LocalDate to, String office) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(today, "today");
        EvaluationOptions single = new EvaluationOptions(options.locale(), options.calendar(), null);
        List<CaseFacts> facts = cases.parallelStream()
                .filter(c -> counted(c, today, from, to, office))
                .map(c -> CaseFacts.of(c, engine.evaluate(c, today, single)))
                .toList();
        Map<String, List<CaseFacts>> byOffice = new TreeMap<>();
        for (CaseFacts f : facts) {
            byOffice.computeIfAbsent(f.office(), o -> new ArrayList<>()).add(f);
        }
        Map<String, Figures> offices = new LinkedHashMap<>();
        byOffice.forEach((name, list) -> offices.put(name, Figures.of(list)));
        return new Overview(from, to, today, office, Figures.of(facts), offices, Texts.of(options.locale(), engine));
    }

    /** Whether a case counts in an overview: petitioned in the period, on or before the day, of the office asked. */
    public static boolean counted(Case c, LocalDate today, LocalDate from, LocalDate to, String office) {
        LocalDate petition = c.petitionDate();
        return !petition.isAfter(today) && (from == null || !petition.isBefore(from)) && (to == null || !petition.isAfter(to))
                && (office == null || office.equals(c.office()));
    }

    /** The first petition date counted, or null. */
    public LocalDate from() {
        return from;
    }

    /** The last petition date counted, or null. */
    public LocalDate to() {
        return to;
    }

    /** The day the cases were evaluated on. */
    public LocalDate today() {
        return today;
    }

    /** The one office counted, or null for all. */
    public String office() {
        return office;
    }

    /** The figures over every case counted. */
    public Figures overall() {
        return overall;
    }

    /** The figures per office, by office name. */
    public Map<String, Figures> offices() {
        return offices;
    }

    /** The overall figures under {@link #OVERALL}, then each office's, as the JSON and CSV list them. */
    public Map<String, Figures> scopes() {
        Map<String, Figures> scopes = new LinkedHashMap<>();
        scopes.put(OVERALL, overall);
        scopes.putAll(offices);
        return scopes;
    }

    /**
     * The figures as rows {@code scope, figure, key, value} (docs/views.md lists the figures).
     *
     * @param minCell counts below it are written {@code < minCell}, and figures computed over fewer
     *     cases than it are left empty; 0 or 1 to show everything
     */
    public String csv(int minCell) {
        return OverviewFormats.csv(this, minCell);
    }

    /**
     * The figures as JSON: per scope, per figure a value or an object of values by key.
     *
     * @param minCell as for {@link #csv(int)}: a hidden count is the string {@code "< N"}, a hidden figure null
     */
    public String json(int minCell) {
        return OverviewFormats.json(this, minCell);
    }

    /**
     * The overview as one self-contained HTML page: a chart (inline SVG) with a table beside it for
     * each figure, overall and per office; no scripts, nothing fetched; prints on A4.
     *
     * @param minCell as for {@link #csv(int)}
     */
    public String html(int minCell) {
        return OverviewPage.html(this, minCell, texts);
    }
}
