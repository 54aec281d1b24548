package kz.shagym.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The web layer's entry point: settings, security, the body limit, ETags, the error page and the API document.
 * Component scanning finds it in the application; a {@code @WebMvcTest} slice that wants the real
 * security rules imports it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApiSettings.class, SecuritySettings.class})
@Import({SecurityConfiguration.class, UserAccounts.class, OpenApiConfiguration.class})
public class WebConfiguration {

    /** After Spring Security (order -100), so a stranger is turned away before the body is looked at. */
    static final int BODY_LIMIT_ORDER = 0;

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ApiSettings settings,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(settings.maxRequestBody().toBytes(), resolver));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    /** Inside the body limit: it wraps the answer, after the request has been let in. */
    @Bean
    FilterRegistrationBean<ContentEtagFilter> contentEtagFilter() {
        FilterRegistrationBean<ContentEtagFilter> registration = new FilterRegistrationBean<>(new ContentEtagFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(BODY_LIMIT_ORDER + 1);
        return registration;
    }

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ProblemErrorController(errorAttributes, webProperties.getError(),
                errorViewResolvers.orderedStream().toList());
    }
}
