package kz.shagym.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * What the browser is told to refuse, on top of Spring Security's defaults (nosniff, frame DENY, no
 * caching of authenticated answers). The workbench has no script at all and its styles live in
 * {@code /css/workbench.css}, so its policy allows neither scripts nor inline styles: an injected
 * {@code <script>} or {@code style=} does nothing.
 */
final class BrowserHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** The workbench, the sign-in and error pages. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    /**
     * Swagger UI is a third-party page: its scripts are its own files ('self'), but it sets inline styles and
     * data: images, and fetches the API document. It shows no user content.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** JSON and files: nothing in them is ever to be run or framed. */
    static final String MACHINE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static final long ONE_YEAR = 365L * 24 * 60 * 60;

    private BrowserHeaders() {
    }

    static void forPages(HttpSecurity http, boolean hsts) {
        RequestMatcher swaggerUi = pathPattern("/swagger-ui/**");
        http.headers(headers -> {
            headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                    new StaticHeadersWriter(CONTENT_SECURITY_POLICY, SWAGGER_UI_POLICY)));
            headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                    new StaticHeadersWriter(CONTENT_SECURITY_POLICY, PAGE_POLICY)));
            // same-origin: version ids and complaint ids in the workbench's URLs do not leave the site
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
        });
        transportSecurity(http, hsts);
    }

    static void forMachines(HttpSecurity http, boolean hsts) {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(MACHINE_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        transportSecurity(http, hsts);
    }

    /** Spring writes HSTS on HTTPS requests only; off unless configured, so that a plain-HTTP demo never sends it. */
    private static void transportSecurity(HttpSecurity http, boolean hsts) {
        http.headers(headers -> headers.httpStrictTransportSecurity(transport -> {
            if (hsts) {
                transport.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR);
            } else {
                transport.disable();
            }
        }));
    }
}
