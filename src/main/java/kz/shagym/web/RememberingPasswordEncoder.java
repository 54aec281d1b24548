package kz.shagym.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Backends call the API with HTTP Basic on every request, and bcrypt is slow on purpose (tens of
 * milliseconds), which would cap decisions per second far below what the rules allow. After a
 * password matched once, this remembers a keyed hash of that (password, stored hash) pair for a
 * short while, so the next request with the same credentials skips bcrypt. Only matches are
 * remembered, never the password itself; the key lives in memory and dies with the process, and a
 * changed stored hash (a new password) misses at once.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    /**
     * One keyed MAC per thread, kept: finding the provider and keying a new one took about a third of a sign-in's
     * CPU, on every API request. {@code doFinal} resets it for the next fingerprint, with the same key.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final Map<String, Instant> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(fingerprint);
            if (until != null && now.isBefore(until)) {
                return true;
            }
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(fingerprint, now.plus(ttl));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence raw, String encoded) {
        Mac mac = macs.get();
        mac.update(encoded.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }
}
