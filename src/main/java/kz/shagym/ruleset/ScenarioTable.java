package kz.shagym.ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;

/** Reads the scenarios; a scenario whose facts are impossible is a cell error, not a failing scenario. */
final class ScenarioTable {

    private ScenarioTable() {
    }

    static List<Scenario> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<Scenario> scenarios = new ArrayList<>();
        for (ParsedRow p : content.rows()) {
            LocalDate receivedOn = p.get("receivedOn");
            LocalDate registeredOn = p.get("registeredOn");
            if (registeredOn != null && registeredOn.isBefore(receivedOn)) {
                problems.add(ProblemKind.DATE_INVALID.at(file, sheet, p.cell("registeredOn"),
                        registeredOn + " < " + receivedOn));
                continue;
            }
            FavorableAct act = null;
            if (p.has("favorableActAdoptedOn")) {
                act = new FavorableAct(p.get("favorableActAdoptedOn"), Boolean.TRUE.equals(p.get("favorableActFullySatisfies")));
            } else if (p.has("favorableActFullySatisfies")) {
                problems.add(ProblemKind.REQUIRED.at(file, sheet, p.cell("favorableActAdoptedOn"),
                        content.schema().column("favorableActAdoptedOn").orElseThrow().header()));
                continue;
            }
            ComplaintFacts facts = new ComplaintFacts(p.get("id"), p.get("serviceCode"), p.get("respondent"),
                    p.get("subject"), p.get("receivedBy"), receivedOn, registeredOn, act,
                    Boolean.TRUE.equals(p.get("preTrialAppealCompleted")), p.get("asOf"));
            List<Scenario.Expectation> expectations = new ArrayList<>();
            for (Column column : content.schema().columns()) {
                if (column.key().startsWith("expect") && p.has(column.key())) {
                    expectations.add(new Scenario.Expectation(column.key(), column.header(), p.cell(column.key()),
                            p.get(column.key())));
                }
            }
            scenarios.add(new Scenario(p.get("id"), file, sheet, p.row(), p.get("description"), facts, expectations));
        }
        return scenarios;
    }
}
