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
    RuleSetRegistry ruleSetRegistry(RuleSetSettings settings, RuleSetBuilder builder,
            ObjectProvider<RuleSetArchive> archives) {
        return new RuleSetRegistry(settings.cachedVersions(), id -> archives.orderedStream()
                .map(a -> a.find(id)).flatMap(Optional::stream).findFirst()
                .map(builder::build)
                .map(result -> {
                    if (result instanceof BuildResult.Rejected rejected) {
                        throw new RuleSetVersionUnusable(id, rejected.problems().size());
                    }
                    return ((BuildResult.Built) result).ruleSet();
                }));
    }

    @Bean
    CalendarSource calendarSource(RuleSetRegistry registry) {
        return () -> registry.active().calendar();
    }
}
