package kz.shagym.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords for this name or from this address: no password is checked until the lock lifts. */
final class SignInLocked extends AuthenticationException {

    private final Duration retryAfter;

    SignInLocked(Duration retryAfter) {
        super("sign-in locked after repeated failures");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a sign-in may be tried again, at least one: the value of {@code Retry-After}. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes, rounded up, for people. */
    long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
