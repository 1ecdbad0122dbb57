package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.testkit.CaseGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of a rule directory with versions (docs/rules.md, "Versions and offices"), over
 * generated cases petitioned before, between and after the versions' start dates, evaluated on
 * any day, with and without an as-of date. Each directory is compiled once for all tries.
 */
class VersionProperties {
    private static final LocalDate MOVED_FROM = LocalDate.of(2019, 7, 1);
    private static final LocalDate BACK_FROM = LocalDate.of(2020, 1, 1);
    private static final Path ROOT = temporary();
    /** pilot: the bundled rules; 2019-07: the first network meeting moved; 2020-01: the bundled rules again. */
    private static final SosEngine THREE = load(VersionedDirs.write(ROOT.resolve("three"), """
            pilot      -
            2019-07    2019-07-01
            2020-01    2020-01-01   -   -
            """, Map.of("pilot/README.txt", "the bundled rules", "2019-07/procedure.properties", VersionedDirs.movedOverride())));
    /** The moved window, without versions. */
    private static final SosEngine MOVED = load(flat(ROOT.resolve("moved"), VersionedDirs.movedParameters()));
    /** The bundled rules split into two versions that change nothing. */
    private static final SosEngine SPLIT = load(VersionedDirs.write(ROOT.resolve("split"), """
            before     -            -   -
            after      2019-10-01   -   -
            """, Map.of()));
    /** The bundled rules as the one version of a directory with versions. */
    private static final SosEngine ONE = load(VersionedDirs.write(ROOT.resolve("one"), "only - - -\n", Map.of()));

    /** A case, the day of its evaluation, and an as-of date or null. */
    record Judged(Case file, LocalDate today, LocalDate asOf) {
        EvaluationOptions options() {
            return EvaluationOptions.DEFAULT.withAsOf(asOf);
        }
    }

    @Provide
    Arbitrary<Judged> judged() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 900).map(n -> LocalDate.of(2019, 1, 1).plusDays(n));
        Arbitrary<LocalDate> asOf = Arbitraries.integers().between(-400, 900).map(n -> LocalDate.of(2019, 1, 1).plusDays(n))
                .injectNull(0.5);
        return Combinators.combine(Arbitraries.longs(), days, asOf)
                .as((seed, day, as) -> new Judged(CaseGenerator.withSeed(seed).around(day).next(), day, as));
    }

    @Property(tries = 300)
    void an_evaluation_never_depends_on_a_version_in_force_after_the_petition_unless_as_of_says_so(@ForAll("judged") Judged j) {
        Evaluation e = THREE.evaluate(j.file(), j.today(), j.options());
        LocalDate chooser = j.asOf() == null ? j.file().petitionDate() : j.asOf();
        RuleVersion version = e.rules().version();
        assertThat(version.inForceFrom() == null || !version.inForceFrom().isAfter(chooser)).as("version %s for %s", version, chooser).isTrue();
        boolean moved = !chooser.isBefore(MOVED_FROM) && chooser.isBefore(BACK_FROM);
        assertThat(version.name()).isEqualTo(moved ? "2019-07" : chooser.isBefore(MOVED_FROM) ? "pilot" : "2020-01");
        Statistics.collect(version.name());
        Evaluation flat = (moved ? MOVED : Engines.bundled()).evaluate(j.file(), j.today(), j.options());
        assertThat(e.rules().fingerprint()).isEqualTo(flat.rules().fingerprint());
        assertThat(normalised(e)).isEqualTo(normalised(flat));
    }

    @Property(tries = 200)
    void splitting_the_rules_into_two_versions_with_the_same_content_changes_no_evaluation(@ForAll("judged") Judged j) {
        Evaluation split = SPLIT.evaluate(j.file(), j.today(), j.options());
        Evaluation bundled = Engines.bundled().evaluate(j.file(), j.today(), j.options());
        assertThat(split.rules().version().name())
                .isEqualTo((j.asOf() == null ? j.file().petitionDate() : j.asOf()).isBefore(LocalDate.of(2019, 10, 1)) ? "before" : "after");
        assertThat(normalised(split)).isEqualTo(normalised(bundled));
    }

    @Property(tries = 200)
    void a_directory_with_one_version_evaluates_byte_for_byte_as_the_bundled_rules_but_for_the_version(@ForAll("judged") Judged j) {
        Evaluation one = ONE.evaluate(j.file(), j.today(), j.options());
        Evaluation bundled = Engines.bundled().evaluate(j.file(), j.today(), j.options());
        assertThat(one.rules().fingerprint()).isEqualTo(bundled.rules().fingerprint());
        assertThat(one.rules().version().name()).isEqualTo("only");
        assertThat(VersionedDirs.withoutVersion(one).replace(jsonString(one.rules().source()), "\"bundled\""))
                .isEqualTo(EvaluationJson.write(bundled));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var paths = Files.walk(ROOT)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The JSON of an evaluation with its rules' source and version left out: what the rules made of the case. */
    private static String normalised(Evaluation e) {
        return EvaluationJson.write(new Evaluation(e.caseId(), e.today(), e.day(), new RuleSetInfo("rules", e.rules().fingerprint()), e.calendar(),
                e.clocks(), e.eligibility(), e.schedule(), e.extension(), e.metrics(), e.findings()));
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Path flat(Path dir, String parameters) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : Engines.bundled().ruleFiles().entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("procedure.properties"), parameters, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("sos-versions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SosEngine load(Path dir) {
        try {
            return SosEngine.fromDirectory(dir);
        } catch (RuleSetException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
