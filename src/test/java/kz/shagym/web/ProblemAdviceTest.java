package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemException;
import kz.shagym.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How the other features' controllers are answered when Spring, not our own reader, refuses a request. */
@WebMvcTest(ProblemAdviceTest.Endpoints.class)
@ExtendWith(OutputCaptureExtension.class)
@Import({WebConfiguration.class, ProblemAdviceTest.Endpoints.class})
class ProblemAdviceTest {

    private static final RequestPostProcessor APPROVER = user("approver").roles("APPROVER", "CLIENT");

    /** A feature's own problem, with a member that tries to overwrite a standard one. */
    static final class RuleSetNotDraft extends ProblemException {
        RuleSetNotDraft() {
            super(new Type("SHG-RULESET-409", ProblemCategory.CONFLICT, "Not a draft"), "not a draft");
        }

        @Override public String detail() { return "Only a draft can be activated."; }
        @Override public Map<String, Object> properties() { return Map.of("state", "ACTIVE", "code", "HIJACKED"); }
    }

    record Type(String code, ProblemCategory category, String title) implements ProblemType {
    }

    record Activation(String reason) {
    }

    @RestController
    static class Endpoints {
        @GetMapping("/api/v1/calendar/working-days")
        String workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam int days) {
            return from.plusDays(days).toString();
        }

        @GetMapping("/api/v1/calendar/gone")
        String clientGone() throws AsyncRequestNotUsableException {
            throw new AsyncRequestNotUsableException("ServletResponse failed to flushBuffer",
                    new IOException("Broken pipe"));
        }

        @PostMapping("/api/v1/rulesets/{id}/activation")
        String activate(@PathVariable String id, @RequestBody Activation activation) {
            if (id.equals("active")) {
                throw new RuleSetNotDraft();
            }
            return activation.reason();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aClientThatWentAwayWhileItsAnswerWasSentShouldGetNothingMoreAndLeaveNoErrorInTheLog(CapturedOutput log)
            throws Exception {
        mvc.perform(get("/api/v1/calendar/gone").with(APPROVER))
                .andExpect(content().string(""));

        // without its own handler, it was an "Unexpected error" with an incident and a stack trace
        assertThat(log.getAll()).doesNotContain("Unexpected error").doesNotContain("incident");
    }

    @Test
    void missingQueryParameterShouldBe400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days?from=2025-03-19").with(APPROVER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-REQ-400"))
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"));
    }

    @Test
    void queryParameterOfTheWrongTypeShouldBe400WithoutTypeNames() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days?from=2025-03-19&days=three").with(APPROVER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].code").value("WRONG_TYPE"))
                .andExpect(jsonPath("$.errors[0].message").value("'days' must be a number"));
    }

    @Test
    void impossibleDateParameterShouldBe400() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days?from=2025-02-30&days=3").with(APPROVER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("WRONG_TYPE"));
    }

    @Test
    void malformedJsonForABoundBodyShouldBe400MalformedJsonWithoutParserDetails() throws Exception {
        mvc.perform(post("/api/v1/rulesets/3f9a/activation").with(APPROVER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(""))
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_JSON"))
                .andExpect(content().string(not(containsString("tools.jackson"))));
    }

    @Test
    void featureProblemShouldKeepItsCodeAndMembersButNotOverwriteStandardOnes() throws Exception {
        mvc.perform(post("/api/v1/rulesets/active/activation").with(APPROVER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"rollback\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-RULESET-409"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-RULESET-409"))
                .andExpect(jsonPath("$.title").value("Not a draft"))
                .andExpect(jsonPath("$.detail").value("Only a draft can be activated."))
                .andExpect(jsonPath("$.instance").value("/api/v1/rulesets/active/activation"))
                .andExpect(jsonPath("$.state").value("ACTIVE"));
    }
}
