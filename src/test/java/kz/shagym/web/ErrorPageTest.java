package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The container's error page, reached by errors outside Spring MVC (a failing filter, a {@code sendError}).
 * MockMvc does not forward to it, so the tests call it as the container would.
 */
@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class})
class ErrorPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void errorPageForAFailingFilterShouldAnswerA500ProblemThatTellsNothing() throws Exception {
        MvcResult result = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/decisions")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("kz.shagym.secret.Thing broke")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-SERVER-500"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-SERVER-500"))
                .andExpect(jsonPath("$.instance").value("/api/v1/decisions"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andReturn();

        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("kz.shagym", "java.", "Exception", "trace", "broke");
    }

    @Test
    void errorPageForA404ShouldAnswerTheHttpCode() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-404"))
                .andExpect(jsonPath("$.instance").value("/nowhere"));
    }

    @Test
    void errorPageShouldStillServeHtmlToABrowser() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    /**
     * A page address that does not exist, opened in a browser: the container's error page in the reader's
     * language (the 404 page, like the 403 one), not the API's problem JSON shown as raw text. MockMvc does
     * not forward to it: what shows the hand-over is the 404 sent without a body.
     */
    @Test
    void aBrowserOpeningAMissingPageShouldBeHandedToTheErrorPageNotShownJson() throws Exception {
        MvcResult page = mvc.perform(get("/workbench/nowhere")
                        .accept(MediaType.parseMediaTypes("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                                .toArray(MediaType[]::new))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("analyst").roles("ANALYST")))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(page.getResponse().getContentType()).isNull();
        assertThat(page.getResponse().getContentAsString()).isEmpty();

        // an API address stays a problem, whatever the client accepts
        mvc.perform(get("/api/v1/nowhere").accept(MediaType.TEXT_HTML, MediaType.ALL)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("analyst").roles("ANALYST")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-404"));
    }
}
