package kz.shagym.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * 401 and 403 for machine callers: no redirect, no login page, the same problem document as every other
 * error, because Spring MVC's exception resolution (hence {@link ProblemAdvice}) writes it.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "shagym";

    private final HandlerExceptionResolver problems;
    private final boolean bearerTokens;

    ProblemSecurityHandlers(HandlerExceptionResolver problems, boolean bearerTokens) {
        this.problems = problems;
        this.bearerTokens = bearerTokens;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInLocked) {
            // not a challenge: no credentials help until the lock lifts
            resolve(request, response, e, HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        if (bearerTokens) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        }
        resolve(request, response, e, HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        resolve(request, response, e, HttpServletResponse.SC_FORBIDDEN);
    }

    private void resolve(HttpServletRequest request, HttpServletResponse response, Exception e, int status)
            throws IOException {
        if (problems.resolveException(request, response, null, e) == null) {
            response.sendError(status);
        }
    }
}
