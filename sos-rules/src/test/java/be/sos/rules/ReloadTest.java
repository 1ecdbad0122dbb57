package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sos.core.model.Case;
import be.sos.core.model.EventType;
import be.sos.testkit.PilotCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload swaps a rule set in whole or not at all: a rule set with problems leaves the running
 * one in place, a good one replaces it, and an evaluation that started on one rule set finishes
 * on it, whatever reloads happen meanwhile.
 */
class ReloadTest {
    private static final Case GENT = PilotCases.gent();
    private static final LocalDate TODAY = GENT.petitionDate();

    private static Path export(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    /** The bundled rule files with the first network meeting moved to day 13-16. */
    private static Path edited(Path dir) throws IOException {
        SosEngine bundled = Engines.bundled();
        Path out = export(dir, bundled.ruleFiles());
        Path parameters = out.resolve("procedure.properties");
        Files.writeString(parameters, RuleEdits.moveFirstNetworkMeeting(Files.readString(parameters)));
        return out;
    }

    private static ScheduleRow firstNetworkMeeting(Evaluation e) {
        return e.schedule().stream().filter(r -> r.milestone() == EventType.FIRST_NETWORK_MEETING).findFirst().orElseThrow();
    }

    private static LocalDate day(int n) {
        return GENT.petitionDate().plusDays(n - 1L);
    }

    @Test
    void a_rule_set_with_a_problem_leaves_the_running_one_in_place(@TempDir Path tmp) throws IOException {
        SosEngine engine = SosEngine.bundled();
        String before = engine.ruleSet().fingerprint();
        Path broken = export(tmp.resolve("broken"), engine.ruleFiles());
        Files.writeString(broken.resolve("deadlines.drl"), Files.readString(broken.resolve("deadlines.drl"))
                .replace("out.warning(\"HD_END_NEAR\");", "System.exit(42);"));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> engine.reload(broken));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(RuleProblem::file).containsOnly("deadlines.drl");
        assertThat(engine.ruleSet().fingerprint()).isEqualTo(before);
        Evaluation after = engine.evaluate(GENT, TODAY);
        assertThat(after.rules().fingerprint()).isEqualTo(before);
        assertThat(firstNetworkMeeting(after).from()).isEqualTo(day(14));
    }

    @Test
    void an_edited_rule_set_replaces_the_running_one(@TempDir Path tmp) throws IOException, RuleSetException {
        SosEngine engine = SosEngine.bundled();
        String before = engine.ruleSet().fingerprint();

        engine.reload(edited(tmp.resolve("edited")));

        assertThat(engine.ruleSet().fingerprint()).isNotEqualTo(before);
        Evaluation after = engine.evaluate(GENT, TODAY);
        assertThat(after.rules().fingerprint()).isEqualTo(engine.ruleSet().fingerprint());
        assertThat(firstNetworkMeeting(after).from()).isEqualTo(day(13));
        assertThat(firstNetworkMeeting(after).to()).isEqualTo(day(16));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void evaluations_during_reloads_each_finish_on_one_whole_rule_set(@TempDir Path tmp) throws Exception {
        SosEngine engine = SosEngine.bundled();
        String original = engine.ruleSet().fingerprint();
        Path originalDir = export(tmp.resolve("original"), engine.ruleFiles());
        Path editedDir = edited(tmp.resolve("edited"));
        List<Evaluation> evaluations = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                workers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        evaluations.add(engine.evaluate(GENT, TODAY));
                    }
                }));
            }
            engine.reload(editedDir);
            String edited = engine.ruleSet().fingerprint();
            Thread.sleep(100);
            engine.reload(originalDir);
            Thread.sleep(100);
            engine.reload(editedDir);
            Thread.sleep(100);
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }

            assertThat(engine.ruleSet().fingerprint()).isEqualTo(edited);
            assertThat(evaluations).extracting(e -> e.rules().fingerprint()).containsOnly(original, edited).contains(original, edited);
            for (Evaluation e : evaluations) {
                int from = e.rules().fingerprint().equals(edited) ? 13 : 14;
                int to = e.rules().fingerprint().equals(edited) ? 16 : 15;
                assertThat(firstNetworkMeeting(e).from()).isEqualTo(day(from));
                assertThat(firstNetworkMeeting(e).to()).isEqualTo(day(to));
                assertThat(e.schedule()).hasSize(evaluations.get(0).schedule().size());
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }
}
