package kz.shagym.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    // the writer may read the chain head as soon as it exists: after Flyway, not before
    @Bean
    @DependsOnDatabaseInitialization
    DecisionLog decisionLog(DataSource dataSource, PlatformTransactionManager transactions, AuditSettings settings,
            ObjectProvider<Clock> clock, CheckpointTrust checkpoints, ObjectProvider<MeterRegistry> meters) {
        return new DecisionLog(dataSource, transactions, settings, clock.getIfAvailable(Clock::systemUTC), checkpoints,
                meters.getIfAvailable(() -> WriterMeters.NONE));
    }

    @Bean
    AuditWriteHealthIndicator auditWriteHealthIndicator(DecisionLog decisionLog) {
        return new AuditWriteHealthIndicator(decisionLog);
    }
}
