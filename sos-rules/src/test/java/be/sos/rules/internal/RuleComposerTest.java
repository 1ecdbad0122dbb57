package be.sos.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Laying a version's files over the shared ones: by name, with properties merged key by key. */
class RuleComposerTest {
    private static final String SHARED = """
            # lengths
            module.days = 42
            long.text = one \\
                two
            hd.days = 60
            """;

    @Test
    void a_drl_file_replaces_the_shared_one_and_a_new_file_is_added() {
        RuleComposer composed = RuleComposer.of(Map.of("a.drl", "shared a", "b.drl", "shared b"))
                .with(Map.of("a.drl", "version a", "c.drl", "version c"), "v2");
        assertThat(composed.files()).containsExactly(Map.entry("a.drl", "version a"), Map.entry("b.drl", "shared b"),
                Map.entry("c.drl", "version c"));
        assertThat(composed.origin("a.drl", 1)).isEqualTo("v2/a.drl:1");
        assertThat(composed.origin("b.drl", 1)).isEqualTo("b.drl:1");
    }

    @Test
    void a_properties_file_replaces_the_lines_of_its_keys_in_place_and_adds_the_others_at_the_end() {
        RuleComposer composed = RuleComposer.of(Map.of("p.properties", SHARED))
                .with(Map.of("p.properties", "# longer\nlong.text = three\nnew.key=1\n"), "v2");
        assertThat(composed.files().get("p.properties")).isEqualTo("""
                # lengths
                module.days = 42
                long.text = three
                hd.days = 60
                new.key=1
                """);
        assertThat(composed.origin("p.properties", 2)).isEqualTo("p.properties:2");
        assertThat(composed.origin("p.properties", 3)).isEqualTo("v2/p.properties:2");
        assertThat(composed.origin("p.properties", 4)).isEqualTo("p.properties:5");
        assertThat(composed.origin("p.properties", 5)).isEqualTo("v2/p.properties:3");
    }

    @Test
    void an_office_overlay_is_laid_over_the_version_and_keeps_the_origins_of_both() {
        RuleComposer composed = RuleComposer.of(Map.of("p.properties", SHARED))
                .with(Map.of("p.properties", "hd.days = 61\n"), "v2")
                .with(Map.of("p.properties", "module.days: 40\n"), "v2/office-GENT");
        assertThat(composed.files().get("p.properties")).isEqualTo(SHARED.replace("module.days = 42", "module.days: 40")
                .replace("hd.days = 60", "hd.days = 61"));
        assertThat(composed.origin("p.properties", 2)).isEqualTo("v2/office-GENT/p.properties:1");
        assertThat(composed.origin("p.properties", 5)).isEqualTo("v2/p.properties:1");
        assertThat(composed.origin("p.properties", 3)).isEqualTo("p.properties:3");
    }
}
