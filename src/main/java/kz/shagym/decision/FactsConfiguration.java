package kz.shagym.decision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks on complaint facts that the API and the workbench share; a web slice test imports it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FactSettings.class)
public class FactsConfiguration {

    @Bean
    FactDates factDates(FactSettings settings) {
        return new FactDates(settings);
    }
}
