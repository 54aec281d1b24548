package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.inforce.Period;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ?trace=true}: the decision as always, and beside it why each table row did or did not apply. */
@WebMvcTest(DecisionController.class)
@Import({WebConfiguration.class, FactsConfiguration.class})
class DecisionTraceControllerTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final RequestPostProcessor CLIENT = user("client").roles("CLIENT");

    private static final TraceEntry FIRED = new TraceEntry("Routing row 4 (R01)", "R01",
            RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 4),
            new LocalizedText("Маршрутизация жалоб, строка 4 (R01)", "Шағымдарды бағыттау, 4-жол (R01)", "Routing row 4 (R01)"),
            true, true, null, null);
    private static final TraceEntry FAILED = new TraceEntry("Routing row 8 (R05)", "R05",
            RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 8),
            new LocalizedText("Маршрутизация жалоб, строка 8 (R05)", "Шағымдарды бағыттау, 8-жол (R05)", "Routing row 8 (R05)"),
            false, false, null,
            new TraceEntry.FailedCondition("receivedBy", "HIGHER_BODY", "SERVICE_PROVIDER"),
            new Period(LocalDate.of(2026, 1, 1), null));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DecisionService decisions;

    @Test
    void postWithTraceTrueShouldAnswerTheDecisionFieldsAndTheTraceOfTheDecidingVersion() throws Exception {
        Decision decision = TestDecisions.forwardToHigherBody();
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(decision));
        given(decisions.trace(any(), eq(decision.rulesetVersion()))).willReturn(List.of(FIRED, FAILED));

        MvcResult result = mvc.perform(post("/api/v1/decisions?trace=true").with(CLIENT)
                        .contentType(MediaType.APPLICATION_JSON).content(resource("decision/valid-request.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trace.length()").value(2))
                .andExpect(jsonPath("$.trace[0].rule").value("Routing row 4 (R01)"))
                .andExpect(jsonPath("$.trace[0].label.ru").value("Маршрутизация жалоб, строка 4 (R01)"))
                .andExpect(jsonPath("$.trace[0].label.kk").value("Шағымдарды бағыттау, 4-жол (R01)"))
                .andExpect(jsonPath("$.trace[0].matched").value(true))
                .andExpect(jsonPath("$.trace[0].fired").value(true))
                .andExpect(jsonPath("$.trace[0].failedCondition").value((Object) null))
                .andExpect(jsonPath("$.trace[1].source.row").value(8))
                .andExpect(jsonPath("$.trace[1].failedCondition.column").value("receivedBy"))
                .andExpect(jsonPath("$.trace[1].failedCondition.expected").value("HIGHER_BODY"))
                .andExpect(jsonPath("$.trace[1].failedCondition.actual").value("SERVICE_PROVIDER"))
                .andExpect(jsonPath("$.trace[1].inForce.validFrom").value("2026-01-01"))
                .andExpect(jsonPath("$.trace[1].inForce.validTo").value((Object) null))
                .andReturn();

        JsonNode answer = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        ((tools.jackson.databind.node.ObjectNode) answer).remove("trace");
        assertThat(answer).isEqualTo(JSON.readTree(resource("decision/decision-forward-to-higher-body.json")));
        verify(decisions).trace(TestDecisions.validRequestFacts(), decision.rulesetVersion());
    }

    @Test
    void postWithoutTraceOrWithTraceFalseShouldAnswerTheGoldenDecisionWithoutATraceField() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        for (String uri : List.of("/api/v1/decisions", "/api/v1/decisions?trace=false")) {
            mvc.perform(post(uri).with(CLIENT).contentType(MediaType.APPLICATION_JSON)
                            .content(resource("decision/valid-request.json")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.trace").doesNotExist())
                    .andExpect(content().json(resource("decision/decision-forward-to-higher-body.json"), JsonCompareMode.STRICT));
        }
        verify(decisions, never()).trace(any(), any());
    }

    @Test
    void postWhenTraceIsNotTrueOrFalseShouldListItWithTheBodyErrors() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/decisions?trace=yes").with(CLIENT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"respondent\": \"MINISTRY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andReturn();

        List<String> errors = JSON.readTree(result.getResponse().getContentAsString()).get("errors").valueStream()
                .map(e -> e.get("field").stringValue() + " " + e.get("code").stringValue()).toList();
        assertThat(errors).contains("trace UNKNOWN_VALUE", "respondent UNKNOWN_VALUE", "receivedBy REQUIRED");
        verifyNoInteractions(decisions);
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
