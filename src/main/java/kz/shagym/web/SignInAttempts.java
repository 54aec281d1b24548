package kz.shagym.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong passwords counted per user name and per client address (see {@link SecuritySettings.SignInThrottle}).
 * The counters live in bounded Caffeine caches that forget a key a window after its last failure; time
 * comes from the injected clock, for the caches as well, so a test moves it instead of waiting.
 *
 * <p>A lock is checked before the password and a failure counted after it, so requests already in
 * flight when the limit is reached still get their answer: a burst can overshoot the limit by the
 * requests running at once, never more. Counting before the check would refuse a backend's own parallel
 * requests, which must stay cheap.
 */
final class SignInAttempts {

    /** Failures of one key and when the latest happened. */
    private record Failures(int count, Instant last) {
    }

    private final SecuritySettings.SignInThrottle limits;
    private final Clock clock;
    private final Cache<String, Failures> users;
    private final Cache<String, Failures> addresses;

    SignInAttempts(SecuritySettings.SignInThrottle limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.users = cache();
        this.addresses = cache();
    }

    /** When the lock on this name or this address lifts, if either is locked now. */
    Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        Instant byUser = lockedUntil(failuresOf(user), limits.maxFailuresPerUser(), now);
        Instant byAddress = lockedUntil(addresses.getIfPresent(address), limits.maxFailuresPerAddress(), now);
        if (byUser == null) {
            return Optional.ofNullable(byAddress);
        }
        return Optional.of(byAddress == null || byUser.isAfter(byAddress) ? byUser : byAddress);
    }

    /**
     * Counts a wrong password.
     *
     * @return whether this failure locked the name or the address
     */
    boolean failed(String user, String address) {
        Instant now = clock.instant();
        int byUser = users.asMap().compute(userKey(user), (key, failures) -> next(failures, now)).count();
        int byAddress = addresses.asMap().compute(address, (key, failures) -> next(failures, now)).count();
        return byUser == limits.maxFailuresPerUser() || byAddress == limits.maxFailuresPerAddress();
    }

    /** The right password clears the name's count; the address keeps its own, which guesses at other names fill. */
    void succeeded(String user) {
        if (!users.asMap().isEmpty()) {
            users.invalidate(userKey(user));
        }
    }

    /**
     * The name's failures, if any. Every API request signs in, and normalising a name took a sixth of a
     * sign-in's CPU: with no failure counted for any name there is nothing to look up.
     */
    private Failures failuresOf(String user) {
        return users.asMap().isEmpty() ? null : users.getIfPresent(userKey(user));
    }

    private Failures next(Failures failures, Instant now) {
        return current(failures, now) == null ? new Failures(1, now) : new Failures(failures.count() + 1, now);
    }

    private Instant lockedUntil(Failures failures, int max, Instant now) {
        Failures current = current(failures, now);
        return current != null && current.count() >= max ? current.last().plus(limits.window()) : null;
    }

    /** The failures still inside the window, or null. */
    private Failures current(Failures failures, Instant now) {
        return failures != null && now.isBefore(failures.last().plus(limits.window())) ? failures : null;
    }

    /** {@code Admin} and {@code admin} are one account to Spring's user store, so one count. */
    private static String userKey(String user) {
        return Identity.normalised(user == null ? "" : user);
    }

    private Cache<String, Failures> cache() {
        return Caffeine.newBuilder()
                .maximumSize(limits.maxTracked())
                .expireAfterWrite(limits.window())
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }
}
