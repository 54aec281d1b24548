package kz.shagym.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    DecisionLog decisionLog(DataSource dataSource, PlatformTransactionManager transactions, AuditSettings settings,
            ObjectProvider<Clock> clock) {
        return new DecisionLog(dataSource, transactions, settings, clock.getIfAvailable(Clock::systemUTC));
    }
}
