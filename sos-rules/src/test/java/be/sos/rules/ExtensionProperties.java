package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.core.model.ExtensionReason;
import be.sos.core.model.ExtensionRequest;
import be.sos.testkit.PilotCases;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The extension (docs/policy.md §8) over variations of the Gent case: the dispatch moved between day 1
 * and day 20 (late dispatches cap the extension at the HD end), up to four requests between day 1
 * and day 75 with any reasons, judged on a day between day 1 and day 90.
 */
class ExtensionProperties {
    private static final int TRIES = 100;

    /** A variation of the Gent case and the day it is evaluated on. */
    record Scenario(Case file, LocalDate today) {
        Evaluation evaluate() {
            return Engines.bundled().evaluate(file, today);
        }

        /** The requests known on the day, in the order they are judged. */
        List<ExtensionRequest> known() {
            return file.extensionRequests().stream().filter(r -> !r.date().isAfter(today))
                    .sorted(Comparator.comparing(ExtensionRequest::date)).toList();
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        LocalDate petition = PilotCases.gent().petitionDate();
        Arbitrary<ExtensionRequest> request = Combinators.combine(
                Arbitraries.integers().between(1, 75),
                Arbitraries.of(ExtensionReason.class).set().ofMaxSize(3))
                .as((day, reasons) -> new ExtensionRequest(petition.plusDays(day - 1L), List.copyOf(reasons)));
        return Combinators.combine(
                Arbitraries.integers().between(1, 20),
                request.list().ofMaxSize(4),
                Arbitraries.integers().between(1, 90))
                .as((dispatchDay, requests, todayDay) -> new Scenario(
                        PilotCases.gent().toBuilder().closure(null)
                                .removeEvents(e -> e.type() == EventType.DISPATCH_TO_MODULE)
                                .event(EventType.DISPATCH_TO_MODULE, petition.plusDays(dispatchDay - 1L))
                                .extensionRequests(requests).build(),
                        petition.plusDays(todayDay - 1L)));
    }

    @Property(tries = TRIES)
    void the_extended_end_is_never_after_the_hd_end_nor_before_the_module_end(@ForAll("scenarios") Scenario scenario) {
        EvaluationClocks clocks = scenario.evaluate().clocks();

        if (clocks.extendedEnd() != null) {
            assertThat(clocks.extendedEnd()).isBeforeOrEqualTo(clocks.hdEnd()).isAfterOrEqualTo(clocks.moduleEnd());
        }
    }

    @Property(tries = TRIES)
    void at_most_one_request_is_ever_allowed(@ForAll("scenarios") Scenario scenario) {
        Evaluation evaluation = scenario.evaluate();

        long allowed = Evaluations.all(evaluation, "EXT_ALLOWED").size();
        assertThat(allowed).isLessThanOrEqualTo(1);
        assertThat(evaluation.extension().allowed()).isEqualTo(allowed == 1);
        assertThat(evaluation.clocks().extendedEnd() != null).isEqualTo(allowed == 1);
        // Every other known request is refused on at least one ground.
        long refused = evaluation.findings().stream().filter(f -> f.code().startsWith("EXT_") && f.severity() == Severity.BLOCKER).count();
        assertThat(refused).isGreaterThanOrEqualTo(scenario.known().size() - allowed);
    }

    @Property(tries = TRIES)
    void a_request_after_the_module_end_is_never_allowed(@ForAll("scenarios") Scenario scenario) {
        Evaluation evaluation = scenario.evaluate();
        LocalDate moduleEnd = evaluation.clocks().moduleEnd();

        long late = scenario.known().stream().filter(r -> r.date().isAfter(moduleEnd)).count();
        assertThat(Evaluations.all(evaluation, "EXT_REQUEST_TOO_LATE")).hasSize((int) late);
        ExtensionRequest first = scenario.known().stream()
                .filter(r -> !r.date().isAfter(moduleEnd) && !r.reasons().isEmpty()).findFirst().orElse(null);
        if (first == null) {
            assertThat(evaluation.extension().allowed()).as("no request on time with a reason").isFalse();
        } else {
            // A refused request does not use up the extension: the first one on time with a reason is allowed.
            assertThat(Evaluations.one(evaluation, "EXT_ALLOWED", null).message()).contains(first.date().toString());
            assertThat(evaluation.extension().reasons()).isEqualTo(first.reasons());
        }
    }
}
