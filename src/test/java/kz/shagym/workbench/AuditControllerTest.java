package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.shagym.audit.AuditRecord;
import kz.shagym.audit.DecisionLog;
import kz.shagym.audit.DecisionReplay;
import kz.shagym.audit.ReplayReport;
import kz.shagym.audit.DecisionPage;
import kz.shagym.audit.DecisionQuery;
import kz.shagym.audit.Verification;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(AuditController.class)
@Import(WebConfiguration.class)
class AuditControllerTest {

    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    DecisionLog log;

    @MockitoBean
    DecisionReplay replays;

    @MockitoBean
    DecisionCalendars calendars;

    private AuditRecord record(String id) {
        return new AuditRecord(1, id, Instant.parse("2025-03-19T04:00:00Z"), "approver", false, Decisions.VERSION, "C-7",
                json.valueToTree(Decisions.facts()), json.valueToTree(Decisions.sevenDays(id)),
                json.readTree("[\"Time limits row 4 (T01)\"]"), "0".repeat(64), "ab".repeat(32));
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void searchShouldReadDaysInKazakhstanTimeAndListTheDecisionsWithTheirOutcome() throws Exception {
        DecisionQuery expected = new DecisionQuery(Instant.parse("2025-03-18T19:00:00Z"),
                Instant.parse("2025-03-19T19:00:00Z"), null, "approver", "C-7", 0, 50);
        given(log.search(expected)).willReturn(new DecisionPage(List.of(record("d-1")), 0, 50, 1));

        MvcTestResult result = mvc.get().uri("/workbench/audit?from=2025-03-19&to=2025-03-19&client=approver&complaintId=C-7")
                .with(AUDITOR).exchange();

        String html = html(result);
        assertThat(Html.tag(html, "tr", "data-decision", "d-1")).contains("data-complaint=\"C-7\"");
        assertThat(html).contains("Найдено решений: 1", "Направить жалобу и административное дело",
                "/workbench/audit/export?from=2025-03-19&amp;to=2025-03-19&amp;client=approver&amp;complaintId=C-7");
        then(log).should(never()).verify();
    }

    @Test
    void searchWithAnImpossibleDateShouldSaySoInsteadOfFailing() throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench/audit?from=19/03/2025").with(AUDITOR).exchange();

        assertThat(result).hasStatusOk();
        assertThat(html(result)).contains("Дата должна быть в виде ДД.ММ.ГГГГ, например 19.03.2025.");
        then(log).should(never()).search(any());
    }

    @Test
    void searchShouldReadDaysAsThePageWritesThem() throws Exception {
        DecisionQuery expected = new DecisionQuery(Instant.parse("2025-03-18T19:00:00Z"),
                Instant.parse("2025-03-19T19:00:00Z"), null, null, null, 0, 50);
        given(log.search(expected)).willReturn(new DecisionPage(List.of(record("d-1")), 0, 50, 1));

        MvcTestResult result = mvc.get().uri("/workbench/audit?from=19.03.2025&to=19.03.2025").with(AUDITOR).exchange();

        assertThat(Html.tag(html(result), "tr", "data-decision", "d-1")).isNotNull();
        assertThat(html(result)).contains("value=\"19.03.2025\"", "placeholder=\"дд.мм.гггг\"");
    }

    @Test
    void verifyShouldShowWhetherTheChainHolds() throws Exception {
        given(log.search(any())).willReturn(new DecisionPage(List.of(), 0, 50, 0));
        given(log.verify()).willReturn(new Verification(false, 12, "d-9"));

        String html = html(mvc.get().uri("/workbench/audit?verify=true").with(AUDITOR).exchange());

        assertThat(Html.tag(html, "id", "verification")).contains("data-valid=\"false\"");
        assertThat(html).contains("Цепочка журнала нарушена: проверено записей: 12, первая неверная — d-9.");
    }

