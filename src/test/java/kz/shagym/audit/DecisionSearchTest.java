package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The one reading of a decision search, which the API and the workbench's audit page share. */
class DecisionSearchTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void queryWhenGivenDaysShouldSearchFromTheStartOfTheFirstToTheEndOfTheLastInTheZone() {
        DecisionQuery query = new DecisionSearch("2025-03-19", "2025-03-19", "", "client", null).query(ALMATY, 2, 10);

        assertThat(query.from()).isEqualTo(Instant.parse("2025-03-18T19:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2025-03-19T19:00:00Z"));
        assertThat(query.version()).as("blank is absent").isNull();
        assertThat(query.client()).isEqualTo("client");
        assertThat(query).extracting(DecisionQuery::page, DecisionQuery::size).containsExactly(2, 10);
    }

    @Test
    void queryWhenGivenAnInstantWhosePlusArrivedAsASpaceShouldReadTheOffset() {
        DecisionQuery query = new DecisionSearch("2025-03-19T10:00:00 05:00", null, null, null, null).query(ALMATY, 0, 1);

        assertThat(query.from()).isEqualTo(Instant.parse("2025-03-19T05:00:00Z"));
    }

    @Test
    void queryWhenToIsBeforeFromShouldSaySoWithItsReason() {
        assertThatThrownBy(() -> new DecisionSearch("2025-03-20", "2025-03-18", null, null, null).query(ALMATY, 0, 1))
                .isInstanceOfSatisfying(InvalidDecisionQuery.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidDecisionQuery.Reason.TO_BEFORE_FROM);
                    assertThat(e.code()).isEqualTo("SHG-AUDIT-400");
                });
    }

    @Test
    void queryWhenADateCannotBeReadShouldNameTheParameter() {
        assertThatThrownBy(() -> new DecisionSearch(null, "19.03.2025", null, null, null).query(ALMATY, 0, 1))
                .isInstanceOfSatisfying(InvalidDecisionQuery.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidDecisionQuery.Reason.NOT_A_DATE);
                    assertThat(e.detail()).startsWith("'to' must be a date");
                });
    }

    @Test
    void queryWhenThePageIsNegativeShouldRefuseThePaging() {
        assertThatThrownBy(() -> new DecisionSearch(null, null, null, null, null).query(ALMATY, -1, 1))
                .isInstanceOfSatisfying(InvalidDecisionQuery.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidDecisionQuery.Reason.PAGING));
    }
}
