package kz.shagym.web;

import java.nio.charset.StandardCharsets;
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
 */
@ConfigurationProperties("shagym.security")
record SecuritySettings(@DefaultValue List<User> users, @DefaultValue Jwt jwt) {

    private static final Pattern HASHED = Pattern.compile("^\\{[A-Za-z0-9@_.-]+}.+");

    SecuritySettings {
        users = List.copyOf(users);
        Set<String> names = new HashSet<>();
        for (User user : users) {
            if (!names.add(user.name())) {
                throw new IllegalArgumentException("shagym.security.users names '" + user.name() + "' twice");
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
     * @param rolesClaim the claim that lists a token's roles ({@code ["CLIENT"]})
     * @param principalClaim the claim that names the caller, as recorded in the audit
     */
    record Jwt(String secret, @DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String principalClaim) {

        static final int MIN_SECRET_BYTES = 32;

        Jwt {
            if (secret != null && !secret.isBlank() && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("shagym.security.jwt.secret must be at least " + MIN_SECRET_BYTES
                        + " bytes for HS256");
            }
        }

        boolean enabled() {
            return secret != null && !secret.isBlank();
        }
    }
}
