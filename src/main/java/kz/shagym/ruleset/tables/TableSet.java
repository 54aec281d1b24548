package kz.shagym.ruleset.tables;

import java.util.List;
import kz.shagym.calendar.WorkingCalendar;
import kz.shagym.inforce.LawInForceBy;
import kz.shagym.ruleset.SheetData;

/**
 * Every table of a rule set, read and checked. Fields are null when their table had problems;
 * {@code lawInForceBy} is the calendar's parameter of which date picks the rows in force.
 */
public record TableSet(List<RoutingTable.Row> routing, List<TimeLimitTable.Row> timeLimits,
        List<CourtExceptionTable.Row> courtExceptions, WorkingCalendar calendar, List<ParsedRow> scenarios,
        List<SheetData> sheets, LawInForceBy lawInForceBy) {
}
