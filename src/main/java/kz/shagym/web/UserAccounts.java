package kz.shagym.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The accounts of {@code shagym.security.users}. The demo accounts shipped in {@code application.yml}
 * (password = name) are announced loudly, and a {@code prod} profile refuses to start with them.
 */
@Configuration(proxyBeanMethods = false)
class UserAccounts {

    static final Set<String> DEMO_USERS = Set.of("client", "analyst", "approver", "auditor", "operator");

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Duration.ofMinutes(5), Clock.systemUTC());
    }

    /**
     * The one way to sign in with a password (HTTP Basic and the workbench form). Being the only
     * {@link AuthenticationProvider} bean, it is Spring Security's global manager, so no chain falls
     * back on an unthrottled check of the same accounts.
     */
    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService users, PasswordEncoder encoder, SecuritySettings settings,
            ObjectProvider<Clock> clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new ThrottledSignIn(passwords, new SignInAttempts(settings.signInThrottle(), time), time);
    }

    @Bean
    UserDetailsService userDetailsService(SecuritySettings settings, Environment environment) {
        refuseUnsafeAccountsInProduction(settings, environment);
        List<UserDetails> users = settings.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.password())
                        .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .toList();
        if (users.isEmpty()) {
            log.warn("No users in shagym.security.users: nobody can sign in with a password.");
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static void refuseUnsafeAccountsInProduction(SecuritySettings settings, Environment environment) {
        Set<String> demo = new TreeSet<>();
        Set<String> clearText = new TreeSet<>();
        for (SecuritySettings.User user : settings.users()) {
            if (DEMO_USERS.contains(user.name())) {
                demo.add(user.name());
            }
            if (user.clearTextPassword()) {
                clearText.add(user.name());
            }
        }
        boolean production = environment.matchesProfiles("prod");
        if (production && !demo.isEmpty()) {
            throw new IllegalStateException("Refusing to start with profile 'prod': the demo users " + demo
                    + " are configured in shagym.security.users, and their passwords are their names. Configure"
                    + " your own users (e.g. SHAGYM_SECURITY_USERS_0_NAME, _PASSWORD as {bcrypt}..., _ROLES_0).");
        }
        if (production && !clearText.isEmpty()) {
            throw new IllegalStateException("Refusing to start with profile 'prod': the users " + clearText
                    + " have {noop} (clear-text) passwords in shagym.security.users. Store a hash, e.g. {bcrypt}...");
        }
        if (!demo.isEmpty()) {
            log.warn("DEMO USERS ARE ON: {} can sign in with their names as passwords. Never expose this"
                    + " instance; the 'prod' profile refuses to start with them.", demo);
        }
    }
}
