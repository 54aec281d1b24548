package kz.shagym.scenario;

import java.util.ArrayList;
import java.util.List;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.tables.ParsedRow;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;

/**
 * The scenarios a rule set carries: the checked rows of its scenario table read as the facts of a
 * case and what the lawyers expect the answer to say. The table's cells were checked with the rest
 * of the set; a row whose facts cannot be true together never reaches here.
 */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> of(CompiledRuleSet ruleSet) {
        SheetSchema schema = TableKind.SCENARIOS.sheets().get(0);
        String file = TableKind.SCENARIOS.fileName();
        List<Scenario> scenarios = new ArrayList<>();
        for (ParsedRow p : ruleSet.scenarioRows()) {
            FavorableAct act = p.has("favorableActAdoptedOn")
                    ? new FavorableAct(p.get("favorableActAdoptedOn"), Boolean.TRUE.equals(p.get("favorableActFullySatisfies")))
                    : null;
            ComplaintFacts facts = new ComplaintFacts(p.get("id"), p.get("serviceCode"), p.get("respondent"),
                    p.get("subject"), p.get("receivedBy"), p.get("receivedOn"), p.get("registeredOn"), act,
                    Boolean.TRUE.equals(p.get("preTrialAppealCompleted")), p.get("asOf"));
            List<Scenario.Expectation> expectations = new ArrayList<>();
            schema.columns().forEach(column -> {
                if (column.key().startsWith("expect") && p.has(column.key())) {
                    expectations.add(new Scenario.Expectation(column.key(), column.header(), p.cell(column.key()),
                            p.get(column.key())));
                }
            });
            scenarios.add(new Scenario(p.get("id"), file, schema.name(), p.row(), p.get("description"), facts, expectations));
        }
        return scenarios;
    }
}
