package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.core.model.Case;
import be.sos.testkit.CaseGenerator;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Across a few hundred generated cases every finding code but the programme's appears (the README, "Command line"). */
class GeneratedCoverageTest {
    /** Every code of docs/evaluation-format.md, "Finding codes" but the PROG_ ones, written out here. */
    private static final Set<String> CODES = Set.of(
            "SEL_PLAN_NOT_EXPECTED", "SEL_NO_JUDGE_FIAT", "SEL_PARENT_UNAVAILABLE", "SEL_NETWORK_NOT_MOBILISABLE",
            "SEL_RISK_INFO_NOT_SHARED", "SEL_PROFESSIONAL_ABSENT", "SEL_SHORT_ABSENCE", "SEL_PROFESSIONAL_UNREACHABLE",
            "SEL_ROLE_MISSING", "DEADLINE_DUE", "DEADLINE_OVERDUE", "DEADLINE_LATE", "HD_END_NEAR",
            "HD_ENDED_ORDINARY_PROCEDURE", "EXT_ALLOWED", "EXT_NO_VALID_REASON", "EXT_REQUEST_TOO_LATE",
            "EXT_ALREADY_EXTENDED", "EXT_REASON_CONTRADICTED", "EXT_CAPPED_AT_HD_END", "PLAN_BOTTOM_LINE_WITHOUT_GOAL",
            "PLAN_NO_GOOD_ENOUGH_STATEMENT", "PLAN_TOO_FEW_NETWORK_ADULTS", "PLAN_NO_TRUSTED_PERSON",
            "PLAN_WORDS_AND_PICTURES_MISSING", "PLAN_BOTTOM_LINE_NOT_MET", "SCALE_GAP", "SCALE_DROP", "MINOR_TURNS_18",
            "EXIT_MISSING", "CLOSURE_STEP_MISSING");

    @Test
    void three_hundred_cases_generated_around_a_day_and_evaluated_on_it_show_every_code() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 11, 30), LocalDate.of(2031, 2, 14)}) {
            Set<String> seen = new TreeSet<>();
            CaseGenerator generator = CaseGenerator.withSeed(1).around(day);
            for (int i = 0; i < 300; i++) {
                Case c = generator.next();
                Engines.bundled().evaluate(c, day).findings().forEach(f -> seen.add(f.code()));
            }
            assertThat(seen).as("codes on " + day).containsAll(CODES);
            assertThat(seen).noneMatch(code -> code.startsWith("PROG_"));
        }
    }
}
