package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.testkit.CaseGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives exactly the results of one thread. */
class ConcurrencyTest {
    @Test
    void eight_threads_sharing_one_engine_give_the_results_of_one_thread() throws Exception {
        SosEngine engine = Engines.bundled();
        List<Case> cases = CaseGenerator.cases(2024, 400).toList();
        List<String> expected = new ArrayList<>();
        for (Case c : cases) {
            expected.add(EvaluationJson.write(engine.evaluate(c, day(c))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Case c : cases) {
                    results.add(pool.submit(() -> EvaluationJson.write(engine.evaluate(c, day(c)))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % cases.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A day inside each case's procedure, so that every rule has something to say. */
    private static LocalDate day(Case c) {
        return c.petitionDate().plusDays(Math.floorMod(c.id().hashCode(), 80));
    }
}
