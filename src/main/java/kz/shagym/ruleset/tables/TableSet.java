package kz.shagym.ruleset.tables;

import java.util.List;
import kz.shagym.calendar.WorkingCalendar;
import kz.shagym.ruleset.SheetData;

/** Every table of a rule set, read and checked. Fields are null when their table had problems. */
public record TableSet(List<RoutingTable.Row> routing, List<TimeLimitTable.Row> timeLimits,
        List<CourtExceptionTable.Row> courtExceptions, WorkingCalendar calendar, List<ParsedRow> scenarios,
        List<SheetData> sheets) {
}
