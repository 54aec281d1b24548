package kz.shagym.decision;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The decisions as an operator sees them (names as scraped): {@code shagym_decisions_seconds} by
 * outcome, a histogram for latency percentiles across instances; {@code shagym_decisions_by_version_total}
 * by rule-set version and what-if; {@code shagym_rule_fires_total} by rule and table row.
 *
 * <p>Rule fires are counted for decisions under the active version only: its rows are a bounded set, while
 * what-if decisions could name any stored version and grow the series without bound.
 *
 * <p>Each meter is looked up in the registry once and kept: a registry lookup builds and sorts the tags
 * and hashes the id, and a decision counts half a dozen meters (2.5% of a request thread's time under
 * load). The maps grow as the registry does, by a series at a time, and never hold a meter it lacks.
 */
final class DecisionMeters {

    /** The outcome tag of a complaint no table row covers (422): no {@code Outcome} to name. */
    static final String NO_RULE = "NO_RULE";

    private final MeterRegistry registry;
    private final Counter unrecorded;
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
    private final Map<String, Counter> byVersion = new ConcurrentHashMap<>();
    private final Map<String, Counter> byVersionWhatIf = new ConcurrentHashMap<>();
    private final Map<Fire, Counter> fires = new ConcurrentHashMap<>();

    DecisionMeters(MeterRegistry registry) {
        this.registry = registry;
        // registered at once: an alert on its rate needs the series before the first failure
        this.unrecorded = Counter.builder("shagym.decisions.unrecorded")
                .description("decisions refused because their audit record could not be written (503)").register(registry);
    }

    void decided(Decision decision, boolean whatIf, long nanos) {
        latency(decision.outcome().name()).record(nanos, TimeUnit.NANOSECONDS);
        (whatIf ? byVersionWhatIf : byVersion).computeIfAbsent(decision.rulesetVersion(), version ->
                Counter.builder("shagym.decisions.by.version").description("decisions recorded, by rule-set version")
                        .tags("version", version, "whatIf", Boolean.toString(whatIf)).register(registry))
                .increment();
        if (whatIf) {
            return;
        }
        for (Explanation fired : decision.explanations()) {
            RuleSource source = fired.source();
            String row = source == null || source.row() == null ? "" : source.row().toString();
            fires.computeIfAbsent(new Fire(fired.rule(), row), fire ->
                    Counter.builder("shagym.rule.fires").description("rules and table rows that decided part of an answer")
                            .tags("rule", fire.rule(), "row", fire.row()).register(registry))
                    .increment();
        }
    }

    void uncovered(long nanos) {
        latency(NO_RULE).record(nanos, TimeUnit.NANOSECONDS);
    }

    void unrecorded() {
        unrecorded.increment();
    }

    private Timer latency(String outcome) {
        return latencies.computeIfAbsent(outcome, tag -> Timer.builder("shagym.decisions")
                .description("decision latency, deciding and recording")
                .tag("outcome", tag).publishPercentileHistogram().register(registry));
    }

    /** The tags of one {@code shagym.rule.fires} series. */
    private record Fire(String rule, String row) {
    }
}
