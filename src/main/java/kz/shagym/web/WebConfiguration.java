package kz.shagym.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web layer's entry point: settings, security and the error page.
 * Component scanning finds it in the application; a {@code @WebMvcTest} slice that wants the real
 * security rules imports it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
@Import({SecurityConfiguration.class, UserAccounts.class})
public class WebConfiguration {

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ProblemErrorController(errorAttributes, webProperties.getError(),
                errorViewResolvers.orderedStream().toList());
    }
}
