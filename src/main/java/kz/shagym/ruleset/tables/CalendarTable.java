package kz.shagym.ruleset.tables;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.shagym.calendar.CalendarEntry;
import kz.shagym.calendar.CountingConvention;
import kz.shagym.calendar.DayKind;
import kz.shagym.calendar.WorkingCalendar;
import kz.shagym.inforce.LawInForceBy;
import kz.shagym.ruleset.TableProblem;

/** Builds the working calendar from the calendar table: its day rows and its parameter rows. */
final class CalendarTable {

    private CalendarTable() {
    }

    static WorkingCalendar read(SheetReader.SheetContent days, SheetReader.SheetContent parameters, String file,
            List<TableProblem> problems) {
        Parameters params = readParameters(parameters, file, problems);
        if (params == null) {
            return null;
        }
        String sheet = days.schema().name();
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, ParsedRow> seen = new HashMap<>();
        int before = problems.size();
        for (ParsedRow p : days.rows()) {
            LocalDate date = p.get("date");
            DayKind kind = p.get("kind");
            ParsedRow same = seen.putIfAbsent(date, p);
            if (same != null) {
                problems.add(ProblemKind.DATE_DUPLICATE.at(file, sheet, p.cell("date"), date, same.cell("date")));
            } else if (date.getYear() < params.firstYear || date.getYear() > params.lastYear) {
                problems.add(ProblemKind.DATE_OUTSIDE_YEARS.at(file, sheet, p.cell("date"), date, params.firstYear, params.lastYear));
            } else if (kind == DayKind.WORKING_DAY && !params.weeklyDaysOff.contains(date.getDayOfWeek())) {
                problems.add(ProblemKind.WORKING_DAY_ON_WORKDAY.at(file, sheet, p.cell("kind"), date));
            } else {
                entries.add(new CalendarEntry(date, kind, p.get("reasonRu"), p.get("reasonKk"), p.get("source"), p.get("status")));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new WorkingCalendar(entries, params.weeklyDaysOff, params.convention, params.firstYear, params.lastYear);
    }

    private record Parameters(CountingConvention convention, Set<DayOfWeek> weeklyDaysOff, int firstYear, int lastYear) {
    }

    private static Parameters readParameters(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        Map<CalendarParameter, ParsedRow> rows = new EnumMap<>(CalendarParameter.class);
        int before = problems.size();
        for (ParsedRow p : content.rows()) {
            CalendarParameter name = p.get("name");
            ParsedRow same = rows.putIfAbsent(name, p);
            if (same != null) {
                problems.add(ProblemKind.PARAMETER_DUPLICATE.at(file, sheet, p.cell("name"), name, same.cell("name")));
            }
        }
        if (!content.everyRowRead()) {
            // A parameter row with a bad cell is reported already; it is not "missing".
            return null;
        }
        for (CalendarParameter name : CalendarParameter.values()) {
            if (!rows.containsKey(name) && name != CalendarParameter.LAW_IN_FORCE_BY) {
                problems.add(ProblemKind.PARAMETER_MISSING.at(file, sheet, "A" + (content.lastRow() + 2), name));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        CountingConvention convention = parseEnum(CountingConvention.class, rows.get(CalendarParameter.COUNTING_CONVENTION), file, sheet, problems);
        Set<DayOfWeek> weekly = parseDays(rows.get(CalendarParameter.WEEKLY_DAYS_OFF), file, sheet, problems);
        Integer first = parseYear(rows.get(CalendarParameter.FIRST_YEAR), file, sheet, problems);
        Integer last = parseYear(rows.get(CalendarParameter.LAST_YEAR), file, sheet, problems);
        if (first != null && last != null && last < first) {
            ParsedRow p = rows.get(CalendarParameter.LAST_YEAR);
            problems.add(ProblemKind.PARAMETER_INVALID.at(file, sheet, p.cell("value"), last, CalendarParameter.LAST_YEAR, "≥ " + first));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Parameters(convention, weekly, first, last);
    }

    /** Which date of a complaint picks the rows in force: RECEIPT unless the parameter says otherwise. */
    static LawInForceBy lawInForceBy(SheetReader.SheetContent parameters, String file, List<TableProblem> problems) {
        return parameters.rows().stream().filter(p -> p.get("name") == CalendarParameter.LAW_IN_FORCE_BY).findFirst()
                .map(p -> parseEnum(LawInForceBy.class, p, file, parameters.schema().name(), problems))
                .orElse(LawInForceBy.RECEIPT);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, ParsedRow p, String file, String sheet, List<TableProblem> problems) {
        String value = p.<String>get("value").strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        problems.add(ProblemKind.PARAMETER_INVALID.at(file, sheet, p.cell("value"), value, p.get("name"),
                String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList())));
        return null;
    }

    private static Set<DayOfWeek> parseDays(ParsedRow p, String file, String sheet, List<TableProblem> problems) {
        String value = p.get("value");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notADay) {
                problems.add(ProblemKind.PARAMETER_INVALID.at(file, sheet, p.cell("value"), value, p.get("name"),
                        "MONDAY … SUNDAY через запятую, например SATURDAY, SUNDAY"));
                return null;
            }
        }
        if (days.size() >= 7) {
            problems.add(ProblemKind.PARAMETER_INVALID.at(file, sheet, p.cell("value"), value, p.get("name"),
                    "хотя бы один рабочий день недели"));
            return null;
        }
        return days;
    }

    private static Integer parseYear(ParsedRow p, String file, String sheet, List<TableProblem> problems) {
        String value = p.<String>get("value").strip();
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        }
        problems.add(ProblemKind.PARAMETER_INVALID.at(file, sheet, p.cell("value"), value, p.get("name"), "год 2000–2100"));
        return null;
    }
}
