package kz.shagym.workbench;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page's language and its sign-in page. Russian unless the user picks Kazakh or English with
 * {@code ?lang=}, remembered in a cookie; the browser's own language is not consulted, because the
 * officials' machines are often set to English. The JSON API does not use the locale.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkbenchSettings.class)
class WorkbenchConfiguration implements WebMvcConfigurer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String LANGUAGE_COOKIE = "shagym-lang";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(RUSSIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // "/error" too: a 403 or 404 page reached with ?lang= speaks that language, like the page asked for
        registry.addInterceptor(new SupportedLanguages(change))
                .addPathPatterns("/workbench", "/workbench/**", "/login", "/login/locked", "/error");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("login");
        // where a locked-out sign-in is shown (security forwards there with 429 and the minutes to wait)
        registry.addViewController("/login/locked").setViewName("login");
    }
}
