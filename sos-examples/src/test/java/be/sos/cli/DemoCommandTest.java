package be.sos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import org.junit.jupiter.api.Test;

/** {@code sos demo}: every bundled example case, evaluated on several days. */
class DemoCommandTest {
    @Test
    void the_demo_shows_every_example_case_moving_through_the_procedure() {
        CliRun run = CliRun.of("demo");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        for (Case example : DemoCommand.examples()) {
            assertThat(run.out()).contains(example.id());
        }
        assertThat(run.out()).contains("dag 2 (", "dag 15 (", "dag 43 (", "Stappenplan:", "Te doen:", "Achterstallig:");
        assertThat(CliRun.of("demo", "--lang", "en").out()).contains("day 2 (", "day 15 (", "Schedule:", "To do:", "Overdue:");
    }

    @Test
    void the_bundled_examples_are_valid_and_differ_from_each_other() {
        assertThat(DemoCommand.examples()).hasSizeGreaterThanOrEqualTo(3)
                .extracting(Case::id).doesNotHaveDuplicates();
    }
}
