package kz.shagym.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void ofWhenTheSameFilesComeInAnotherOrderShouldGiveTheSameId() {
        Map<String, byte[]> one = new LinkedHashMap<>();
        one.put("rules/routing.drl", "rule A".getBytes(UTF_8));
        one.put("decision-tables/periods.xlsx", "xlsx".getBytes(UTF_8));
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("decision-tables/periods.xlsx", "xlsx".getBytes(UTF_8));
        other.put("rules/routing.drl", "rule A".getBytes(UTF_8));

        assertThat(ContentHash.of(one)).isEqualTo(ContentHash.of(other)).hasSize(64);
    }

    @Test
    void ofWhenOneByteOrOnePathDiffersShouldGiveAnotherId() {
        String id = ContentHash.of(Map.of("a.drl", "rule A".getBytes(UTF_8)));

        assertThat(ContentHash.of(Map.of("a.drl", "rule B".getBytes(UTF_8)))).isNotEqualTo(id);
        assertThat(ContentHash.of(Map.of("b.drl", "rule A".getBytes(UTF_8)))).isNotEqualTo(id);
    }

    @Test
    void sha256ShouldBeTheLowerCaseHexDigest() {
        assertThat(ContentHash.sha256("abc".getBytes(UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
