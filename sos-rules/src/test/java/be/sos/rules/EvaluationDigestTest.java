package be.sos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.sos.testkit.CaseGenerator;
import be.sos.core.model.Case;
import be.sos.core.time.BelgianWorkingDays;
import be.sos.core.time.ProcedureCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The evaluations of 10,000 generated cases, byte for byte, against their SHA-256 digest taken
 * before the engine's speed work: a change made for speed must not change one byte of any
 * evaluation. The cases are evaluated on days across their procedure, in both languages, with
 * either calendar, and one in ten with the 200 cases before it as the programme's portfolio.
 *
 * <p>When a change of the rules or of the case generator is meant to change the evaluations,
 * the failure prints the new digest: write it into {@code evaluations-10000.sha256} in the
 * commit that makes the change, and say why there.
 */
class EvaluationDigestTest {
    private static final int CASES = 10_000;
    private static final long SEED = 20261202L;

    @Test
    void the_evaluations_of_10000_generated_cases_are_unchanged() throws IOException, NoSuchAlgorithmException {
        SosEngine engine = SosEngine.bundled();
        List<Case> cases = CaseGenerator.cases(SEED, CASES).toList();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < cases.size(); i++) {
            Case file = cases.get(i);
            EvaluationOptions options = EvaluationOptions.DEFAULT
                    .withLocale(i % 2 == 0 ? Locale.forLanguageTag("nl") : Locale.ENGLISH)
                    .withCalendar(i % 3 == 0 ? BelgianWorkingDays.standard() : ProcedureCalendar.CALENDAR_DAYS);
            if (i % 10 == 9) {
                options = options.withPortfolio(cases.subList(Math.max(0, i - 200), i));
            }
            Evaluation evaluation = engine.evaluate(file, file.petitionDate().plusDays((i * 37L) % 90), options);
            digest.update(EvaluationJson.writeBytes(evaluation));
            digest.update((byte) '\n');
        }

        String actual = HexFormat.of().formatHex(digest.digest());

        assertThat(actual).as("the SHA-256 of the evaluations of %d generated cases (seed %d)", CASES, SEED).isEqualTo(expected());
    }

    private static String expected() throws IOException {
        try (InputStream in = EvaluationDigestTest.class.getResourceAsStream("evaluations-10000.sha256")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }
}
