package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override public String encode(CharSequence raw) { return real.encode(raw); }
        @Override public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    private final String stored = real.encode("client");

    private RememberingPasswordEncoder at(Instant now) {
        return new RememberingPasswordEncoder(counting, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void matchesWhenTheSamePasswordComesAgainShouldSkipTheSlowCheck() {
        RememberingPasswordEncoder encoder = at(Instant.parse("2025-03-19T10:00:00Z"));

        assertThat(encoder.matches("client", stored)).isTrue();
        assertThat(encoder.matches("client", stored)).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void matchesWhenThePasswordIsWrongShouldAlwaysRefuseAndNeverRemember() {
        RememberingPasswordEncoder encoder = at(Instant.parse("2025-03-19T10:00:00Z"));

        assertThat(encoder.matches("wrong", stored)).isFalse();
        assertThat(encoder.matches("wrong", stored)).isFalse();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void matchesWhenTheStoredHashChangedShouldCheckAgain() {
        RememberingPasswordEncoder encoder = at(Instant.parse("2025-03-19T10:00:00Z"));
        encoder.matches("client", stored);

        assertThat(encoder.matches("client", real.encode("new-password"))).isFalse();
    }
}
