package kz.shagym.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.SheetData;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import kz.shagym.scenario.Scenario;
import kz.shagym.scenario.Scenarios;

/**
 * Complaints as the service sees them: every respondent and addressee, dates over the calendar's
 * years (holidays and transfers included), some with a service code from the tables, a favourable
 * act, a completed pre-trial appeal or a question date; plus the lawyers' scenarios. Seeded, so
 * every run measures the same mix.
 */
final class ComplaintMix {

    private ComplaintMix() {
    }

    static ComplaintFacts[] of(CompiledRuleSet ruleSet, int size) {
        List<ComplaintFacts> mix = new ArrayList<>();
        Scenarios.of(ruleSet).stream().map(Scenario::facts).forEach(mix::add);
        List<String> serviceCodes = ruleSet.sheets().stream().map(SheetData::rows).flatMap(List::stream)
                .map(r -> r.cells().get("serviceCode")).filter(Objects::nonNull).distinct().toList();
        Random random = new Random(20250319L);
        LocalDate first = LocalDate.of(2024, 1, 1);
        while (mix.size() < size) {
            LocalDate received = first.plusDays(random.nextInt(3 * 365));
            LocalDate registered = random.nextInt(4) == 0 ? received.plusDays(1) : received;
            Subject subject = random.nextInt(4) == 0 ? null : pick(random, Subject.values());
            String service = !serviceCodes.isEmpty() && random.nextInt(3) == 0 ? serviceCodes.get(random.nextInt(serviceCodes.size())) : null;
            FavorableAct act = random.nextInt(8) == 0 ? new FavorableAct(received.plusDays(random.nextInt(10)), random.nextBoolean()) : null;
            LocalDate asOf = random.nextInt(3) == 0 ? received.plusDays(random.nextInt(40)) : null;
            mix.add(new ComplaintFacts("bench-" + mix.size(), service, pick(random, Respondent.values()), subject,
                    pick(random, Body.values()), received, registered, act, random.nextInt(10) == 0, asOf));
        }
        // Only complaints the rules answer: a benchmark of exceptions would measure the wrong thing.
        RuleEvaluator evaluator = new RuleEvaluator();
        mix.forEach(facts -> evaluator.evaluate(ruleSet, facts));
        return mix.toArray(ComplaintFacts[]::new);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
