package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tokens are only as good as the checks on them: start-up refuses settings that would skip one. */
class JwtSettingsTest {

    private static final String SECRET = "a-test-only-hmac-key-of-at-least-32-bytes";

    @Test
    void secretWithoutIssuerOrAudienceShouldBeRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> jwt(SECRET, null, "shagym", Duration.ofSeconds(5)))
                .withMessageContaining("issuer");
        assertThatIllegalArgumentException().isThrownBy(() -> jwt(SECRET, "https://idp", " ", Duration.ofSeconds(5)))
                .withMessageContaining("audience");
    }

    @Test
    void clockSkewOverFiveSecondsShouldBeRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> jwt(SECRET, "https://idp", "shagym", Duration.ofSeconds(6)))
                .withMessageContaining("clock-skew");
    }

    @Test
    void tokensOffShouldNeedNeitherIssuerNorAudience() {
        assertThatNoException().isThrownBy(() -> jwt("", null, null, Duration.ofSeconds(5)));
    }

    private static SecuritySettings.Jwt jwt(String secret, String issuer, String audience, Duration skew) {
        return new SecuritySettings.Jwt(secret, issuer, audience, skew, "roles", "sub");
    }
}
