package kz.shagym.decision;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
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

    /**
     * Decision ids are UUIDs of version 7 (RFC 9562): time first, then random. Ids made in order sort in
     * order, so each new audit record lands at the end of the id index instead of on a random page that
     * the database must rewrite with every commit (measured: most of the bytes H2 wrote per decision).
     */
    private static final TimeBasedEpochRandomGenerator DECISION_IDS = Generators.timeBasedEpochRandomGenerator();

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
        return decide(facts, version, client, null);
    }

    @Override
    public Decision decide(ComplaintFacts facts, String version, String client, String idempotencyKey) {
        return release(facts, version, client, idempotencyKey).decision();
    }

    @Override
    public Released release(ComplaintFacts facts, String version, String client, String idempotencyKey) {
        DecisionRecorder.EvaluationContext context =
                new DecisionRecorder.EvaluationContext(client, version != null, version, idempotencyKey);
        recorders.forEach(recorder -> recorder.admit(facts, context));
        recorders.forEach(recorder -> recorder.deciding(context));
        int told = 0; // recorders that heard how this decision ended; the others are told it was withdrawn
        try {
            Optional<Decision> earlier = earlier(facts, context);
            if (earlier.isPresent()) {
                return Released.of(earlier.get());
            }
            long started = System.nanoTime();
            Decision decision;
            try {
                decision = evaluate(facts, version).withDecisionId(DECISION_IDS.generate().toString());
            } catch (NoRuleCoversComplaint uncovered) {
                meters.uncovered(System.nanoTime() - started);
                throw uncovered;
            }
            byte[] recorded = null;
            for (DecisionRecorder recorder : recorders) {
                told++; // record ends the decision for this recorder, whether it stores or fails
                try {
                    byte[] json = recorder.record(facts, decision, context);
                    recorded = recorded == null ? json : recorded;
                } catch (RuntimeException e) {
                    // a concurrent request with the same key was stored first (the key is unique): its decision stands
                    Optional<Decision> raced = earlierAfterFailure(facts, context);
                    if (raced.isPresent()) {
                        return Released.of(raced.get());
                    }
                    meters.unrecorded();
                    throw new DecisionNotRecorded(e);
                }
            }
            meters.decided(decision, context.whatIf(), System.nanoTime() - started);
            return new Released(decision, recorded);
        } finally {
            for (int i = told; i < recorders.size(); i++) {
                recorders.get(i).withdraw(context);
            }
        }
    }

    private Optional<Decision> earlier(ComplaintFacts facts, DecisionRecorder.EvaluationContext context) {
        if (context.idempotencyKey() == null) {
            return Optional.empty();
        }
        for (DecisionRecorder recorder : recorders) {
            Optional<Decision> stored = recorder.earlier(facts, context);
            if (stored.isPresent()) {
                return stored;
            }
        }
        return Optional.empty();
    }

    private Optional<Decision> earlierAfterFailure(ComplaintFacts facts, DecisionRecorder.EvaluationContext context) {
        try {
            return earlier(facts, context);
        } catch (IdempotencyKeyReused reused) {
            throw reused;
        } catch (RuntimeException lookupFailed) {
            return Optional.empty();
        }
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
