package kz.shagym.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code GET /api/v1/calendar/working-days}. */
record WorkingDaysAnswer(
        LocalDate from,
        int days,
        CountingConvention convention,
        LocalDate deadline,
        List<LocalDate> countedDays,
        List<Skipped> skipped,
        boolean beyondCalendar,
        List<Warning> warnings) {

    static final String BEYOND_CALENDAR = "SHG-CAL-BEYOND-CALENDAR";

    static WorkingDaysAnswer of(WorkingDayCount count, WorkingCalendar calendar) {
        List<Skipped> skipped = count.skipped().stream()
                .map(day -> new Skipped(day.date(), new Text(day.reasonRu(), day.reasonKk())))
                .toList();
        List<Warning> warnings = count.beyondCalendar() ? List.of(beyondCalendar(calendar)) : List.of();
        return new WorkingDaysAnswer(count.from(), count.days(), count.convention(), count.deadline(),
                count.counted(), skipped, count.beyondCalendar(), warnings);
    }

    private static Warning beyondCalendar(WorkingCalendar calendar) {
        String years = calendar.firstYear() + "–" + calendar.lastYear();
        return new Warning(BEYOND_CALENDAR, new Text(
                "Подсчёт выходит за годы, которые охватывает календарь (" + years + "): праздничные дни и переносы"
                        + " за их пределами неизвестны, учтены только еженедельные выходные. Проверьте срок.",
                "Есептеу күнтізбе қамтитын жылдардан (" + years + ") тыс шығады: одан тыс мереке күндері мен"
                        + " ауыстырулар белгісіз, тек апталық демалыс күндері ескерілді. Мерзімді тексеріңіз."));
    }

    // named for the document: a bare "Warning" would be taken for the decision's, whose fields differ
    @Schema(name = "SkippedDay")
    record Skipped(LocalDate date, Text reason) {
    }

    @Schema(name = "WorkingDaysWarning")
    record Warning(@Schema(example = BEYOND_CALENDAR) String code, Text text) {
    }

    @Schema(name = "RuKkText")
    record Text(String ru, String kk) {
    }
}
