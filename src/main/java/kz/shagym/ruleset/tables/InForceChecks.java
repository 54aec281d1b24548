package kz.shagym.ruleset.tables;

import java.util.List;
import java.util.stream.Collectors;
import kz.shagym.inforce.FirstInForce;
import kz.shagym.ruleset.TableProblem;

/** What the rule tables check alike about their rows' periods, through {@link FirstInForce}. */
final class InForceChecks {

    private InForceChecks() {
    }

    /** The rows covering one case, in their order of precedence. */
    static FirstInForce.Result of(List<ParsedRow> rows) {
        return FirstInForce.of(rows.stream().map(ParsedRow::period).toList());
    }

    /** The rows that take every day of a row that never fires, by id and id cell. */
    static String named(List<ParsedRow> rows, FirstInForce.Shadowed shadowed) {
        return shadowed.by().stream().map(i -> rows.get(i).named("id")).collect(Collectors.joining(", "));
    }

    /** A gap between rows, at the last day of the row before it, naming the first day of the row after it. */
    static TableProblem gap(List<ParsedRow> rows, FirstInForce.Gap gap, String file, String sheet, String caseText) {
        ParsedRow before = rows.get(gap.before());
        ParsedRow after = rows.get(gap.after());
        return ProblemKind.PERIOD_GAP.at(file, sheet, before.cell("validTo"), gap.from(), gap.to(), caseText,
                before.named("validTo"), after.named("validFrom"));
    }
}
