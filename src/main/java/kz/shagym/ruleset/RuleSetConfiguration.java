package kz.shagym.ruleset;

import java.util.Optional;
import kz.shagym.calendar.CalendarSource;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the rule set from the configured folders at start-up and refuses to start on a bad one. */
@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RuleSetConfiguration.class);

    @Bean
    RuleSetBuilder ruleSetBuilder() {
        return new RuleSetBuilder();
    }

    @Bean
    RuleSetRegistry ruleSetRegistry(RuleSetSettings settings, RuleSetBuilder builder,
            ObjectProvider<RuleSetArchive> archives) {
        RuleSetRegistry registry = new RuleSetRegistry(settings.cachedVersions(), id -> archives.orderedStream()
                .map(a -> a.find(id)).flatMap(Optional::stream).findFirst()
                .map(builder::build)
                .filter(BuildResult.Built.class::isInstance)
                .map(b -> ((BuildResult.Built) b).ruleSet()));
        RuleSetSource source = RuleSetSource.fromFolders(settings.rulesDir(), settings.tablesDir());
        String where = settings.rulesDir().toAbsolutePath() + " + " + settings.tablesDir().toAbsolutePath();
        BuildResult result = builder.build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new RuleSetRejectedAtStartup(where, rejected.problems());
        }
        CompiledRuleSet ruleSet = ((BuildResult.Built) result).ruleSet();
        registry.activate(ruleSet);
        log.info("Rule set {} active: {} files from {}", ruleSet.versionId(), source.files().size(), where);
        return registry;
    }

    @Bean
    CalendarSource calendarSource(RuleSetRegistry registry) {
        return () -> registry.active().calendar();
    }
}
