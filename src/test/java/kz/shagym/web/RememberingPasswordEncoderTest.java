package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void matchesWhenThePasswordComesAgainOnOtherThreadsShouldSkipTheSlowCheckThereToo() throws Exception {
        RememberingPasswordEncoder encoder = at(Instant.parse("2025-03-19T10:00:00Z"));
        assertThat(encoder.matches("client", stored)).isTrue();

        // each thread keys its own MAC: the fingerprint must come out the same on every one, many times over
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(threads.submit(() -> encoder.matches("client", stored) && !encoder.matches("wrong", stored)));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        // the first match, and each wrong password (never remembered)
        assertThat(slowChecks).hasValue(1 + 200);
    }
}
