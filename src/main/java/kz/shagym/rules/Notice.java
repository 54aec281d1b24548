package kz.shagym.rules;

import java.time.LocalDate;
import kz.shagym.calendar.CalendarEntry;

/**
 * A warning the rules attach to the decision: a stable code, what it names (a table row id or a
 * calendar day), and its text in Russian, Kazakh and English. Warnings about a row or rule that
 * decided part of the answer are made from the explanations instead, so that the two always agree.
 *
 * @param rowId the table row the warning names, or null
 * @param date the calendar day the warning names, or null
 * @param status the status of what it names, or null when it names no row or day
 */
public record Notice(String code, String rowId, LocalDate date, RuleStatus status, String ru, String kk, String en) {

    public static Notice beyondCalendar(int firstYear, int lastYear) {
        String years = firstYear + "–" + lastYear;
        return new Notice("DEADLINE_BEYOND_CALENDAR", null, null, null,
                "Срок выходит за годы " + years + ", которые охватывает производственный календарь: праздники и переносы"
                        + " там неизвестны, учтены только еженедельные выходные.",
                "Мерзім өндірістік күнтізбе қамтитын " + years + " жылдарынан асады: онда мерекелер мен ауыстырулар"
                        + " белгісіз, тек апталық демалыстар ескерілді.",
                "The deadline falls beyond the years " + years + " that the working calendar covers: holidays and transfers"
                        + " there are unknown, only the weekly days off were applied.");
    }

    /** A calendar day that a deadline crosses or lands on, and that is not marked LAW. */
    public static Notice unsettledDay(CalendarEntry day) {
        String kind = day.kind() == kz.shagym.calendar.DayKind.DAY_OFF ? "выходной" : "рабочий день";
        String kindKk = day.kind() == kz.shagym.calendar.DayKind.DAY_OFF ? "демалыс күні" : "жұмыс күні";
        String kindEn = day.kind() == kz.shagym.calendar.DayKind.DAY_OFF ? "a day off" : "a working day";
        return new Notice("CALENDAR_DAY_" + day.status(), null, day.date(), day.status(),
                "Срок учитывает " + day.date() + " как " + kind + " (" + day.reasonRu() + "); в производственном календаре"
                        + " этот день имеет статус " + day.status() + ": не сверен с официальным актом.",
                "Мерзім " + day.date() + " күнін " + kindKk + " ретінде ескереді (" + day.reasonKk() + "); өндірістік"
                        + " күнтізбеде бұл күннің мәртебесі " + day.status() + ": ресми актімен салыстырылмаған.",
                "The deadline counts " + day.date() + " as " + kindEn + " (" + day.reasonRu() + "); the working calendar"
                        + " marks this day " + day.status() + ": not checked against the official act.");
    }

    /** The longest extension of a review period, when the row marks it other than LAW. */
    public static Notice extension(TimeLimit limit) {
        return new Notice("EXTENSION_" + limit.extensionStatus(), limit.id(), null, limit.extensionStatus(),
                "Продление срока рассмотрения до " + limit.maxExtensionWorkingDays() + " рабочих дней (строка " + limit.id()
                        + " таблицы сроков) имеет статус " + limit.extensionStatus() + ": не сверено с официальным текстом закона.",
                "Қарау мерзімін " + limit.maxExtensionWorkingDays() + " жұмыс күніне дейін ұзарту (мерзімдер кестесінің "
                        + limit.id() + " жолы) мәртебесі " + limit.extensionStatus() + ": заңның ресми мәтінімен салыстырылмаған.",
                "Extending the review period by up to " + limit.maxExtensionWorkingDays() + " working days (time-limits row "
                        + limit.id() + ") is marked " + limit.extensionStatus() + ": not checked against the official text of the law.");
    }

    /**
     * Court stays closed "unless a law provides otherwise", but without a service code the table of
     * services where a law allows court directly could not be consulted.
     */
    public static Notice courtExceptionsNotChecked() {
        return new Notice("COURT_EXCEPTIONS_NOT_CHECKED", null, null, RuleStatus.ASSUMPTION,
                "Код услуги не указан: не проверено, допускает ли закон для этой услуги обращение в суд без досудебного"
                        + " обжалования («если иное не предусмотрено законом»). Ответ о суде исходит из общего правила.",
                "Қызмет коды көрсетілмеген: бұл қызмет үшін заң сотқа дейінгі шағымданусыз сотқа жүгінуге жол бере ме,"
                        + " тексерілмеді («егер заңда өзгеше көзделмесе»). Сот туралы жауап жалпы ережеге негізделген.",
                "No service code given: whether a law allows court without the pre-trial appeal for this service (\"unless"
                        + " a law provides otherwise\") was not checked. The answer about court follows the general rule.");
    }
}
