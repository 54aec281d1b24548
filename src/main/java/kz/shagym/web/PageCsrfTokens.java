package kz.shagym.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The pages' CSRF tokens: in the session once there is one (after sign-in), in an HttpOnly cookie before.
 *
 * <p>Why not the session alone: keeping a stranger's token there made a session for every anonymous view
 * of the sign-in page, and a flood of such views (about 12,000 a second here) filled a 1 GB heap in a minute.
 * Why not the cookie alone: a cookie can be planted by a sibling site of the same domain, and a token
 * compared with a cookie is then no proof; a signed-in person's token stays on the server. Signing in
 * removes the cookie's token (Spring's {@code CsrfAuthenticationStrategy}), so the session's replaces it.
 * A form posted after the session expired finds no session and no cookie token, and is refused as before.
 */
final class PageCsrfTokens implements CsrfTokenRepository {

    private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    PageCsrfTokens() {
        cookie.setCookieCustomizer(builder -> builder.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}
