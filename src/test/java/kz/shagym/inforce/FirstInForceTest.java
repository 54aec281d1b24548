package kz.shagym.inforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FirstInForceTest {

    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void rowsWithoutPeriodsShouldLetTheFirstWinAndShadowTheRestByIt() {
        FirstInForce.Result r = FirstInForce.of(List.of(Period.ALWAYS, Period.ALWAYS, Period.ALWAYS));

        assertThat(r.winners()).containsExactly(0);
        assertThat(r.shadowed()).containsExactly(new FirstInForce.Shadowed(1, Set.of(0)), new FirstInForce.Shadowed(2, Set.of(0)));
        assertThat(r.gaps()).isEmpty();
    }

    @Test
    void amendmentThatBeginsTheDayAfterTheOldRowEndsShouldLeaveNeitherGapNorShadow() {
        FirstInForce.Result r = FirstInForce.of(List.of(new Period(null, DEC_31), new Period(JAN_1, null)));

        assertThat(r.winners()).containsExactlyInAnyOrder(0, 1);
        assertThat(r.shadowed()).isEmpty();
        assertThat(r.gaps()).isEmpty();
    }

    @Test
    void daysBetweenTwoRowsShouldBeOneGapNamingTheRowBeforeAndTheRowAfter() {
        FirstInForce.Result r = FirstInForce.of(List.of(new Period(JAN_1.plusMonths(1), null), new Period(null, DEC_31)));

        assertThat(r.gaps()).containsExactly(new FirstInForce.Gap(JAN_1, LocalDate.of(2026, 1, 31), 1, 0));
    }

    @Test
    void lowerRowShadowedOnlyOnPartOfItsDaysShouldStillWin() {
        FirstInForce.Result r = FirstInForce.of(List.of(new Period(JAN_1, null), Period.ALWAYS));

        assertThat(r.winners()).containsExactlyInAnyOrder(0, 1);
        assertThat(r.shadowed()).isEmpty();
    }

    @Test
    void lowerRowWhoseDaysTwoRowsAboveShareShouldBeShadowedByBoth() {
        FirstInForce.Result r = FirstInForce.of(List.of(new Period(null, DEC_31), new Period(JAN_1, null),
                new Period(DEC_31.minusDays(10), JAN_1.plusDays(10))));

        assertThat(r.shadowed()).containsExactly(new FirstInForce.Shadowed(2, Set.of(0, 1)));
    }

    @Test
    void oneDayRowShouldBeInForceOnThatDayOnly() {
        FirstInForce.Result r = FirstInForce.of(List.of(new Period(JAN_1, JAN_1), new Period(null, DEC_31),
                new Period(JAN_1.plusDays(1), null)));

        assertThat(r.winners()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(r.gaps()).isEmpty();
    }

    /** Against a day-by-day walk over random periods: who wins, who never does, which days have no row. */
    @Test
    void sweepShouldAgreeWithWalkingEveryDay() {
        Random random = new Random(11);
        LocalDate base = LocalDate.of(2025, 1, 1);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(6);
            List<Period> periods = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate from = random.nextInt(4) == 0 ? null : base.plusDays(random.nextInt(40));
                LocalDate to = random.nextInt(4) == 0 ? null : (from == null ? base : from).plusDays(random.nextInt(20));
                periods.add(new Period(from, to));
            }
            FirstInForce.Result r = FirstInForce.of(periods);

            Set<Integer> winners = new HashSet<>();
            List<LocalDate> free = new ArrayList<>();
            for (LocalDate day = base.minusDays(1); day.isBefore(base.plusDays(70)); day = day.plusDays(1)) {
                LocalDate d = day;
                int first = IntStream.range(0, n).filter(i -> periods.get(i).contains(d)).findFirst().orElse(-1);
                if (first >= 0) {
                    winners.add(first);
                } else {
                    free.add(d);
                }
            }
            assertThat(r.winners()).as("%s", periods).containsExactlyInAnyOrderElementsOf(winners);
            List<LocalDate> gapDays = new ArrayList<>();
            r.gaps().forEach(g -> g.from().datesUntil(g.to().plusDays(1)).forEach(gapDays::add));
            LocalDate firstCovered = base.minusDays(1).datesUntil(base.plusDays(70))
                    .filter(d -> periods.stream().anyMatch(p -> p.contains(d))).findFirst().orElseThrow();
            LocalDate lastCovered = base.minusDays(1).datesUntil(base.plusDays(70))
                    .filter(d -> periods.stream().anyMatch(p -> p.contains(d))).reduce((a, b) -> b).orElseThrow();
            assertThat(gapDays).as("%s", periods)
                    .containsExactlyElementsOf(free.stream().filter(d -> d.isAfter(firstCovered) && d.isBefore(lastCovered)).toList());
        }
    }
}
