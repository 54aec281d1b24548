package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private final CanonicalJson json = new CanonicalJson();

    @Test
    void writeShouldSortKeysAtEveryLevelAndWriteDatesAsIsoText() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("zeta", Map.of("b", 2, "a", LocalDate.of(2025, 3, 19)));
        value.put("alpha", null);

        assertThat(json.write(json.tree(value))).isEqualTo("{\"alpha\":null,\"zeta\":{\"a\":\"2025-03-19\",\"b\":2}}");
    }

    @Test
    void writeWhenTheTextIsReadBackShouldGiveTheSameText() {
        ComplaintFacts facts = Fixtures.facts("ЖК-1 \"срочно\"");
        String once = json.write(json.tree(Fixtures.decision("d-1", "v1", facts)));

        assertThat(json.write(json.read(once))).isEqualTo(once);
        assertThat(once).contains("\"deadline\":\"2025-03-31\"").contains("Шағымды 3 жұмыс күні ішінде жіберу");
    }

    @Test
    void readWhenGivenStoredFactsShouldGiveTheSameFacts() {
        ComplaintFacts facts = Fixtures.facts("c-1");

        assertThat(json.read(json.read(json.write(json.tree(facts))), ComplaintFacts.class)).isEqualTo(facts);
    }
}
