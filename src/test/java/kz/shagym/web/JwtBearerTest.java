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
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class})
@TestPropertySource(properties = "shagym.security.jwt.secret=" + JwtBearerTest.SECRET)
class JwtBearerTest {

    static final String SECRET = "a-test-only-hmac-key-of-at-least-32-bytes";

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
        String forged = token("another-hmac-key-also-at-least-32-bytes-long", "CLIENT", 60);
        mvc.perform(get("/api/v1/calendar/working-days").header(HttpHeaders.AUTHORIZATION, bearer(forged)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"));
    }

    @Test
    void expiredTokenShouldAnswer401Problem() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days")
                        .header(HttpHeaders.AUTHORIZATION, bearer(token(SECRET, "CLIENT", -600))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"));
    }

    @Test
    void basicShouldStillWorkWhenTokensAreOn() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string("auditor"));
    }

    private static String token(String secret, String role, long secondsToLive) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("ministry-backend")
                .claim("roles", List.of(role))
                .issueTime(Date.from(Instant.now().minusSeconds(1200)))
                .expirationTime(Date.from(Instant.now().plusSeconds(secondsToLive)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
