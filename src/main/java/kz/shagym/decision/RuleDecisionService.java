package kz.shagym.decision;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.stereotype.Service;

/**
 * Decides with the active rule set (or a named version), and releases the answer only after every
 * recorder has taken it.
 */
@Service
class RuleDecisionService implements DecisionService {

    private final RuleSetRegistry registry;
    private final List<DecisionRecorder> recorders;
    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final DecisionMeters meters;

    RuleDecisionService(RuleSetRegistry registry, List<DecisionRecorder> recorders, MeterRegistry meters) {
        this.registry = registry;
        this.recorders = List.copyOf(recorders);
        this.meters = new DecisionMeters(meters);
    }

    @Override
    public Decision decide(ComplaintFacts facts, String version, String client) {
        DecisionRecorder.EvaluationContext context = new DecisionRecorder.EvaluationContext(client, version != null);
        recorders.forEach(recorder -> recorder.admit(facts, context));
        long started = System.nanoTime();
        Decision decision;
        try {
            decision = evaluate(facts, version).withDecisionId(UUID.randomUUID().toString());
        } catch (NoRuleCoversComplaint uncovered) {
            meters.uncovered(System.nanoTime() - started);
            throw uncovered;
        }
        for (DecisionRecorder recorder : recorders) {
            try {
                recorder.record(facts, decision, context);
            } catch (RuntimeException e) {
                meters.unrecorded();
                throw new DecisionNotRecorded(e);
            }
        }
        meters.decided(decision, context.whatIf(), System.nanoTime() - started);
        return decision;
    }

    @Override
    public Decision evaluate(ComplaintFacts facts, String version) {
        return evaluator.evaluate(ruleSet(version), facts);
    }

    @Override
    public List<TraceEntry> trace(ComplaintFacts facts, String version) {
        return ruleSet(version).trace(facts).stream().map(TraceEntry::of).toList();
    }

    private CompiledRuleSet ruleSet(String version) {
        return version == null ? registry.active()
                : registry.find(version).orElseThrow(() -> new UnknownRuleSetVersion(version));
    }
}
