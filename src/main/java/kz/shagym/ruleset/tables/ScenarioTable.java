package kz.shagym.ruleset.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.ruleset.TableProblem;

/**
 * Checks the rows of the scenario table whose facts cannot be true together: such a row is a cell
 * problem of the table (the set is refused), not a failing scenario. What the rows mean is the
 * scenario feature's ({@code kz.shagym.scenario.Scenarios}).
 */
final class ScenarioTable {

    private ScenarioTable() {
    }

    static List<ParsedRow> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<ParsedRow> rows = new ArrayList<>();
        for (ParsedRow p : content.rows()) {
            LocalDate receivedOn = p.get("receivedOn");
            LocalDate registeredOn = p.get("registeredOn");
            if (registeredOn != null && registeredOn.isBefore(receivedOn)) {
                problems.add(ProblemKind.DATE_INVALID.at(file, sheet, p.cell("registeredOn"),
                        registeredOn + " < " + receivedOn));
                continue;
            }
            if (!p.has("favorableActAdoptedOn") && p.has("favorableActFullySatisfies")) {
                problems.add(ProblemKind.REQUIRED.at(file, sheet, p.cell("favorableActAdoptedOn"),
                        content.schema().column("favorableActAdoptedOn").orElseThrow().header()));
                continue;
            }
            rows.add(p);
        }
        return rows;
    }
}
