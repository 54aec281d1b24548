package kz.shagym.decision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * The checks on complaint facts that the API and the workbench share, and how answers are written as
 * JSON; a web slice test imports it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FactSettings.class)
public class FactsConfiguration {

    @Bean
    FactDates factDates(FactSettings settings) {
        return new FactDates(settings);
    }

    /** Registered with the application's JSON mapper (Spring Boot adds every Jackson module bean). */
    @Bean
    JacksonModule reusedExplanationTexts() {
        return new ReusedExplanationTexts();
    }

    /** Answers in the audit's canonical property order (see {@link SortedAnswerProperties}). */
    @Bean
    JacksonModule sortedAnswerProperties() {
        return new SortedAnswerProperties();
    }
}
