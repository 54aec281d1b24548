package kz.shagym.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The 2024–2027 calendar of docs/domain.md, read from {@code calendar/kz-2024-2027.csv} the way the
 * calendar table would give it: weekly rest Saturday and Sunday, one row per day off or working
 * weekend day, each with its reason.
 */
final class ResearchedCalendar {

    static final Set<DayOfWeek> WEEKLY_REST = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2027;

    private ResearchedCalendar() {
    }

    static WorkingCalendar withDefaultConvention() {
        return with(CountingConvention.EVENT_DAY_EXCLUDED);
    }

    static WorkingCalendar with(CountingConvention convention) {
        return new WorkingCalendar(rows(), WEEKLY_REST, convention, FIRST_YEAR, LAST_YEAR);
    }

    static List<CalendarEntry> rows() {
        try (InputStream in = ResearchedCalendar.class.getResourceAsStream("/calendar/kz-2024-2027.csv")) {
            if (in == null) {
                throw new IllegalStateException("calendar/kz-2024-2027.csv is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ResearchedCalendar::row)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CalendarEntry row(String line) {
        String[] cells = line.split(";", 5);
        return new CalendarEntry(LocalDate.parse(cells[0]), DayKind.valueOf(cells[1]), cells[2], cells[3], cells[4]);
    }
}
