package kz.shagym.ruleset;

import java.util.List;
import kz.shagym.calendar.WorkingCalendar;

/** Every table of a rule set, read and checked. Fields are null when their table had problems. */
record TableSet(List<RoutingTable.Row> routing, List<TimeLimitTable.Row> timeLimits,
        List<CourtExceptionTable.Row> courtExceptions, WorkingCalendar calendar, List<ParsedRow> scenarios,
        List<SheetData> sheets) {
}
