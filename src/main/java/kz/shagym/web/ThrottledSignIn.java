package kz.shagym.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, HTTP Basic and the workbench form alike, behind {@link SignInAttempts}: a locked
 * name or address is refused with {@link SignInLocked} before its password is looked at, so the right
 * password does not get through a lock either. Failures and locks are logged with the name (made safe
 * for a log line) and the address, never with the password.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);
    private static final int LOGGED_NAME_MAX = 64;

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final Clock clock;

    ThrottledSignIn(AuthenticationProvider passwords, SignInAttempts attempts, Clock clock) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String user = request.getName();
        String address = address(request);
        Optional<Instant> locked = attempts.lockedUntil(user, address);
        if (locked.isPresent()) {
            log.info("Sign-in refused while locked: user '{}' from {}", loggable(user), address);
            throw new SignInLocked(Duration.between(clock.instant(), locked.get()));
        }
        try {
            Authentication signedIn = passwords.authenticate(request);
            attempts.succeeded(user);
            return signedIn;
        } catch (BadCredentialsException e) {
            if (attempts.failed(user, address)) {
                log.warn("Sign-in locked after repeated failures: user '{}' from {}", loggable(user), address);
            } else {
                log.info("Sign-in failed: user '{}' from {}", loggable(user), address);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container sees it (behind a proxy: configure forwarded headers). */
    private static String address(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    /** A name is whatever the caller typed: no line breaks or control characters into the log, and not too much. */
    static String loggable(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        name.codePoints().limit(LOGGED_NAME_MAX)
                .forEach(c -> safe.appendCodePoint(unsafe(c)
                        ? '?' : c));
        return name.codePointCount(0, name.length()) > LOGGED_NAME_MAX ? safe + "…" : safe.toString();
    }

    private static boolean unsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
