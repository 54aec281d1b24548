package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts as configured in the real {@code application.yml}, under each profile. */
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersTest {

    private static final String OWN_USER =
            "{bcrypt}$2a$10$qRZNTLx6E/fctdmgp7TIqemI4w3Rove3G8Q4ly4kYTmG8F4zKAvTq";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecuritySettings.class)
    @Import(UserAccounts.class)
    static class Accounts {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Accounts.class);

    @Test
    void defaultProfileShouldStartWithTheDemoUsersAndWarnLoudly(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            UserDetailsService users = context.getBean(UserDetailsService.class);
            PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
            for (String name : new String[] {"client", "analyst", "approver", "auditor", "operator"}) {
                assertThat(encoder.matches(name, users.loadUserByUsername(name).getPassword())).isTrue();
                assertThat(users.loadUserByUsername(name).getAuthorities())
                        .extracting(Object::toString).containsExactly("ROLE_" + name.toUpperCase());
            }
        });
        assertThat(output).contains("WARN").contains("DEMO USERS ARE ON: [analyst, approver, auditor, client, operator]");
    }

    @Test
    void prodProfileShouldRefuseToStartWhileDemoUsersAreConfigured() {
        runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("Refusing to start with profile 'prod'")
                    .hasMessageContaining("[analyst, approver, auditor, client, operator]")
                    .hasMessageContaining("shagym.security.users");
        });
    }

    @Test
    void prodProfileShouldRefuseEvenOneDemoUserAmongOwnUsers() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "shagym.security.users[0].name=ministry", "shagym.security.users[0].password=" + OWN_USER,
                        "shagym.security.users[0].roles=CLIENT",
                        "shagym.security.users[1].name=auditor", "shagym.security.users[1].password=" + OWN_USER,
                        "shagym.security.users[1].roles=AUDITOR")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("the demo users [auditor]"));
    }

    @Test
    void prodProfileShouldStartWithItsOwnHashedUsers(CapturedOutput output) {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "shagym.security.users[0].name=ministry", "shagym.security.users[0].password=" + OWN_USER,
                        "shagym.security.users[0].roles=CLIENT")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("ministry")).isNotNull();
                });
        assertThat(output).doesNotContain("DEMO USERS ARE ON");
    }

    @Test
    void prodProfileShouldRefuseClearTextPasswords() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "shagym.security.users[0].name=ministry", "shagym.security.users[0].password={noop}secret",
                        "shagym.security.users[0].roles=CLIENT")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("{noop}"));
    }

    @Test
    void aPasswordWithoutItsEncoderIdShouldStopTheStartWithAClearMessage() {
        runner.withPropertyValues("shagym.security.users[0].name=ministry",
                        "shagym.security.users[0].password=secret", "shagym.security.users[0].roles=CLIENT")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("password of user 'ministry' must be a hash"));
    }

    @Test
    void aShortJwtSecretShouldStopTheStart() {
        runner.withPropertyValues("shagym.security.jwt.secret=too-short")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("at least 32 bytes"));
    }
}
