package be.sos.testkit;

import be.sos.core.model.Absence;
import be.sos.core.model.Availability;
import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.Closure;
import be.sos.core.model.ClosurePath;
import be.sos.core.model.Commitment;
import be.sos.core.model.Contact;
import be.sos.core.model.Event;
import be.sos.core.model.EventType;
import be.sos.core.model.ExitAnswer;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.core.model.GoalStatus;
import be.sos.core.model.Intake;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.Relation;
import be.sos.core.model.Role;
import be.sos.core.model.SafetyGoal;
import be.sos.core.model.SafetyPlan;
import be.sos.core.model.Scaling;
import be.sos.core.model.StartingSituation;
import be.sos.core.time.ProcedureLengths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generator of synthetic, valid and varied cases, for demos, property tests and load tests.
 *
 * <p>Deterministic: the same seed gives the same cases in the same order, on every machine; nothing
 * reads the system clock. Across a few hundred cases every situation of docs/policy.md occurs: parents
 * who are detained, professionals who are missing, absent or unreachable, minors who turn 18 during
 * the module, milestones done on time, late or not at all, a late dispatch, bottom lines that no goal
 * covers, extension requests that are late or give no reason, every closure path, gaps and drops in
 * the scaling answers. Some open cases are recorded only up to a day of the procedure, as a case in
 * progress would be.
 *
 * <p>Every case passes the case file's validation: ids are unique and every reference resolves. Person
 * ids are synthetic codes ({@code m1} for minors, {@code p1} for parents, {@code n1} for the network,
 * {@code cons1}, {@code cb1}, {@code jr1}, {@code tl1} for professionals) and the free text is made
 * up, so no generated case holds personal data. Case ids read {@code gen-SEED-N}, N counting from 1.
 *
 * <p>A generator counts the cases it made and is not thread-safe; {@link #cases(long, int)} is, and
 * may run in parallel.
 */
public final class CaseGenerator {
    /** The odd constant of SplittableRandom: positions this far apart give unrelated case seeds. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long seed;
    private final LocalDate anchor;
    private long generated;

    private CaseGenerator(long seed, LocalDate anchor) {
        this.seed = seed;
        this.anchor = anchor;
    }

    /**
     * A generator whose cases are fixed by {@code seed}.
     *
     * @param seed any number; equal seeds give equal cases
     * @return a new generator that has made no case yet
     */
    public static CaseGenerator withSeed(long seed) {
        return new CaseGenerator(seed, null);
    }

    /**
     * A generator with the same seed whose cases are dated around {@code day}: two in five cases
     * were petitioned in the 80 days up to it, so that evaluated on that day they are in the middle
     * of their procedure (milestones due, the HD end near); the others up to about eight years
     * before it. Everything but the dates is the same as without an anchor.
     *
     * @param day the day the cases will be evaluated on, typically today
     * @return a new generator that has made no case yet
     */
    public CaseGenerator around(LocalDate day) {
        return new CaseGenerator(seed, java.util.Objects.requireNonNull(day, "day"));
    }

    /**
     * The first {@code count} cases of {@code withSeed(seed)}, made lazily in order. Each case depends
     * only on the seed and its position, so the stream may be made parallel and still gives the same
     * cases in the same order.
     *
     * @param seed the generator's seed
     * @param count how many cases, not negative
     * @return an ordered stream of {@code count} cases
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static Stream<Case> cases(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return IntStream.rangeClosed(1, count).mapToObj(n -> generate(seed, n, null));
    }

    /**
     * The seed this generator was made with.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The next case: valid, and with the id {@code gen-SEED-N} where N is its position from 1.
     *
     * @return a new case
     */
    public Case next() {
        generated++;
        return generate(seed, generated, anchor);
    }

    /** Case {@code n} of {@code seed}: it draws from its own random stream, fixed by the seed and n alone. */
    private static Case generate(long seed, long n, LocalDate anchor) {
        long caseSeed = mix(mix(seed) + n * GOLDEN_GAMMA);
        return new Draft(new SplittableRandom(caseSeed), new SplittableRandom(mix(caseSeed ^ RARE_STREAM)), "gen-" + seed + "-" + n, anchor)
                .build();
    }

    /** Sets apart the stream of rare twists from a case's own stream. */
    private static final long RARE_STREAM = 0x5EED_0F_2A2EL;

    /** A 64-bit hash that spreads nearby inputs far apart (Stafford's variant 13, as in SplittableRandom). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** One case being made: the random source and the parts drawn so far, in dependency order. */
    private static final class Draft {
        private static final LocalDate FIRST_PETITION = LocalDate.of(2018, 1, 1);
        private static final int PETITION_DAYS = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - FIRST_PETITION.toEpochDay());
        private static final int MODULE_DAYS = ProcedureLengths.DEFAULT.moduleDays();
        private static final int EXTENDED_DAYS = MODULE_DAYS + ProcedureLengths.DEFAULT.extensionDays();
        private static final int HD_DAYS = ProcedureLengths.DEFAULT.hdDays();

        private static final String[] OTHER_OFFICES = {"ANTWERPEN", "BRUGGE", "LEUVEN", "HASSELT"};
        private static final StartingSituation[] SITUATIONS = StartingSituation.values();
        private static final Relation[] INFORMAL_RELATIONS =
                {Relation.FAMILY, Relation.FAMILY, Relation.FRIEND, Relation.NEIGHBOUR, Relation.SCHOOL, Relation.OTHER};
        private static final Relation[] PROFESSIONAL_RELATIONS =
                {Relation.PROFESSIONAL, Relation.PROFESSIONAL, Relation.SCHOOL, Relation.OTHER};
        private static final Availability[] AVAILABILITIES = Availability.values();
        private static final int[] AVAILABILITY_WEIGHTS = {70, 9, 7, 14};
        private static final BottomLineStatus[] LINE_STATUSES = BottomLineStatus.values();
        private static final int[] LINE_STATUS_WEIGHTS = {40, 45, 15};
        private static final GoalStatus[] GOAL_STATUSES = GoalStatus.values();
        private static final int[] GOAL_STATUS_WEIGHTS = {25, 45, 30};
        private static final ClosurePath[] CLOSURE_PATHS = ClosurePath.values();
        private static final int[] CLOSURE_PATH_WEIGHTS = {25, 15, 30, 30};
        private static final ExtensionReason[] REASONS = ExtensionReason.values();
        private static final Comparator<Event> EVENTS_BY_DATE = Comparator.comparing(Event::date);
        private static final Comparator<Contact> CONTACTS_BY_DATE = Comparator.comparing(Contact::date);
        private static final Comparator<ExtensionRequest> REQUESTS_BY_DATE = Comparator.comparing(ExtensionRequest::date);
        private static final EventType[] CLOSURE_STEPS = {EventType.M_DOC, EventType.TRIAD_CONVERSATION, EventType.FACILITY_LETTER};

        private static final String[] DANGER = {
            "We are worried that the children get hurt when arguments at home turn physical.",
            "We are worried that the youngest is left alone at night without an adult who can care for them.",
            "We are worried that the child harms themselves if nothing changes at home.",
            "We are worried that the children miss school and meals when the parent is unwell.",
        };
        private static final String[] ASSESSED_LINES = {
            "The child is in a safe place at the end of the guidance",
            "No violence is used at home",
            "A clear and positive picture of the future",
            "An adult who can care for them supervises the children at all times",
            "The parent accepts help with the debts",
        };
        private static final String[] GOALS = {
            "Parent and child agree on what they do when an argument escalates, and keep to it",
            "The child knows whom to call and that person can be reached",
            "There is always an adult of the plan with the children when the parent has to leave",
            "The child has a plan for school and housing",
            "The parent has a plan to pay off debts without working at night",
        };
        private static final String[] GOOD_ENOUGH = {
            "The file can close when there was no violence for six weeks and the family follows the plan on its own.",
            "The file can close when the children were never without an adult for four weeks.",
            "The file can close when the network carries the plan without the counsellor.",
        };
        private static final String[] ACTIONS = {
            "Takes the children in when the parent has to leave",
            "Is the first person to call when tension rises",
            "Has a talk with the child every week",
            "Brings the children to school",
            "Calls someone of the plan before leaving the children",
            "Checks in with the family by phone",
        };
        private static final String[] WHENS = {"every Monday", "on weekends", "always", "when called", "every two weeks", "after school"};
        private static final String[] OTHER_LABELS = {"meeting at school", "call with the family doctor", "visit to the shelter", "case consultation"};

        private final SplittableRandom r;
        /**
         * A second stream for rare twists, added after the first: drawing from it leaves every draw of
         * {@code r}, and so every case that gets no twist, as it was.
         */
        private final SplittableRandom rare;
        private final String id;
        private final LocalDate anchor;

        private LocalDate petition;
        private LocalDate dispatch;
        private LocalDate moduleStart;
        private LocalDate moduleEnd;
        private final List<Minor> minors = new ArrayList<>();
        private final List<Parent> parents = new ArrayList<>();
        private final List<NetworkMember> network = new ArrayList<>();
        private final List<Professional> professionals = new ArrayList<>();
        private final List<BottomLine> bottomLines = new ArrayList<>();
        private final List<SafetyGoal> goals = new ArrayList<>();
        private final List<SafetyPlan> plans = new ArrayList<>();
        private final List<ExtensionRequest> requests = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Scaling> scalings = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<ExitAnswer> exit = new ArrayList<>();
        private Closure closure;
        private boolean extended;

        Draft(SplittableRandom r, SplittableRandom rare, String id, LocalDate anchor) {
            this.r = r;
            this.rare = rare;
            this.id = id;
            this.anchor = anchor;
        }

        /** The petition date, from one draw whatever the anchor, so that the rest of the case stays the same. */
        private LocalDate petition() {
            int x = r.nextInt(PETITION_DAYS);
            if (anchor == null) {
                return FIRST_PETITION.plusDays(x);
            }
            return anchor.minusDays(x % 5 < 2 ? x % 80 : 80 + x % 2900);
        }

        Case build() {
            String office = office();
            petition = petition();
            StartingSituation situation = chance(0.95) ? SITUATIONS[r.nextInt(SITUATIONS.length)] : null;
            moduleClock();
            minors();
            parents();
            network();
            professionals();
            Intake intake = intake();
            String danger = chance(0.95) ? pick(DANGER) : null;
            bottomLines();
            goals();
            closure();
            extensionRequests();
            plans();
            events();
            scalings();
            contacts();
            exit();
            dispatchTooLate();
            Case c = new Case(Case.SCHEMA_VERSION, id, office, petition, situation, minors, parents, network,
                    professionals, intake, danger, bottomLines, goals, plans, events, scalings, contacts,
                    requests, closure, exit);
            // An open case is often one in progress: its file holds only what happened so far.
            if (closure == null && chance(0.6)) {
                return c.asKnownOn(day(between(2, 80)));
            }
            return c;
        }

        // ---- the frame: office, dispatch, module clock

        private String office() {
            int which = r.nextInt(100);
            return which < 45 ? "GENT" : which < 90 ? "DENDERMONDE" : pick(OTHER_OFFICES);
        }

        /** The dispatch day: mostly on time, sometimes late, sometimes so late the module hits the HD end. */
        private void moduleClock() {
            switch (weighted(84, 6, 3, 7)) {
                case 0 -> dispatch = day(between(1, 4));
                case 1 -> dispatch = day(between(5, 10));
                case 2 -> dispatch = day(between(20, 26));
                default -> dispatch = null;
            }
            moduleStart = dispatch == null ? petition : dispatch;
            moduleEnd = earlier(moduleStart.plusDays(MODULE_DAYS - 1), day(HD_DAYS));
        }

        /**
         * Rarely (one case in a hundred that has a dispatch), the dispatch is recorded only after the
         * end of the urgent procedure, on day 61 to 70: the module can no longer fit (SEL-00).
         */
        private void dispatchTooLate() {
            if (dispatch == null || rare.nextInt(100) != 0) {
                return;
            }
            LocalDate late = day(61 + rare.nextInt(10));
            events.replaceAll(e -> e.type() == EventType.DISPATCH_TO_MODULE ? Event.of(EventType.DISPATCH_TO_MODULE, late) : e);
            events.sort(java.util.Comparator.comparing(Event::date)); // stable: only the dispatch moves
        }

        // ---- the people

        private void minors() {
            int count = 1 + weighted(50, 35, 15);
            for (int i = 1; i <= count; i++) {
                LocalDate birth;
                if (i == 1 && chance(0.12)) {
                    // turns 18 between the module start and the extended end
                    birth = moduleStart.plusDays(between(0, EXTENDED_DAYS - 1)).minusYears(18);
                } else {
                    birth = petition.minusDays(between(30, 17 * 365 + 300));
                }
                minors.add(new Minor("m" + i, birth));
            }
        }

        private void parents() {
            int count = 1 + weighted(35, 55, 10);
            for (int i = 1; i <= count; i++) {
                Availability availability = AVAILABILITIES[weighted(AVAILABILITY_WEIGHTS)];
                boolean livesWithChild = i == 1 ? chance(0.85) : chance(0.3);
                parents.add(new Parent("p" + i, availability, livesWithChild));
            }
        }

        private void network() {
            int count = switch (weighted(8, 27, 40, 25)) {
                case 0 -> 0;
                case 1 -> between(1, 2);
                case 2 -> between(3, 4);
                default -> between(5, 7);
            };
            boolean trustedPersons = chance(0.8);
            for (int i = 1; i <= count; i++) {
                boolean informal = chance(0.75);
                Relation relation = informal ? pick(INFORMAL_RELATIONS) : pick(PROFESSIONAL_RELATIONS);
                boolean adult = !informal || chance(0.85);
                List<String> trustedFor = trustedPersons && chance(0.35) ? someMinors() : List.of();
                network.add(new NetworkMember("n" + i, relation,
                        informal ? NetworkKind.INFORMAL : NetworkKind.PROFESSIONAL, adult, trustedFor));
            }
        }

        /** At least one minor, without repeats. */
        private List<String> someMinors() {
            List<String> ids = new ArrayList<>(minors.size());
            int first = r.nextInt(minors.size());
            for (int i = 0; i < minors.size(); i++) {
                if (i == first || chance(0.4)) {
                    ids.add(minors.get(i).id());
                }
            }
            return ids;
        }

        private void professionals() {
            professional("cons1", Role.CONSULTANT, 0.96);
            professional("cons2", Role.CONSULTANT, 0.04);
            professional("cb1", Role.CRISIS_COUNSELLOR, 0.96);
            professional("cb2", Role.CRISIS_COUNSELLOR, 0.04);
            professional("jr1", Role.JUDGE, 0.96);
            professional("tl1", Role.TEAM_LEAD, 0.7);
        }

        private void professional(String personId, Role role, double present) {
            if (!chance(present)) {
                return;
            }
            boolean onCall = role == Role.CONSULTANT || role == Role.CRISIS_COUNSELLOR;
            boolean reachable = chance(onCall ? 0.92 : 0.97);
            int count = weighted(78, 18, 4);
            List<Absence> absences = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                absences.add(absence());
            }
            professionals.add(new Professional(personId, role, reachable, absences));
        }

        /** An absence that covers 1-4 days of the module, 5 or more, none, or straddles one of its ends. */
        private Absence absence() {
            int moduleLength = (int) (moduleEnd.toEpochDay() - moduleStart.toEpochDay()) + 1;
            switch (weighted(35, 25, 25, 15)) {
                case 0:
                    return inside(Math.min(between(1, 4), moduleLength), moduleLength);
                case 1:
                    return inside(Math.min(between(5, 14), moduleLength), moduleLength);
                case 2:
                    if (chance(0.5)) {
                        LocalDate to = moduleStart.minusDays(between(1, 20));
                        return new Absence(to.minusDays(between(0, 10)), to);
                    }
                    LocalDate from = moduleEnd.plusDays(between(1, 20));
                    return new Absence(from, from.plusDays(between(0, 10)));
                default:
                    if (chance(0.5)) {
                        return new Absence(moduleStart.minusDays(between(1, 5)), moduleStart.plusDays(between(0, 6)));
                    }
                    return new Absence(moduleEnd.minusDays(between(0, 6)), moduleEnd.plusDays(between(1, 5)));
            }
        }

        private Absence inside(int days, int moduleLength) {
            LocalDate from = moduleStart.plusDays(r.nextInt(moduleLength - days + 1));
            return new Absence(from, from.plusDays(days - 1L));
        }

        // ---- intake, bottom lines and goals

        private Intake intake() {
            if (chance(0.04)) {
                return null;
            }
            return new Intake(answer(), answer(), answer(), answer());
        }

        private Boolean answer() {
            return switch (weighted(88, 7, 5)) {
                case 0 -> Boolean.TRUE;
                case 1 -> Boolean.FALSE;
                default -> null;
            };
        }

        private void bottomLines() {
            int assessed = between(1, 2);
            for (int i = 0; i < assessed; i++) {
                bottomLine(BottomLineType.ASSESSED, pick(ASSESSED_LINES), null, null);
            }
            if (chance(0.45)) {
                int min = between(1, 4);
                bottomLine(BottomLineType.MIN_NETWORK_ADULTS, "At least " + min + " adults of the network in the plan", min, null);
            }
            if (chance(0.4)) {
                for (int i = 0; i < minors.size(); i++) {
                    if (i == 0 || chance(0.3)) {
                        String minor = minors.get(i).id();
                        bottomLine(BottomLineType.TRUSTED_PERSON, "A trusted person for " + minor, null, minor);
                    }
                }
            }
            if (chance(0.35)) {
                bottomLine(BottomLineType.WORDS_AND_PICTURES, "A Words and Pictures story for each child", null, null);
            }
        }

        private void bottomLine(BottomLineType type, String text, Integer min, String minor) {
            BottomLineStatus status = LINE_STATUSES[weighted(LINE_STATUS_WEIGHTS)];
            bottomLines.add(new BottomLine("BL" + (bottomLines.size() + 1), text, type, min, minor, status));
        }

        /** Goals that cover every bottom line, except now and then one that no goal covers. */
        private void goals() {
            int count = between(1, 4);
            List<List<String>> covered = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                covered.add(new ArrayList<>());
            }
            int uncovered = chance(0.12) ? r.nextInt(bottomLines.size()) : -1;
            for (int i = 0; i < bottomLines.size(); i++) {
                if (i == uncovered) {
                    continue;
                }
                String line = bottomLines.get(i).id();
                covered.get(r.nextInt(count)).add(line);
                List<String> another = covered.get(r.nextInt(count));
                if (chance(0.25) && !another.contains(line)) {
                    another.add(line);
                }
            }
            boolean allAchieved = chance(0.3);
            for (int i = 0; i < count; i++) {
                GoalStatus status = allAchieved ? GoalStatus.ACHIEVED : GOAL_STATUSES[weighted(GOAL_STATUS_WEIGHTS)];
                goals.add(new SafetyGoal("G" + (i + 1), pick(GOALS), covered.get(i), status));
            }
        }

        // ---- closure and extension

        private void closure() {
            if (chance(0.25)) {
                return;
            }
            ClosurePath path = CLOSURE_PATHS[weighted(CLOSURE_PATH_WEIGHTS)];
            int closedOn;
            if (path == ClosurePath.ORDINARY_PROCEDURE) {
                closedOn = between(61, 90);
            } else {
                closedOn = chance(0.85) ? between(40, 60) : between(61, 80);
            }
            closure = new Closure(path, day(closedOn));
        }

        /** Requests on time or after the module end, with 0-3 reasons; the first on time with a reason extends. */
        private void extensionRequests() {
            int count = weighted(62, 26, 9, 3);
            for (int i = 0; i < count; i++) {
                LocalDate date;
                if (chance(0.7)) {
                    date = earlier(moduleStart.plusDays(between(25, MODULE_DAYS - 1)), moduleEnd);
                } else {
                    date = moduleEnd.plusDays(between(1, 12));
                }
                requests.add(new ExtensionRequest(date, reasons()));
            }
            requests.sort(REQUESTS_BY_DATE);
            for (ExtensionRequest request : requests) {
                if (!request.date().isAfter(moduleEnd) && !request.reasons().isEmpty()) {
                    extended = true;
                    break;
                }
            }
        }

        private List<ExtensionReason> reasons() {
            int count = weighted(12, 60, 20, 8);
            List<ExtensionReason> reasons = new ArrayList<>(count);
            int skip = r.nextInt(REASONS.length);
            for (int i = 0; i < count; i++) {
                reasons.add(REASONS[(skip + i) % REASONS.length]);
            }
            return reasons;
        }

        // ---- safety plans

        private void plans() {
            int count = weighted(15, 45, 28, 12);
            LocalDate date = chance(0.8) ? day(between(13, 15)) : day(between(16, 26));
            for (int version = 1; version <= count; version++) {
                String goodEnough = chance(0.85) ? pick(GOOD_ENOUGH) : null;
                plans.add(new SafetyPlan(version, date, signatures(), goodEnough, commitments()));
                date = date.plusDays(between(7, 18));
            }
        }

        private List<String> signatures() {
            List<String> signed = new ArrayList<>();
            for (int i = 0; i < parents.size(); i++) {
                if (i == 0 || chance(0.6)) {
                    signed.add(parents.get(i).id());
                }
            }
            for (Minor minor : minors) {
                if (chance(0.5)) {
                    signed.add(minor.id());
                }
            }
            for (NetworkMember member : network) {
                if (member.kind() == NetworkKind.INFORMAL && chance(0.6)) {
                    signed.add(member.id());
                }
            }
            return signed;
        }

        /** Commitments by informal adults mostly, and by parents, minors, young network members and professionals. */
        private List<Commitment> commitments() {
            List<Commitment> commitments = new ArrayList<>();
            for (NetworkMember member : network) {
                double p = member.informalAdult() ? 0.65 : 0.25;
                if (chance(p)) {
                    commitments.add(commitment(member.id()));
                }
            }
            for (Parent parent : parents) {
                if (chance(0.6)) {
                    commitments.add(commitment(parent.id()));
                }
            }
            for (Minor minor : minors) {
                if (chance(0.2)) {
                    commitments.add(commitment(minor.id()));
                }
            }
            for (Professional professional : professionals) {
                if (chance(0.12)) {
                    commitments.add(commitment(professional.id()));
                }
            }
            return commitments;
        }

        private Commitment commitment(String by) {
            return new Commitment(by, pick(ACTIONS), pick(WHENS));
        }

        // ---- events

        private void events() {
            milestone(EventType.CRISIS_GUIDANCE_ASSESSMENT, 1, 3);
            LocalDate fiat = milestone(EventType.JUDGE_FIAT, 1, 4);
            if (dispatch != null) {
                events.add(Event.of(EventType.DISPATCH_TO_MODULE, dispatch));
            }
            if (fiat != null) {
                reflectingTeam(fiat);
            }
            LocalDate hearing = milestone(EventType.FIRST_HEARING, 3, 4);
            if (hearing != null && chance(0.9)) {
                events.add(Event.of(EventType.DANGER_STATEMENT_CONVERSATION, hearing));
            } else {
                milestone(EventType.DANGER_STATEMENT_CONVERSATION, 3, 4);
            }
            milestone(EventType.EVALUATION_DATES_RESERVED, 1, 5);
            milestone(EventType.MINOR_EXPLANATION, 5, 5);
            milestone(EventType.FIRST_HOME_VISIT, 5, 5);
            milestone(EventType.RETURN_HOME_DECISION, 6, 6);
            milestone(EventType.FAMILY_FEEDBACK, 7, 7);
            milestone(EventType.FIRST_NETWORK_MEETING, 14, 15);
            planToJudge();
            milestone(EventType.INTERIM_EVALUATION, 28, 28);
            milestone(EventType.SECOND_NETWORK_MEETING, 40, 40);
            milestone(EventType.ADVICE_TO_JUDGE, 41, 42);
            milestone(EventType.JUDGE_DECISION, 42, 42);
            extendedGuidance();
            bmo();
            wordsAndPictures();
            closureSteps();
            otherEvents();
            events.sort(EVENTS_BY_DATE);
        }

        /**
         * Records a milestone on a day of its window (day {@code from} to day {@code to}), after it, or
         * not at all.
         *
         * @return the date recorded, or null
         */
        private LocalDate milestone(EventType type, int from, int to) {
            LocalDate date = switch (weighted(82, 8, 10)) {
                case 0 -> day(between(from, to));
                case 1 -> day(to + between(1, 10));
                default -> null;
            };
            if (date != null) {
                events.add(Event.of(type, date));
            }
            return date;
        }

        private void reflectingTeam(LocalDate fiat) {
            switch (weighted(80, 10, 10)) {
                case 0 -> events.add(Event.of(EventType.REFLECTING_TEAM_FIRST_MEETING, fiat.plusDays(between(0, 7))));
                case 1 -> events.add(Event.of(EventType.REFLECTING_TEAM_FIRST_MEETING, fiat.plusDays(between(8, 14))));
                default -> { }
            }
        }

        private void planToJudge() {
            if (!plans.isEmpty() && chance(0.9)) {
                LocalDate signed = plans.get(0).date();
                events.add(Event.of(EventType.SAFETY_PLAN_TO_JUDGE, chance(0.8) ? signed : signed.plusDays(1)));
            } else if (plans.isEmpty() && chance(0.1)) {
                milestone(EventType.SAFETY_PLAN_TO_JUDGE, 14, 15);
            }
        }

        private void extendedGuidance() {
            if (!extended) {
                return;
            }
            LocalDate extendedEnd = earlier(moduleStart.plusDays(EXTENDED_DAYS - 1), day(HD_DAYS));
            switch (weighted(70, 15, 15)) {
                case 0 -> events.add(Event.of(EventType.EXTENDED_GUIDANCE_CLOSED, extendedEnd.minusDays(between(0, 10))));
                case 1 -> events.add(Event.of(EventType.EXTENDED_GUIDANCE_CLOSED, extendedEnd.plusDays(between(1, 10))));
                default -> { }
            }
        }

        /** The BMO on day 75, when the case went (or is heading) to the ordinary procedure. */
        private void bmo() {
            if (closure != null && closure.path() != ClosurePath.ORDINARY_PROCEDURE) {
                return;
            }
            switch (weighted(50, 15, 35)) {
                case 0 -> events.add(Event.of(EventType.BMO, day(between(70, 75))));
                case 1 -> events.add(Event.of(EventType.BMO, day(between(76, 85))));
                default -> { }
            }
        }

        private void wordsAndPictures() {
            boolean required = false;
            for (BottomLine line : bottomLines) {
                required |= line.type() == BottomLineType.WORDS_AND_PICTURES;
            }
            for (Minor minor : minors) {
                if (chance(required ? 0.7 : 0.12)) {
                    events.add(new Event(EventType.WORDS_AND_PICTURES, day(between(8, 45)), minor.id(), null));
                }
            }
        }

        /** M-doc, triad conversation and facility letter: mostly there for a mandated facility, rarely otherwise. */
        private void closureSteps() {
            boolean mandated = closure != null && closure.path() == ClosurePath.MANDATED_FACILITY;
            LocalDate around = closure != null ? closure.date() : day(45);
            for (EventType step : CLOSURE_STEPS) {
                if (chance(mandated ? 0.8 : 0.04)) {
                    events.add(Event.of(step, around.minusDays(between(0, 7))));
                }
            }
        }

        private void otherEvents() {
            if (chance(0.45)) {
                LocalDate after = closure != null ? closure.date() : day(HD_DAYS);
                events.add(Event.of(EventType.REFLECTING_TEAM_REVIEW, after.plusDays(between(1, 30))));
            }
            if (chance(0.2)) {
                events.add(new Event(EventType.OTHER, day(between(2, 50)), null, pick(OTHER_LABELS)));
            }
        }

        // ---- measurements: scalings, contacts, EXIT

        /** 0-4 rounds in which family and professionals rate safety; now and then a gap of 3+ or a drop of 2+. */
        private void scalings() {
            int rounds = weighted(10, 20, 30, 25, 15);
            if (rounds == 0) {
                return;
            }
            List<String> family = new ArrayList<>();
            List<String> pros = new ArrayList<>();
            respondents(family, pros);
            int[] last = new int[family.size() + pros.size()];
            int familyLevel = between(2, 7);
            int proLevel = clamp(familyLevel + between(-2, 2));
            int[] roundDays = {14, 28, 40, 50};
            for (int round = 0; round < rounds; round++) {
                LocalDate date = day(roundDays[round] + between(-1, 1));
                int gap = chance(0.1) ? (chance(0.5) ? 1 : -1) * between(3, 5) : 0;
                for (int i = 0; i < family.size(); i++) {
                    last[i] = score(round, last[i], familyLevel);
                    scalings.add(new Scaling(date, family.get(i), last[i]));
                }
                for (int i = 0; i < pros.size(); i++) {
                    int k = family.size() + i;
                    last[k] = gap != 0 ? clamp(familyLevel + gap) : score(round, last[k], proLevel);
                    scalings.add(new Scaling(date, pros.get(i), last[k]));
                }
                familyLevel = clamp(familyLevel + between(0, 2));
                proLevel = clamp(proLevel + between(0, 2));
            }
        }

        private void respondents(List<String> family, List<String> pros) {
            for (Parent parent : parents) {
                if (chance(0.8)) {
                    family.add(parent.id());
                }
            }
            for (Minor minor : minors) {
                if (chance(0.5)) {
                    family.add(minor.id());
                }
            }
            for (NetworkMember member : network) {
                if (chance(0.3)) {
                    (member.kind() == NetworkKind.INFORMAL ? family : pros).add(member.id());
                }
            }
            for (Professional professional : professionals) {
                Role role = professional.role();
                if ((role == Role.CONSULTANT || role == Role.CRISIS_COUNSELLOR) && chance(0.9)) {
                    pros.add(professional.id());
                }
            }
            if (family.isEmpty()) {
                family.add(parents.get(0).id());
            }
        }

        /**
         * A score at the side's level or one above (levels only rise, so scores fall by 2 or more only
         * when drawn to), or, now and then after the first round, 2-4 below the last one.
         */
        private int score(int round, int last, int level) {
            if (round > 0 && last >= 2 && chance(0.04)) {
                return clamp(last - between(2, 4));
            }
            return clamp(level + between(0, 1));
        }

        private void contacts() {
            if (chance(0.05)) {
                return;
            }
            int count = between(6, 24);
            int span = (int) (moduleEnd.toEpochDay() - moduleStart.toEpochDay()) + 1;
            for (int i = 0; i < count; i++) {
                contacts.add(new Contact(moduleStart.plusDays(r.nextInt(span)), 15 * between(2, 16)));
            }
            contacts.sort(CONTACTS_BY_DATE);
        }

        private void exit() {
            if (closure == null || !chance(0.55)) {
                return;
            }
            List<String> family = new ArrayList<>();
            for (Parent parent : parents) {
                family.add(parent.id());
            }
            for (Minor minor : minors) {
                family.add(minor.id());
            }
            int count = Math.min(between(1, 3), family.size());
            int first = r.nextInt(family.size());
            for (int i = 0; i < count; i++) {
                String respondent = family.get((first + i) % family.size());
                Integer grade = chance(0.9) ? between(1, 10) : null;
                exit.add(new ExitAnswer(respondent, grade, subscale(), subscale()));
            }
        }

        /** A subscale score of 1.0 to 4.0 with one decimal, or null. */
        private Double subscale() {
            return chance(0.9) ? between(10, 40) / 10.0 : null;
        }

        // ---- small helpers

        private LocalDate day(int n) {
            return petition.plusDays(n - 1L);
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        /** A whole number from {@code lo} to {@code hi}, both included. */
        private int between(int lo, int hi) {
            return lo + r.nextInt(hi - lo + 1);
        }

        private <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        /** An index drawn with the given weights. */
        private int weighted(int... weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private static int clamp(int score) {
            return Math.max(0, Math.min(10, score));
        }

        private static LocalDate earlier(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? b : a;
        }
    }
}
