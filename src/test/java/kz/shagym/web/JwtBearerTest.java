package kz.shagym.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class, JwtBearerTest.FixedTime.class})
@TestPropertySource(properties = {
        "shagym.security.jwt.secret=" + JwtBearerTest.SECRET,
        "shagym.security.jwt.issuer=" + JwtBearerTest.ISSUER,
        "shagym.security.jwt.audience=" + JwtBearerTest.AUDIENCE})
class JwtBearerTest {

    static final String SECRET = "a-test-only-hmac-key-of-at-least-32-bytes";
    static final String ISSUER = "https://idp.gov.kz";
    static final String AUDIENCE = "shagym";
    /** The service's "now": tokens are timed against it, not against the machine running the test. */
    static final Instant NOW = Instant.parse("2025-03-19T09:00:00Z");

    @TestConfiguration
    static class FixedTime {
        @Bean
        Clock clock() {
            return new MovableClock(NOW);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void tokenWithClientRoleShouldDecideUnderItsSubject() throws Exception {
        mvc.perform(post("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, bearer(token(SECRET, "CLIENT", 60))))
                .andExpect(status().isOk())
                .andExpect(content().string("ministry-backend"));
    }

    @Test
    void tokenWithAuditorRoleShouldBeRefusedADecisionWith403() throws Exception {
        mvc.perform(post("/api/v1/decisions").header(HttpHeaders.AUTHORIZATION, bearer(token(SECRET, "AUDITOR", 60))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-403"));
    }

    @Test
    void tokenSignedWithAnotherKeyShouldAnswer401Problem() throws Exception {
        expectRefused(token("another-hmac-key-also-at-least-32-bytes-long", "CLIENT", 60));
    }

    @Test
    void expiredTokenShouldAnswer401Problem() throws Exception {
        expectRefused(token(SECRET, "CLIENT", -600));
    }

    @Test
    void tokenExpiredSixSecondsAgoShouldBeRefusedBecauseTheSkewIsFiveSeconds() throws Exception {
        expectRefused(token(SECRET, "CLIENT", -6));
    }

    @Test
    void tokenExpiredFourSecondsAgoShouldStillPassWithinTheSkew() throws Exception {
        calendar(token(SECRET, "CLIENT", -4)).andExpect(status().isOk());
    }

    @Test
    void tokenWithoutExpiryShouldBeRefusedRatherThanLiveForever() throws Exception {
        expectRefused(token(claims -> claims.expirationTime(null)));
    }

    @Test
    void tokenWithoutSubjectShouldBeRefusedRatherThanRecordedAsAnonymous() throws Exception {
        expectRefused(token(claims -> claims.subject(null)));
        expectRefused(token(claims -> claims.subject("  ")));
    }

    @Test
    void tokenFromAnotherIssuerShouldBeRefused() throws Exception {
        expectRefused(token(claims -> claims.issuer("https://evil.example")));
        expectRefused(token(claims -> claims.issuer(null)));
    }

    @Test
    void tokenForAnotherAudienceShouldBeRefused() throws Exception {
        expectRefused(token(claims -> claims.audience("another-service")));
        expectRefused(token(claims -> claims.audience((String) null)));
    }

    @Test
    void tokenWhoseAudienceListIncludesThisServiceShouldPass() throws Exception {
        calendar(token(claims -> claims.audience(List.of("another-service", AUDIENCE)))).andExpect(status().isOk());
    }

    @Test
    void basicShouldStillWorkWhenTokensAreOn() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string("auditor"));
    }

    private void expectRefused(String token) throws Exception {
        calendar(token).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("SHG-AUTH-401"));
    }

    private ResultActions calendar(String token) throws Exception {
        return mvc.perform(get("/api/v1/calendar/working-days").header(HttpHeaders.AUTHORIZATION, bearer(token)));
    }

    private static String token(String secret, String role, long secondsToLive) throws Exception {
        return sign(secret, valid(role).expirationTime(Date.from(NOW.plusSeconds(secondsToLive))).build());
    }

    /** A valid CLIENT token, changed by the test. */
    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(SECRET, change.apply(valid("CLIENT")).build());
    }

    private static JWTClaimsSet.Builder valid(String role) {
        return new JWTClaimsSet.Builder()
                .subject("ministry-backend")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("roles", List.of(role))
                .issueTime(Date.from(NOW.minusSeconds(1200)))
                .expirationTime(Date.from(NOW.plusSeconds(60)));
    }

    private static String sign(String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
