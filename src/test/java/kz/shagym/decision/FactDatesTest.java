package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import kz.shagym.decision.FactDates.Field;
import kz.shagym.decision.FactDates.Kind;
import kz.shagym.decision.FactDates.Problem;
import org.junit.jupiter.api.Test;

class FactDatesTest {

    private static final FactDates DEFAULT = new FactDates(new FactSettings(LocalDate.of(2000, 1, 1),
            LocalDate.of(2100, 12, 31)));

    @Test
    void aConfiguredWindowShouldReplaceTheDefault() {
        FactDates narrow = new FactDates(new FactSettings(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));

        assertThat(narrow.check(LocalDate.of(2019, 12, 31), null, null, null))
                .containsExactly(new Problem(Field.RECEIVED_ON, Kind.OUTSIDE_WINDOW));
        assertThat(narrow.check(LocalDate.of(2020, 1, 1), null, null, LocalDate.of(2030, 12, 31))).isEmpty();
        assertThat(narrow.check(LocalDate.of(2025, 1, 1), null, null, LocalDate.of(2031, 1, 1)))
                .containsExactly(new Problem(Field.AS_OF, Kind.OUTSIDE_WINDOW));
    }

    @Test
    void aReceiptOutsideTheWindowShouldNotAlsoReportOtherDatesAsBeforeIt() {
        assertThat(DEFAULT.check(LocalDate.of(9999, 12, 31), LocalDate.of(2025, 3, 19), LocalDate.of(2025, 3, 19),
                LocalDate.of(2025, 3, 19))).containsExactly(new Problem(Field.RECEIVED_ON, Kind.OUTSIDE_WINDOW));
    }

    @Test
    void theSameDayAsReceiptShouldBeBelievableForEveryDate() {
        LocalDate day = LocalDate.of(2025, 3, 19);
        assertThat(DEFAULT.check(day, day, day, day)).isEmpty();
    }

    @Test
    void aWindowThatEndsBeforeItStartsShouldBeRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FactSettings(LocalDate.of(2100, 1, 1), LocalDate.of(2000, 1, 1)));
    }
}
