package kz.shagym.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service.
 *
 * @param users HTTP Basic (API) and form login (workbench) accounts
 * @param jwt bearer tokens, accepted only when a secret is set
 * @param signInThrottle how many wrong passwords lock a name or an address out, and for how long
 * @param hsts send Strict-Transport-Security on HTTPS answers; the {@code prod} profile turns it on (a
 *     browser that saw it refuses plain HTTP to this host for a year, so never on a developer's localhost)
 */
@ConfigurationProperties("shagym.security")
record SecuritySettings(@DefaultValue List<User> users, @DefaultValue Jwt jwt,
        @DefaultValue SignInThrottle signInThrottle, @DefaultValue("false") boolean hsts) {

    private static final Pattern HASHED = Pattern.compile("^\\{[A-Za-z0-9@_.-]+}.+");

    SecuritySettings {
        users = List.copyOf(users);
        Set<String> names = new HashSet<>();
        for (User user : users) {
            // two spellings of one name would be two accounts to Spring but one person to four-eyes
            if (!names.add(Identity.normalised(user.name()))) {
                throw new IllegalArgumentException("shagym.security.users names '" + user.name() + "' twice"
                        + " (names are compared case-insensitively, after Unicode NFKC normalisation)");
            }
        }
    }

    /**
     * @param password stored hashed, with the encoder's id in front: {@code {bcrypt}$2a$10$...}
     */
    record User(String name, String password, @DefaultValue Set<Role> roles) {

        User {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("every entry of shagym.security.users needs a name");
            }
            if (password == null || !HASHED.matcher(password).matches()) {
                throw new IllegalArgumentException("the password of user '" + name
                        + "' must be a hash with its encoder id in front, e.g. {bcrypt}$2a$10$...");
            }
            roles = Set.copyOf(roles);
        }

        /** A password kept in clear text ({@code {noop}}), tolerable only outside production. */
        boolean clearTextPassword() {
            return password.startsWith("{noop}");
        }
    }

    /**
     * @param secret the HMAC key (HS256, at least 32 bytes of UTF-8); tokens are refused while it is unset
     * @param issuer the only {@code iss} accepted; required once a secret is set
     * @param audience the {@code aud} a token must name; required once a secret is set
     * @param clockSkew how far the clocks of issuer and service may differ when {@code exp} and {@code nbf}
     *     are checked; at most {@link #MAX_CLOCK_SKEW}, so an expired token dies within seconds
     * @param rolesClaim the claim that lists a token's roles ({@code ["CLIENT"]})
     * @param principalClaim the claim that names the caller, as recorded in the audit; required in every token
     */
    record Jwt(String secret, String issuer, String audience, @DefaultValue("5s") Duration clockSkew,
            @DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String principalClaim) {

        static final int MIN_SECRET_BYTES = 32;
        static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(5);

        Jwt {
            if (secret != null && !secret.isBlank() && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("shagym.security.jwt.secret must be at least " + MIN_SECRET_BYTES
                        + " bytes for HS256");
            }
            // A token the service cannot tie to its issuer and to itself may be one minted for another service
            // with the same key: with tokens on, both are required, not silently skipped.
            if (secret != null && !secret.isBlank() && (blank(issuer) || blank(audience))) {
                throw new IllegalArgumentException("shagym.security.jwt.issuer and shagym.security.jwt.audience"
                        + " must be set when shagym.security.jwt.secret is: tokens are checked against both");
            }
            if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("shagym.security.jwt.clock-skew must be between 0 and "
                        + MAX_CLOCK_SKEW.toSeconds() + " seconds");
            }
        }

        boolean enabled() {
            return secret != null && !secret.isBlank();
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /**
     * Wrong passwords are counted per user name and per client address within a window; once either count
     * reaches its limit, every sign-in for that name or from that address is refused with 429, the right
     * password included, until the window has passed since the last failure.
     *
     * @param maxFailuresPerUser failures of one name (from anywhere) that lock it
     * @param maxFailuresPerAddress failures from one address (any names) that lock it; higher, because an
     *     office may sign in from behind one address
     * @param window how long failures are remembered, and how long a lock lasts
     * @param maxTracked names and addresses remembered at most, so that a flood of invented names cannot
     *     exhaust memory
     */
    record SignInThrottle(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window, @DefaultValue("100000") int maxTracked) {

        SignInThrottle {
            if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1 || maxTracked < 1) {
                throw new IllegalArgumentException("shagym.security.sign-in-throttle limits must be at least 1");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("shagym.security.sign-in-throttle.window must be positive");
            }
        }
    }
}
