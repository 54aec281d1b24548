package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong passwords lock a name after 3 and an address after 5 (the test's limits), for a 10-minute window
 * on a clock the test moves. Every test uses its own names and addresses: the counters live as long as
 * the application context, which the tests of this class share.
 */
@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class, SignInThrottleTest.Time.class})
@TestPropertySource(properties = {
        "shagym.security.sign-in-throttle.max-failures-per-user=3",
        "shagym.security.sign-in-throttle.max-failures-per-address=5",
        "shagym.security.sign-in-throttle.window=10m"})
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    @TestConfiguration
    static class Time {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.parse("2025-03-19T09:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Test
    void basicWhenAUserFailedThreeTimesShouldAnswer429EvenToTheRightPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            api("client", "wrong", from("10.0.1.1")).andExpect(status().isUnauthorized());
        }

        api("client", "client", from("10.0.1.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-AUTH-429"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "600"))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
        // the name is locked wherever it signs in from, however its case is written
        api("client", "client", from("10.0.1.2")).andExpect(status().isTooManyRequests());
        api("CLIENT", "client", from("10.0.1.2")).andExpect(status().isTooManyRequests());
        // another name from the same address is not locked by 3 failures
        api("auditor", "auditor", from("10.0.1.1")).andExpect(status().isOk());
    }

    @Test
    void basicWhenTheWindowHasPassedShouldLetTheRightPasswordInAgain() throws Exception {
        for (int i = 0; i < 3; i++) {
            api("approver", "wrong", from("10.0.2.1")).andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(7));
        api("approver", "approver", from("10.0.2.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "180"));

        clock.advance(Duration.ofMinutes(3));

        api("approver", "approver", from("10.0.2.1")).andExpect(status().isOk());
    }

    @Test
    void basicWhenOneAddressGuessedAtManyNamesShouldLockTheAddressButNotTheNames() throws Exception {
        for (String name : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
            api(name, "guess", from("10.0.3.1")).andExpect(status().isUnauthorized());
        }

        api("analyst", "analyst", from("10.0.3.1")).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-429"));
        api("analyst", "analyst", from("10.0.3.2")).andExpect(status().isOk());
    }

    @Test
    void basicWhenTheRightPasswordFollowsFailuresShouldStartTheNameCountAfresh() throws Exception {
        api("analyst", "wrong", from("10.0.4.1")).andExpect(status().isUnauthorized());
        api("analyst", "wrong", from("10.0.4.2")).andExpect(status().isUnauthorized());
        api("analyst", "analyst", from("10.0.4.3")).andExpect(status().isOk());
        api("analyst", "wrong", from("10.0.4.4")).andExpect(status().isUnauthorized());
        api("analyst", "wrong", from("10.0.4.5")).andExpect(status().isUnauthorized());

        api("analyst", "analyst", from("10.0.4.6")).andExpect(status().isOk());
    }

    @Test
    void formLoginWhenLockedShouldAnswer429WithTheLockedSignInPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(signIn("locked-form-user", "wrong", "10.0.5.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn("locked-form-user", "wrong", "10.0.5.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "600"))
                .andExpect(forwardedUrl("/login/locked"));
    }

    @Test
    void failuresAndLocksShouldBeLoggedWithNameAndAddressButNeverThePassword(CapturedOutput log) throws Exception {
        for (int i = 0; i < 3; i++) {
            api("auditor\nFAKE LOG LINE", "Secret-Guess-42", from("10.0.6.1"));
        }
        api("auditor\nFAKE LOG LINE", "Secret-Guess-42", from("10.0.6.1"));

        assertThat(log.getAll())
                .contains("Sign-in failed: user 'auditor?FAKE LOG LINE' from 10.0.6.1")
                .contains("Sign-in locked after repeated failures: user 'auditor?FAKE LOG LINE' from 10.0.6.1")
                .contains("Sign-in refused while locked: user 'auditor?FAKE LOG LINE' from 10.0.6.1")
                .doesNotContain("Secret-Guess-42")
                .doesNotContain("\nFAKE LOG LINE");
    }

    private ResultActions api(String user, String password, RequestPostProcessor address) throws Exception {
        return mvc.perform(get("/api/v1/calendar/working-days").with(httpBasic(user, password)).with(address));
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
