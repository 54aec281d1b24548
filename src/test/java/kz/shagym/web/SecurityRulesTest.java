package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who may call what: the matrix of api.md, against stand-ins for the endpoints other features build. */
@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class})
class SecurityRulesTest {

    /** Answers 200 with the caller's name on every path the rules name. */
    @RestController
    static class Endpoints {
        @RequestMapping({"/api/v1/decisions", "/api/v1/decisions/{id}", "/api/v1/decisions/{id}/replay",
                "/api/v1/audit/verification", "/api/v1/calendar/working-days", "/api/v1/rulesets",
                "/api/v1/rulesets/{id}", "/api/v1/rulesets/{id}/activation", "/api/v1/rulesets/{a}/diff/{b}",
                "/api/v1/rulesets/{id}/rejection", "/api/v1/rulesets/{id}/return", "/workbench/try",
                "/workbench/versions", "/workbench/folders/draft",
                "/api/v1/rulesets/{id}/impact", "/api/v1/rulesets/{id}/impact/{job}", "/workbench/versions/{id}/impact/{job}",
                "/api/v1/activations", "/actuator/health", "/actuator/info", "/actuator/metrics", "/v3/api-docs",
                "/v3/api-docs/swagger-config", "/swagger-ui/index.html", "/workbench"})
        String ok(Principal caller) {
            return caller == null ? "anonymous" : caller.getName();
        }
    }

    @Autowired
    MockMvc mvc;

    record Rule(HttpMethod method, String path, Role role, int status) {
        @Override
        public String toString() {
            return method + " " + path + " as " + (role == null ? "anonymous" : role) + " -> " + status;
        }
    }

