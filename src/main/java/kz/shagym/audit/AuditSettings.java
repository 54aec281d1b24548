package kz.shagym.audit;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the decision audit log ({@code shagym.audit.*}).
 *
 * @param batchSize how many waiting decisions one transaction writes at most
 * @param queueCapacity how many decisions may wait to be written; beyond it callers get 503 at once
 * @param recordTimeout how long a caller waits for its record before it gets 503
 * @param zone the zone of date-only {@code from}/{@code to} query parameters (Kazakhstan: UTC+5)
 * @param maxPageSize the largest page a search returns
 * @param failureLogInterval audit write failures are logged once per interval at most, with a count of
 *        those left out (a failing store under load would otherwise log once per decision)
 * @param groupWait how long the writer lets a group of two or more decisions grow before committing it,
 *        at most; zero commits what is waiting at once (see {@link GroupGathering})
 * @param groupGap how long the writer waits for each next decision of a growing group, at most
 */
@ConfigurationProperties("shagym.audit")
record AuditSettings(
        @DefaultValue("256") int batchSize,
        @DefaultValue("10000") int queueCapacity,
        @DefaultValue("5s") Duration recordTimeout,
        @DefaultValue("Asia/Almaty") ZoneId zone,
        @DefaultValue("500") int maxPageSize,
        @DefaultValue("10s") Duration failureLogInterval,
        @DefaultValue("2ms") Duration groupWait,
        @DefaultValue("500us") Duration groupGap) {

    @ConstructorBinding
    AuditSettings {
        if (batchSize < 1 || queueCapacity < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("shagym.audit sizes must be positive");
        }
        if (recordTimeout.isNegative() || recordTimeout.isZero()) {
            throw new IllegalArgumentException("shagym.audit.record-timeout must be positive");
        }
        notNegative(failureLogInterval, "failure-log-interval");
        notNegative(groupWait, "group-wait");
        notNegative(groupGap, "group-gap");
        if (groupWait.compareTo(recordTimeout) >= 0) {
            throw new IllegalArgumentException("shagym.audit.group-wait must be shorter than record-timeout");
        }
    }

    private static void notNegative(Duration duration, String name) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("shagym.audit." + name + " must not be negative");
        }
    }

    AuditSettings(int batchSize, int queueCapacity, Duration recordTimeout, ZoneId zone, int maxPageSize) {
        this(batchSize, queueCapacity, recordTimeout, zone, maxPageSize, Duration.ofSeconds(10), Duration.ZERO,
                Duration.ZERO);
    }

    /** These settings with a writer that lets groups grow for at most {@code wait}, {@code gap} per decision. */
    AuditSettings gathering(Duration wait, Duration gap) {
        return new AuditSettings(batchSize, queueCapacity, recordTimeout, zone, maxPageSize, failureLogInterval, wait,
                gap);
    }
}
