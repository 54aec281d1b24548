package kz.shagym.impact;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the impact of a version before activation ({@code shagym.impact.*}).
 *
 * @param threads threads deciding recorded requests; 0 = one per core
 * @param queuedJobs jobs that may wait on one instance behind the running one; beyond it 503
 * @param progressInterval how often a running job writes its progress to the database
 * @param staleAfter a waiting or running job not written for this long is reported abandoned (its
 *     instance stopped); longer than the build timeout, since compiling writes nothing
 * @param examples changed decisions kept in a report, with both answers (named fields changed first, then the newest)
 * @param maxRecords the largest {@code limit}, and the default one
 * @param defaultPeriod how far back the recorded decisions go when {@code from} is not given
 * @param zone the zone of a date-only {@code from}/{@code to} (Kazakhstan: UTC+5)
 */
@ConfigurationProperties("shagym.impact")
record ImpactSettings(
        @DefaultValue("0") int threads,
        @DefaultValue("4") int queuedJobs,
        @DefaultValue("1s") Duration progressInterval,
        @DefaultValue("10m") Duration staleAfter,
        @DefaultValue("50") int examples,
        @DefaultValue("1000000") long maxRecords,
        @DefaultValue("365d") Duration defaultPeriod,
        @DefaultValue("Asia/Almaty") ZoneId zone) {

    ImpactSettings {
        if (threads < 0 || queuedJobs < 0 || examples < 0 || maxRecords < 1) {
            throw new IllegalArgumentException("shagym.impact sizes must not be negative");
        }
    }

    int parallelism() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