    static Stream<Rule> rules() {
        return Stream.of(
                rule(HttpMethod.POST, "/api/v1/decisions", Role.CLIENT, 200),
                rule(HttpMethod.POST, "/api/v1/decisions", Role.ANALYST, 200),
                rule(HttpMethod.POST, "/api/v1/decisions", Role.APPROVER, 200),
                rule(HttpMethod.POST, "/api/v1/decisions", Role.AUDITOR, 403),
                rule(HttpMethod.POST, "/api/v1/decisions", null, 401),
                rule(HttpMethod.GET, "/api/v1/calendar/working-days", Role.CLIENT, 200),
                rule(HttpMethod.GET, "/api/v1/calendar/working-days", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/api/v1/calendar/working-days", null, 401),
                rule(HttpMethod.POST, "/api/v1/rulesets", Role.ANALYST, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets", Role.APPROVER, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets", Role.CLIENT, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/activation", Role.APPROVER, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/activation", Role.ANALYST, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/activation", Role.AUDITOR, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/impact", Role.ANALYST, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/impact", Role.APPROVER, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/impact", Role.AUDITOR, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/impact", Role.CLIENT, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/impact", null, 401),
                rule(HttpMethod.GET, "/api/v1/rulesets/3f9a2c/impact/j1", Role.APPROVER, 200),
                rule(HttpMethod.GET, "/api/v1/rulesets/3f9a2c/impact/j1", Role.AUDITOR, 403),
                rule(HttpMethod.GET, "/api/v1/rulesets/3f9a2c/impact/j1", Role.CLIENT, 403),
                rule(HttpMethod.GET, "/api/v1/rulesets/3f9a2c", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/workbench/versions/3f9a2c/impact/j1", Role.ANALYST, 200),
                rule(HttpMethod.GET, "/workbench/versions/3f9a2c/impact/j1", Role.AUDITOR, 403),
                rule(HttpMethod.GET, "/api/v1/rulesets", Role.ANALYST, 200),
                rule(HttpMethod.GET, "/api/v1/rulesets/active", Role.APPROVER, 200),
                rule(HttpMethod.GET, "/api/v1/rulesets/a/diff/b", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/api/v1/rulesets", Role.CLIENT, 403),
                rule(HttpMethod.GET, "/api/v1/activations", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/api/v1/activations", Role.APPROVER, 200),
                rule(HttpMethod.GET, "/api/v1/activations", Role.CLIENT, 403),
                rule(HttpMethod.GET, "/api/v1/decisions", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/api/v1/decisions", Role.ANALYST, 403),
                rule(HttpMethod.GET, "/api/v1/decisions/0b6c", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/api/v1/decisions/0b6c", Role.CLIENT, 403),
                rule(HttpMethod.POST, "/api/v1/decisions/0b6c/replay", Role.AUDITOR, 200),
                rule(HttpMethod.POST, "/api/v1/decisions/0b6c/replay", Role.CLIENT, 403),
                rule(HttpMethod.GET, "/api/v1/audit/verification", Role.AUDITOR, 200),
                rule(HttpMethod.GET, "/api/v1/audit/verification", Role.APPROVER, 403),
                rule(HttpMethod.GET, "/actuator/health", null, 200),
                rule(HttpMethod.GET, "/actuator/info", null, 200),
                rule(HttpMethod.GET, "/actuator/metrics", null, 401),
                rule(HttpMethod.GET, "/actuator/metrics", Role.CLIENT, 403),
                rule(HttpMethod.GET, "/actuator/metrics", Role.AUDITOR, 403),
                rule(HttpMethod.GET, "/actuator/metrics", Role.OPERATOR, 200),
                rule(HttpMethod.GET, "/v3/api-docs", null, 200),
                rule(HttpMethod.GET, "/v3/api-docs/swagger-config", null, 200),
                rule(HttpMethod.GET, "/swagger-ui/index.html", null, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/rejection", Role.APPROVER, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/rejection", Role.ANALYST, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/return", Role.APPROVER, 200),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/return", Role.CLIENT, 403),
                rule(HttpMethod.POST, "/api/v1/rulesets/3f9a2c/return", Role.AUDITOR, 403),
                rule(HttpMethod.GET, "/workbench", Role.ANALYST, 200),
                rule(HttpMethod.GET, "/workbench", Role.CLIENT, 200),
                rule(HttpMethod.GET, "/workbench/try", Role.CLIENT, 200),
                rule(HttpMethod.GET, "/workbench/try", Role.AUDITOR, 403),
                rule(HttpMethod.GET, "/workbench/versions", Role.CLIENT, 403),
                rule(HttpMethod.GET, "/workbench/versions", Role.AUDITOR, 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void requestShouldBeLetThroughOnlyForTheRolesTheRulesName(Rule rule) throws Exception {
        MockHttpServletRequestBuilder request = request(rule.method(), rule.path());
        if (rule.role() != null) {
            request.with(user(rule.role().name().toLowerCase()).roles(rule.role().name()));
        }
        mvc.perform(request).andExpect(status().is(rule.status()));
    }

    @Test
    void apiWithoutCredentialsShouldAnswer401ProblemEvenToABrowserNeverARedirect() throws Exception {
        mvc.perform(get("/api/v1/rulesets").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-AUTH-401"))
                .andExpect(jsonPath("$.instance").value("/api/v1/rulesets"));
    }

    @Test
    void apiWithTheWrongRoleShouldAnswer403Problem() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(user("client").roles("CLIENT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-AUTH-403"))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.instance").value("/api/v1/audit/verification"));
    }

    @Test
    void actuatorWithoutCredentialsShouldAnswer401ProblemToo() throws Exception {
        mvc.perform(get("/actuator/metrics"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"));
    }

    @Test
    void apiShouldNotOpenASession() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/rulesets")
                        .with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string("analyst"))
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void apiShouldRefuseABearerTokenWhileNoJwtSecretIsSet() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").header(HttpHeaders.AUTHORIZATION, "Bearer abc.def.ghi"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"));
    }

    @Test
    void workbenchWithoutASessionShouldRedirectToTheLoginPage() throws Exception {
        mvc.perform(get("/workbench").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageShouldBeServedToAnyone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void formLoginWithADemoUserShouldOpenTheWorkbench() throws Exception {
        mvc.perform(formLogin("/login").user("analyst").password("analyst"))
                .andExpect(authenticated().withUsername("analyst").withRoles("ANALYST"))
                .andExpect(redirectedUrl("/workbench"));
    }

    @Test
    void formLoginWithAWrongPasswordShouldFail() throws Exception {
        mvc.perform(formLogin("/login").user("analyst").password("approver"))
                .andExpect(redirectedUrl("/login?error"));
    }

    private static Rule rule(HttpMethod method, String path, Role role, int status) {
        return new Rule(method, path, role, status);
    }
}