    @Test
    void verifyWhenSignedRecordsAreGoneShouldNameTheMissingRange() throws Exception {
        given(log.search(any())).willReturn(new DecisionPage(List.of(), 0, 50, 0));
        given(log.verify()).willReturn(new Verification(false, 30, null, Verification.RECORDS_MISSING,
                new Verification.Missing(31, 130), null, List.of()));

        String html = html(mvc.get().uri("/workbench/audit?verify=true").with(AUDITOR).exchange());

        assertThat(Html.tag(html, "id", "verification")).contains("data-valid=\"false\"");
        assertThat(html).contains("Записи № 31–130, заверенные подписанной контрольной точкой, отсутствуют или заменены.")
                .doesNotContain("null");
    }

    @Test
    void exportShouldStreamTheSameSearchAsCsv() {
        doAnswer(call -> {
            Writer out = call.getArgument(1);
            out.write("seq,decisionId\r\n1,d-1\r\n");
            return null;
        }).when(log).exportCsv(eq(new DecisionQuery(null, null, "v1", null, null, 0, 1)), any());

        MvcTestResult result = mvc.get().uri("/workbench/audit/export?version=v1").with(AUDITOR).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv").hasBodyTextEqualTo("seq,decisionId\r\n1,d-1\r\n");
        assertThat(result).hasHeader("Content-Disposition", "attachment; filename=\"decisions.csv\"");
    }

    @Test
    void exportWithAnImpossibleDateShouldAnswer400WithAPage() throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench/audit/export?to=tomorrow").with(AUDITOR).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("text/html");
        assertThat(html(result)).contains("Запрос не удалось выполнить.");
        then(log).should(never()).exportCsv(any(), any());
    }

    @Test
    void openShouldShowTheStoredFactsAnswerAndHashes() throws Exception {
        AuditRecord record = record("d-1");
        given(log.find("d-1")).willReturn(Optional.of(record));
        given(replays.facts(record)).willReturn(Decisions.facts());
        given(replays.answer(record)).willReturn(Decisions.sevenDays("d-1"));

        String html = html(mvc.get().uri("/workbench/audit/decisions/d-1").with(AUDITOR).exchange());

        assertThat(html).contains("ab".repeat(32), "19.03.2025", "02.04.2025", "approver", "Повторить решение");
    }

    @Test
    void replayShouldSayWhetherEachAnswerEqualsTheRecordedOne() throws Exception {
        AuditRecord record = record("d-1");
        given(log.find("d-1")).willReturn(Optional.of(record));
        given(replays.facts(record)).willReturn(Decisions.facts());
        given(replays.answer(record)).willReturn(Decisions.sevenDays("d-1"));
        given(replays.replay("d-1")).willReturn(new ReplayReport("d-1", "v1", "v2",
                new ReplayReport.Comparison(Decisions.sevenDays("d-1"), true, List.of()),
                new ReplayReport.Comparison(Decisions.sevenDays("d-1"), false,
                        List.of(new ReplayReport.Difference("review.deadline", json.readTree("\"2025-04-02\""),
                                json.readTree("\"2025-03-31\""))))));

        String html = html(mvc.post().uri("/workbench/audit/decisions/d-1/replay").with(AUDITOR).with(csrf()).exchange());

        assertThat(Html.tag(html, "data-under", "recorded")).contains("data-equal=\"true\"");
        assertThat(Html.tag(html, "data-under", "active")).contains("data-equal=\"false\"");
        assertThat(html).contains("review.deadline", "<del>&quot;2025-04-02&quot;</del>");
    }

    @Test
    void openWhenTheDecisionIsUnknownShouldAnswer404WithAPage() throws Exception {
        given(log.find("nope")).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/workbench/audit/decisions/nope").with(AUDITOR).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith("text/html");
        assertThat(html(result)).contains("SHG-AUDIT-404", "Решения «nope» нет в журнале.");
    }

    @Test
    void openWhenTheDecisionIsUnknownShouldSaySoInKazakhOnAKazakhPage() throws Exception {
        given(log.find("nope")).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/workbench/audit/decisions/nope?lang=kk").with(AUDITOR).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result)).contains("SHG-AUDIT-404", "Белгісіз шешім", "«nope» шешімі журналда жоқ.");
    }

    @Test
    void auditAsAnAnalystShouldBeForbidden() {
        assertThat(mvc.get().uri("/workbench/audit").with(user("analyst").roles("ANALYST"))).hasStatus(HttpStatus.FORBIDDEN);
    }
}
