package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import kz.shagym.web.WebConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest({DecisionAuditController.class, AuditVerificationController.class})
@Import(WebConfiguration.class)
@EnableConfigurationProperties(AuditSettings.class)
@WithMockUser(roles = "AUDITOR")
class DecisionAuditControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    DecisionLog log;

    @MockitoBean
    DecisionReplay replay;

    private final CanonicalJson json = new CanonicalJson();

    @Test
    void getWhenTheDecisionIsUnknownShouldAnswer404ProblemWithAStableCode() {
        given(log.find("nope")).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/decisions/nope"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-AUDIT-404");
    }

    @Test
    void getShouldAnswerTheStoredRecordWithRequestAnswerAndChainHash() {
        given(log.find("d-1")).willReturn(Optional.of(record("d-1")));

        MvcTestResult result = mvc.get().uri("/api/v1/decisions/d-1").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.decisionId").isEqualTo("d-1");
        assertThat(result).bodyJson().extractingPath("$.rulesetVersion").isEqualTo("v1");
        assertThat(result).bodyJson().extractingPath("$.recordedAt").isEqualTo("2025-03-19T04:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.request.receivedBy").isEqualTo("SERVICE_PROVIDER");
        assertThat(result).bodyJson().extractingPath("$.answer.review.deadline").isEqualTo("2025-03-31");
        assertThat(result).bodyJson().extractingPath("$.firedRules[0]").isEqualTo("Forward within 3 working days");
        assertThat(result).bodyJson().extractingPath("$.hash").isEqualTo("h1");
    }

    @Test
    void searchShouldReadDaysInKazakhstanTimeAndAnswerAPage() {
        DecisionQuery expected = new DecisionQuery(Instant.parse("2025-03-18T19:00:00Z"),
                Instant.parse("2025-03-19T19:00:00Z"), "v1", "egov", "c-1", 1, 20);
        given(log.search(expected)).willReturn(new DecisionPage(List.of(record("d-1")), 1, 20, 21));

        MvcTestResult result = mvc.get()
                .uri("/api/v1/decisions?from=2025-03-19&to=2025-03-19&version=v1&client=egov&complaintId=c-1&page=1&size=20")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.items[0].decisionId").isEqualTo("d-1");
        assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(20);
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(21);
    }

    @Test
    void searchShouldTakeAnInstantWithItsOffset() {
        given(log.search(any())).willReturn(new DecisionPage(List.of(), 0, 50, 0));

        assertThat(mvc.get().uri("/api/v1/decisions").param("from", "2025-03-19T10:00:00+05:00")).hasStatusOk();

        then(log).should().search(new DecisionQuery(Instant.parse("2025-03-19T05:00:00Z"), null, null, null, null, 0, 50));
    }

    @Test
    void searchWhenThePlusOfTheOffsetCameUnencodedShouldStillReadIt() {
        given(log.search(any())).willReturn(new DecisionPage(List.of(), 0, 50, 0));

        assertThat(mvc.get().uri("/api/v1/decisions?to=2025-03-19T10:00:00+05:00")).hasStatusOk();

        then(log).should().search(new DecisionQuery(null, Instant.parse("2025-03-19T05:00:00Z"), null, null, null, 0, 50));
    }

    @Test
    void searchWhenFromIsNotADateShouldAnswer400ProblemWithAStableCode() {
        assertThat(mvc.get().uri("/api/v1/decisions?from=yesterday"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-AUDIT-400");
    }

    @Test
    void searchWhenToIsBeforeFromOrThePageIsTooLargeShouldAnswer400() {
        assertThat(mvc.get().uri("/api/v1/decisions?from=2025-03-19&to=2025-03-17"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-AUDIT-400");
        assertThat(mvc.get().uri("/api/v1/decisions?size=100000"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-AUDIT-400");
    }

    @Test
    void searchWithAcceptCsvShouldStreamTheExportAsUtf8Csv() {
        doAnswer(call -> {
            Writer out = call.getArgument(1);
            out.write("seq,client\r\n1,Әкімдік\r\n");
            return null;
        }).when(log).exportCsv(any(), any());

        MvcTestResult result = mvc.get().uri("/api/v1/decisions?version=v1").accept(MediaType.parseMediaType("text/csv"))
                .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(result.getResponse().getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("decisions.csv");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("seq,client\r\n1,Әкімдік\r\n");
        then(log).should().exportCsv(org.mockito.ArgumentMatchers.eq(
                new DecisionQuery(null, null, "v1", null, null, 0, 1)), any());
    }

    @Test
    void searchWithAcceptCsvWhenFromIsNotADateShouldStillAnswer400() {
        assertThat(mvc.get().uri("/api/v1/decisions?from=yesterday").accept(MediaType.parseMediaType("text/csv")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void verificationShouldAnswerValidCheckedAndFirstBroken() {
        given(log.verify()).willReturn(new Verification(false, 3, "d-3"));

        assertThat(mvc.get().uri("/api/v1/audit/verification"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"valid\":false,\"checked\":3,\"firstBroken\":\"d-3\",\"reason\":\"CHAIN_BROKEN\","
                        + "\"missing\":null,\"checkpoint\":null,\"untrustedCheckpoints\":[]}");
    }

    @Test
    void replayShouldAnswerTheRecordedAndTheActiveComparison() {
        ComplaintFacts facts = facts("c-1");
        given(replay.replay("d-1")).willReturn(new ReplayReport("d-1", "v1", "v2",
                new ReplayReport.Comparison(decision("d-1", "v1", facts), true, List.of()),
                new ReplayReport.Comparison(decision("d-1", "v2", facts), false, List.of(
                        new ReplayReport.Difference("rulesetVersion", json.read("\"v1\""), json.read("\"v2\""))))));

        MvcTestResult result = mvc.post().uri("/api/v1/decisions/d-1/replay").with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.decisionId").isEqualTo("d-1");
        assertThat(result).bodyJson().extractingPath("$.recordedVersion").isEqualTo("v1");
        assertThat(result).bodyJson().extractingPath("$.activeVersion").isEqualTo("v2");
        assertThat(result).bodyJson().extractingPath("$.recorded.equal").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.recorded.answer.review.deadline").isEqualTo("2025-03-31");
        assertThat(result).bodyJson().extractingPath("$.active.equal").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.active.differences[0].path").isEqualTo("rulesetVersion");
        assertThat(result).bodyJson().extractingPath("$.active.differences[0].recorded").isEqualTo("v1");
        assertThat(result).bodyJson().extractingPath("$.active.differences[0].replayed").isEqualTo("v2");
    }

    @Test
    void replayWhenTheDecisionIsUnknownShouldAnswer404() {
        given(replay.replay("nope")).willThrow(new DecisionNotFound("nope"));

        assertThat(mvc.post().uri("/api/v1/decisions/nope/replay").with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-AUDIT-404");
    }

    private AuditRecord record(String id) {
        ComplaintFacts facts = facts("c-1");
        return new AuditRecord(1, id, Instant.parse("2025-03-19T04:00:00Z"), "egov", false, "v1", "c-1",
                json.tree(facts), json.tree(decision(id, "v1", facts)),
                json.read("[\"Forward within 3 working days\"]"), "0".repeat(64), "h1");
    }
}
