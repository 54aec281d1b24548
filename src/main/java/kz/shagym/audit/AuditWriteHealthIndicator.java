package kz.shagym.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code auditWrite} in {@code /actuator/health} and its readiness group: DOWN while decisions
 * cannot be recorded (every decision would be 503), UP again once the store takes writes. The
 * detail names the failure by exception class and SQLState only.
 */
final class AuditWriteHealthIndicator implements HealthIndicator {

    private final DecisionLog log;

    AuditWriteHealthIndicator(DecisionLog log) {
        this.log = log;
    }

    @Override
    public Health health() {
        StoreFailure failure = log.storeFailure();
        return failure == null ? Health.up().build() : Health.down().withDetail("failure", failure.getMessage()).build();
    }
}
