package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"dual2", "DUAL2", "dual2 ", "\tDual2\n", "ｄｕａｌ2", "ＤＵＡＬ２", "du\u200Bal2"})
    void spellingsOfOneNameShouldBeTheSamePerson(String spelling) {
        assertThat(Identity.same(spelling, "dual2")).isTrue();
        assertThat(Identity.normalised(spelling)).isEqualTo("dual2");
    }

    @Test
    void differentNamesShouldStayDifferent() {
        assertThat(Identity.same("dual2", "dual3")).isFalse();
        assertThat(Identity.same("dual 2", "dual2")).as("an inner space is part of the name").isFalse();
        assertThat(Identity.same(null, "dual2")).isFalse();
        assertThat(Identity.same(null, null)).as("two unknown names are nobody in particular").isFalse();
    }

    @Test
    void germanSharpSAndCyrillicCaseShouldFold() {
        assertThat(Identity.same("STRASSE", "straße")).isTrue();
        assertThat(Identity.same("АНАЛИТИК", "аналитик")).isTrue();
    }
}
