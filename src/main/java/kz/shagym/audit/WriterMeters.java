package kz.shagym.audit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator watches of the group-commit writer: how many decisions wait for their record, how
 * many share a commit, how long a commit takes (insert, commit and sync to disk) and how far the chain
 * has grown. Names as scraped: {@code shagym_audit_queue_depth}, {@code shagym_audit_group_size},
 * {@code shagym_audit_commit_seconds}, {@code shagym_audit_chain_head}.
 */
final class WriterMeters {

    /** Tests and the command line build a log without Spring: their meters go nowhere. */
    static final MeterRegistry NONE = new CompositeMeterRegistry();

    private final MeterRegistry registry;
    private final DistributionSummary groupSize;
    private final Timer commit;
    /** The sequence number of the last record this instance committed; 0 before the first. */
    private final AtomicLong chainHead = new AtomicLong();

    /** @param maxGroup the most decisions one transaction writes ({@code shagym.audit.batch-size}) */
    WriterMeters(MeterRegistry registry, int maxGroup) {
        this.registry = registry;
        // Bounded by the batch size: Micrometer's default range runs to Long.MAX_VALUE, 276 buckets per scrape.
        this.groupSize = DistributionSummary.builder("shagym.audit.group.size")
                .description("decisions committed together in one transaction").baseUnit("decisions")
                .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue((double) maxGroup)
                .register(registry);
        this.commit = Timer.builder("shagym.audit.commit")
                .description("one group's insert, commit and sync to disk").publishPercentileHistogram()
                .register(registry);
        Gauge.builder("shagym.audit.chain.head", chainHead, AtomicLong::get)
                .description("sequence number of the last record committed by this instance").register(registry);
    }

    void queue(Collection<?> queue) {
        Gauge.builder("shagym.audit.queue.depth", queue, Collection::size)
                .description("decisions waiting for their audit record").baseUnit("decisions").register(registry);
    }

    void committed(int records, long nanos, long headSeq) {
        groupSize.record(records);
        commit.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        chainHead.accumulateAndGet(headSeq, Math::max);
    }
}
