package kz.shagym.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The headers that tell a browser what to refuse, on pages and on the API, with and without the prod profile. */
@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class})
class BrowserHeadersTest {

    private static final String CSP = "Content-Security-Policy";
    private static final String HSTS = "Strict-Transport-Security";

    @Autowired
    MockMvc mvc;

    @Test
    void workbenchPageShouldForbidScriptsAndInlineStylesAndFraming() throws Exception {
        mvc.perform(get("/workbench").with(user("analyst").roles("ANALYST")))
                .andExpect(header().string(CSP, "default-src 'none'; style-src 'self'; img-src 'self';"
                        + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void signInPageShouldCarryTheSamePolicyBeforeAnyoneSignsIn() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(CSP, BrowserHeaders.PAGE_POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void swaggerUiShouldRunOnlyItsOwnScripts() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(header().string(CSP, BrowserHeaders.SWAGGER_UI_POLICY))
                .andExpect(header().string(CSP, org.hamcrest.Matchers.containsString("script-src 'self';")));
    }

    @Test
    void apiAnswersShouldBeNeitherRunNorFramedNorSendAReferrer() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").with(user("client").roles("CLIENT")))
                .andExpect(header().string(CSP, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/api/v1/calendar/working-days"))
                .andExpect(header().string(CSP, BrowserHeaders.MACHINE_POLICY));
    }

    @Test
    void withoutTheProdProfileHttpsAnswersShouldNotPinTheHostToHttps() throws Exception {
        mvc.perform(get("/login").secure(true)).andExpect(header().doesNotExist(HSTS));
        mvc.perform(get("/api/v1/calendar/working-days").secure(true)).andExpect(header().doesNotExist(HSTS));
    }

    @Nested
    @ActiveProfiles("prod")
    @TestPropertySource(properties = {"shagym.security.users[0].name=ministry",
            "shagym.security.users[0].password={bcrypt}$2a$10$qRZNTLx6E/fctdmgp7TIqemI4w3Rove3G8Q4ly4kYTmG8F4zKAvTq",
            "shagym.security.users[0].roles=CLIENT"})
    class UnderTheProdProfile {

        @Autowired
        MockMvc prod;

        @Test
        void httpsAnswersShouldCarryHstsForAYear() throws Exception {
            prod.perform(get("/login").secure(true))
                    .andExpect(header().string(HSTS, "max-age=31536000 ; includeSubDomains"));
            prod.perform(get("/api/v1/calendar/working-days").secure(true))
                    .andExpect(header().string(HSTS, "max-age=31536000 ; includeSubDomains"));
        }

        @Test
        void plainHttpAnswersShouldNotCarryHsts() throws Exception {
            prod.perform(get("/login")).andExpect(header().doesNotExist(HSTS));
        }
    }
}
