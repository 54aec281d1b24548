package kz.shagym.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Three filter chains: the JSON API and the actuator are stateless (HTTP Basic, and JWT when configured;
 * 401/403 as problem documents, never a redirect); everything else is the browser side, with form login,
 * a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CLIENT = Role.CLIENT.name();
    private static final String ANALYST = Role.ANALYST.name();
    private static final String APPROVER = Role.APPROVER.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, SecuritySettings settings) {
        return new ProblemSecurityHandlers(resolver, settings.jwt().enabled());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems, SecuritySettings settings) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions").hasAnyRole(CLIENT, ANALYST, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/checkpoints").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/rulesets").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/v1/rulesets/*/activation").hasRole(APPROVER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/rulesets/**", "/api/v1/activations")
                        .hasAnyRole(ANALYST, APPROVER, AUDITOR)
                        // Anything else under /api answers 404/405 to a signed-in caller, never to a stranger.
                        .anyRequest().authenticated());
        stateless(http, problems, settings);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
            SecuritySettings settings) {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(AUDITOR));
        stateless(http, problems, settings);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error", "/login", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/css/**", "/favicon.ico").permitAll()
                        // the workbench: the same roles as the API behind each screen
                        .requestMatchers("/workbench/check", "/workbench/check/**").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/workbench/versions/*/activation").hasRole(APPROVER)
                        .requestMatchers("/workbench/try", "/workbench/try/**").hasAnyRole(ANALYST, APPROVER)
                        .requestMatchers("/workbench/audit", "/workbench/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/workbench", "/workbench/**").hasAnyRole(ANALYST, APPROVER, AUDITOR)
                        .anyRequest().authenticated())
                // the sign-in page is the workbench's own (kz.shagym.workbench), in its three languages
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/workbench", false))
                .exceptionHandling(errors -> errors.accessDeniedHandler(SecurityConfiguration::pageAccessDenied))
                .logout(withDefaults());
        return http.build();
    }

    /**
     * A form posted after the session expired carries a CSRF token the server no longer knows, and the
     * user is anonymous again: that is "sign in again", not "your role has no access".
     */
    private static void pageAccessDenied(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException, ServletException {
        // The CSRF check runs before the request exposes its principal; the context is already loaded.
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        if (denied instanceof CsrfException && !signedIn) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, denied);
    }

    private static void stateless(HttpSecurity http, ProblemSecurityHandlers problems, SecuritySettings settings) {
        http.httpBasic(basic -> basic.realmName(ProblemSecurityHandlers.REALM).authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (settings.jwt().enabled()) {
            http.oauth2ResourceServer(tokens -> tokens
                    .jwt(jwt -> jwt.decoder(jwtDecoder(settings.jwt()))
                            .jwtAuthenticationConverter(jwtAuthenticationConverter(settings.jwt())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
    }

    private static NimbusJwtDecoder jwtDecoder(SecuritySettings.Jwt jwt) {
        SecretKeySpec key = new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
    }

    private static JwtAuthenticationConverter jwtAuthenticationConverter(SecuritySettings.Jwt jwt) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(jwt.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(jwt.principalClaim());
        return converter;
    }
}
