package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.BottomLine;
import be.sos.core.model.BottomLineStatus;
import be.sos.core.model.BottomLineType;
import be.sos.core.model.Case;
import be.sos.core.model.Commitment;
import be.sos.core.model.NetworkKind;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Relation;
import be.sos.core.model.SafetyPlan;
import be.sos.core.time.Clocks;
import be.sos.rules.facts.Procedure;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Counting the network's adults in the safety plan (docs/policy.md §7), over variations of the Gent
 * case: a network of up to six people of either kind, adult or not; up to three plan versions whose
 * commitments are made by anyone in the case, some more than once; a bottom line asking for 1 to 5
 * adults; evaluated on day 15 or later.
 */
class PlanProperties {
    private static final int TRIES = 100;
    private static final LocalDate PETITION = PilotCases.gent().petitionDate();

    /** A variation of the Gent case, its bottom line's minimum and the day it is evaluated on. */
    record Scenario(Case file, int min, LocalDate today) {
        Procedure procedure() {
            Case known = file.asKnownOn(today);
            return new Procedure(known, today, Clocks.of(known), java.util.Map.of());
        }

        /** The ids of the distinct adults of the informal network. */
        Set<String> informalAdults() {
            return file.network().stream().filter(NetworkMember::informalAdult).map(NetworkMember::id).collect(Collectors.toSet());
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<NetworkMember>> network = Combinators.combine(
                Arbitraries.of(NetworkKind.class), Arbitraries.of(true, false)).as((kind, adult) -> new Object[] {kind, adult})
                .list().ofMaxSize(6).map(specs -> {
                    List<NetworkMember> members = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        NetworkKind kind = (NetworkKind) specs.get(i)[0];
                        members.add(new NetworkMember("n" + i, kind == NetworkKind.INFORMAL ? Relation.FRIEND : Relation.PROFESSIONAL,
                                kind, (Boolean) specs.get(i)[1], List.of()));
                    }
                    return members;
                });
        List<String> others = List.of("mama", "papa", "J", "cons-gent", "cb-cocon-1");
        return network.flatMap(members -> {
            List<String> people = new ArrayList<>(others);
            members.forEach(m -> people.add(m.id()));
            Arbitrary<List<String>> committed = Arbitraries.of(people).list().ofMaxSize(8);
            return Combinators.combine(committed.list().ofMinSize(1).ofMaxSize(3),
                            Arbitraries.integers().between(1, 5), Arbitraries.integers().between(15, 70))
                    .as((plans, min, day) -> new Scenario(variation(members, plans, min), min, PETITION.plusDays(day - 1L)));
        });
    }

    private static Case variation(List<NetworkMember> network, List<List<String>> plans, int min) {
        Case.Builder builder = PilotCases.gent().toBuilder().network(network).clearSafetyPlans()
                .bottomLine(new BottomLine("BL5", "Minstens " + min + " volwassenen", BottomLineType.MIN_NETWORK_ADULTS, min, null, BottomLineStatus.OPEN));
        for (int v = 0; v < plans.size(); v++) {
            List<Commitment> commitments = plans.get(v).stream().map(by -> new Commitment(by, "doet iets", "altijd")).toList();
            builder.safetyPlan(new SafetyPlan(v + 1, PETITION.plusDays(14L + 7L * v), List.of("mama"), "goed genoeg", commitments));
        }
        return builder.build();
    }

    @Property(tries = TRIES)
    void the_network_adults_counted_never_exceed_the_distinct_informal_adults(@ForAll("scenarios") Scenario scenario) {
        Procedure procedure = scenario.procedure();

        assertThat(procedure.networkAdultsInPlan()).isBetween(0, scenario.informalAdults().size());
        Set<String> committed = procedure.latestPlan().commitments().stream().map(Commitment::by).collect(Collectors.toSet());
        committed.retainAll(scenario.informalAdults());
        assertThat(procedure.networkAdultsInPlan()).isEqualTo(committed.size());
    }

    @Property(tries = TRIES)
    void too_few_network_adults_is_flagged_exactly_when_fewer_than_the_minimum_commit(@ForAll("scenarios") Scenario scenario) {
        Evaluation evaluation = Engines.bundled().evaluate(scenario.file(), scenario.today());

        boolean tooFew = scenario.procedure().networkAdultsInPlan() < scenario.min();
        assertThat(evaluation.has("PLAN_TOO_FEW_NETWORK_ADULTS", "BL5")).isEqualTo(tooFew);
    }
}
