package kz.shagym.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.csrf.CsrfException;
import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Three filter chains: the JSON API and the actuator are stateless (HTTP Basic, and JWT when configured;
 * 401/403 as problem documents, never a redirect); everything else is the browser side, with form login,
 * CSRF protection, and a session from sign-in on (none for a stranger: {@link PageCsrfTokens}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CLIENT = Role.CLIENT.name();
    private static final String ANALYST = Role.ANALYST.name();
    private static final String APPROVER = Role.APPROVER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String OPERATOR = Role.OPERATOR.name();

    /** The sign-in page as shown while a sign-in is locked out; the workbench maps it to its login view. */
    static final String LOCKED_PAGE = "/login/locked";
    /** Minutes until the lock lifts, for the sign-in page's message. */
    static final String LOCKED_MINUTES_ATTRIBUTE = "signInLockedMinutes";

    /**
     * No Spring Security observations. With Micrometer present, Spring Security otherwise wraps every
     * filter of every chain, the authentication and the authorization in observations of their own,
     * with events and timers per filter: under load that was 9% of a request thread's time, for every
     * request (the bare health check too). Requests stay measured, once each, by Spring's
     * {@code http.server.requests}; wrong passwords are logged and throttled by {@code ThrottledSignIn}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, SecuritySettings settings) {
        return new ProblemSecurityHandlers(resolver, settings.jwt().enabled());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems, SecuritySettings settings,
            ObjectProvider<Clock> clock) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions").hasAnyRole(CLIENT, ANALYST, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/checkpoints").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/rulesets").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/v1/rulesets/*/activation", "/api/v1/rulesets/*/rejection",
                                "/api/v1/rulesets/*/return").hasRole(APPROVER)
                        .requestMatchers("/api/v1/rulesets/*/impact", "/api/v1/rulesets/*/impact/**")
                        .hasAnyRole(ANALYST, APPROVER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/rulesets/**", "/api/v1/activations")
                        .hasAnyRole(ANALYST, APPROVER, AUDITOR)
                        // Anything else under /api answers 404/405 to a signed-in caller, never to a stranger.
                        .anyRequest().authenticated());
        stateless(http, problems, settings, clock.getIfAvailable(Clock::systemUTC));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
            SecuritySettings settings, ObjectProvider<Clock> clock) {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        // open for load balancers; the details only for operators (management.endpoint.health.roles)
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(OPERATOR));
        stateless(http, problems, settings, clock.getIfAvailable(Clock::systemUTC));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, SecuritySettings settings) {
        BrowserHeaders.forPages(http, settings.hsts());
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error", "/login", LOCKED_PAGE, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/css/**", "/favicon.ico").permitAll()
                        // the workbench: the same roles as the API behind each screen
                        .requestMatchers("/workbench/check", "/workbench/check/**").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/workbench/versions/*/activation", "/workbench/versions/*/rejection",
                                "/workbench/versions/*/return").hasRole(APPROVER)
                        .requestMatchers("/workbench/versions/*/impact", "/workbench/versions/*/impact/**")
                        .hasAnyRole(ANALYST, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/workbench/folders/draft").hasAnyRole(ANALYST, APPROVER)
                        // a client system's people may try a decision as their system would ask it, nothing more
                        .requestMatchers("/workbench/try", "/workbench/try/**").hasAnyRole(CLIENT, ANALYST, APPROVER)
                        .requestMatchers("/workbench/audit", "/workbench/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/workbench").hasAnyRole(CLIENT, ANALYST, APPROVER, AUDITOR, OPERATOR)
                        .requestMatchers("/workbench", "/workbench/**").hasAnyRole(ANALYST, APPROVER, AUDITOR)
                        .anyRequest().authenticated())
                // No session before sign-in (PageCsrfTokens says why): the page asked for is remembered in a
                // cookie, and the CSRF token of the sign-in form too.
                .requestCache(cache -> cache.requestCache(pageAskedFor()))
                .csrf(csrf -> csrf.csrfTokenRepository(new PageCsrfTokens()))
                // the sign-in page is the workbench's own (kz.shagym.workbench), in its three languages
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/workbench", false)
                        .failureHandler(SecurityConfiguration::pageSignInFailed))
                .exceptionHandling(errors -> errors.accessDeniedHandler(SecurityConfiguration::pageAccessDenied))
                .logout(withDefaults());
        return http.build();
    }

    /**
     * A locked sign-in is not "wrong password": the page says so, in the page's language, with 429 and
     * Retry-After like the API. It is rendered in place (a forward), because a redirect would lose the status.
     */
    private static void pageSignInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof SignInLocked locked) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
            request.setAttribute(LOCKED_MINUTES_ATTRIBUTE, locked.retryAfterMinutes());
            request.getRequestDispatcher(LOCKED_PAGE).forward(request, response);
            return;
        }
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        // the page says "wrong name or password" from ?error; keeping the failure would make a session per try
        wrong.setAllowSessionCreation(false);
        wrong.onAuthenticationFailure(request, response, failure);
    }

    /**
     * The page a stranger asked for, to return to after sign-in, kept in an HttpOnly cookie (a relative path
     * only: Spring's {@code CookieRequestCache} ignores any other), where a session per stranger used to keep
     * it. Only pages are remembered: a form posted while signed out is not sent again as a page view.
     */
    private static CookieRequestCache pageAskedFor() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()));
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
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

    private static void stateless(HttpSecurity http, ProblemSecurityHandlers problems, SecuritySettings settings,
            Clock clock) {
        BrowserHeaders.forMachines(http, settings.hsts());
        http.httpBasic(basic -> basic.realmName(ProblemSecurityHandlers.REALM).authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (settings.jwt().enabled()) {
            http.oauth2ResourceServer(tokens -> tokens
                    .jwt(jwt -> jwt.decoder(jwtDecoder(settings.jwt(), clock))
                            .jwtAuthenticationConverter(jwtAuthenticationConverter(settings.jwt())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
    }

    static NimbusJwtDecoder jwtDecoder(SecuritySettings.Jwt jwt, Clock clock) {
        SecretKeySpec key = new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        // Spring's default accepts a token without exp (it never expires) and allows 60 s of skew.
        JwtTimestampValidator time = new JwtTimestampValidator(jwt.clockSkew());
        time.setAllowEmptyExpiryClaim(false);
        time.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(time,
                new JwtIssuerValidator(jwt.issuer()),
                new JwtAudienceValidator(jwt.audience()),
                present(JwtClaimNames.SUB),
                present(jwt.principalClaim()))));
        return decoder;
    }

    /** Without a subject the audit would record the caller as nobody. */
    private static JwtClaimValidator<Object> present(String claim) {
        return new JwtClaimValidator<>(claim, value -> value instanceof String text && !text.isBlank());
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
