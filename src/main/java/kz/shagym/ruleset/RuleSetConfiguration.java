package kz.shagym.ruleset;

import java.util.Optional;
import kz.shagym.calendar.CalendarSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry starts empty; the release bootstrap fills it before the web server opens, from the
 * version the database says is active (or, on a first start, from the folders).
 */
@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    @Bean
    RuleSetBuilder ruleSetBuilder() {
        return new RuleSetBuilder();
    }

    @Bean
    RuleSetRegistry ruleSetRegistry(ObjectProvider<CompiledVersions> versions) {
        // The compile service is the release's (the core does not know it); without one nothing is stored.
        return new RuleSetRegistry(id -> {
            CompiledVersions service = versions.getIfAvailable();
            return service == null ? Optional.empty() : service.compiled(id);
        });
    }

    @Bean
    CalendarSource calendarSource(RuleSetRegistry registry) {
        return () -> registry.active().calendar();
    }
}
