package kz.shagym.ruleset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetSourceHashTest {

    @Test
    void versionIdWhenTheSameFilesComeInAnotherOrderShouldGiveTheSameId() {
        Map<String, byte[]> one = new LinkedHashMap<>();
        one.put("rules/routing.drl", "rule A".getBytes(UTF_8));
        one.put("decision-tables/periods.xlsx", "xlsx".getBytes(UTF_8));
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("decision-tables/periods.xlsx", "xlsx".getBytes(UTF_8));
        other.put("rules/routing.drl", "rule A".getBytes(UTF_8));

        assertThat(new RuleSetSource(one).versionId()).isEqualTo(new RuleSetSource(other).versionId()).hasSize(64);
    }

    @Test
    void versionIdWhenOneByteOrOnePathDiffersShouldGiveAnotherId() {
        String id = new RuleSetSource(Map.of("a.drl", "rule A".getBytes(UTF_8))).versionId();

        assertThat(new RuleSetSource(Map.of("a.drl", "rule B".getBytes(UTF_8))).versionId()).isNotEqualTo(id);
        assertThat(new RuleSetSource(Map.of("b.drl", "rule A".getBytes(UTF_8))).versionId()).isNotEqualTo(id);
    }

    @Test
    void sha256ShouldBeTheLowerCaseHexDigest() {
        assertThat(RuleSetSource.sha256("abc".getBytes(UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
