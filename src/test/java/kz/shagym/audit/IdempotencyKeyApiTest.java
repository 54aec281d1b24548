package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code Idempotency-Key} on POST /api/v1/decisions, through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotencyKeyApiTest {

    private static final String COMPLAINT = """
            { "complaintId": "IDEM-%s", "respondent": "SERVICE_PROVIDER", "subject": "DECISION",
              "receivedBy": "SERVICE_PROVIDER", "receivedOn": "2025-03-19" }""";

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("shagym")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0");
        registry.add("shagym.release.watch-folders", () -> "false");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    private MvcTestResult post(String user, String key, String complaint) {
        var request = mvc.post().uri("/api/v1/decisions").with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT.formatted(complaint));
        return (key == null ? request : request.header("Idempotency-Key", key)).exchange();
    }

    private long records() {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single();
    }

    private static String decisionId(MvcTestResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return body.replaceAll("(?s).*\"decisionId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    @Test
    void theSameKeyAndBodyShouldAnswerTheStoredDecisionWithoutRecordingAnother() throws Exception {
        MvcTestResult first = post("client", "order-1", "A");
        assertThat(first).hasStatusOk();
        long stored = records();
        MvcTestResult again = post("client", "order-1", "A");
        assertThat(again).hasStatusOk();
        assertThat(decisionId(again)).isEqualTo(decisionId(first));
        assertThat(records()).isEqualTo(stored);
        // another caller's key of the same name is its own
        MvcTestResult analyst = post("analyst", "order-1", "A");
        assertThat(decisionId(analyst)).isNotEqualTo(decisionId(first));
        // without a key, every post is a decision of its own
        assertThat(decisionId(post("client", null, "A"))).isNotEqualTo(decisionId(post("client", null, "A")));
    }

    @Test
    void anAnswerShouldBeTheTextTheAuditStoredAndARetryShouldReceiveItToTheByte() throws Exception {
        MvcTestResult first = post("client", "order-bytes", "C");
        assertThat(first).hasStatusOk();
        byte[] sent = first.getResponse().getContentAsByteArray();
        String stored = JdbcClient.create(dataSource).sql("SELECT answer_json FROM decision_record WHERE decision_id = ?")
                .param(decisionId(first)).query(String.class).single();

        assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(stored);
        assertThat(first.getResponse().getContentLength()).isEqualTo(sent.length);
        // answered from the log, the decision is written afresh: in the same order, to the same bytes
        assertThat(post("client", "order-bytes", "C").getResponse().getContentAsByteArray()).isEqualTo(sent);
    }

    @Test
    void theSameKeyWithAnotherBodyShouldBe422WithItsCodeAndNothingRecorded() {
        assertThat(post("client", "order-2", "B")).hasStatusOk();
        long stored = records();
        MvcTestResult reused = post("client", "order-2", "C");
        assertThat(reused).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-IDEM-422");
        assertThat(records()).isEqualTo(stored);
    }

    @Test
    void aMalformedKeyShouldBe400() {
        for (String key : new String[] {"", "with space", "k".repeat(256), "ключ"}) {
            assertThat(post("client", key, "D")).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson().extractingPath("$.code").isEqualTo("SHG-IDEM-400");
        }
    }

    /**
     * Over HTTP, Tomcat reads header bytes as ISO-8859-1, so a UTF-8 key arrives as C1 control characters,
     * which Spring Security's firewall refuses when the header is first read: that was a 500 with an incident.
     */
    @Test
    void aKeyOfUtf8BytesAsTomcatReadsThemShouldBe400NotAServerError() {
        String asTomcatReadsIt = new String("ключ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(post("client", asTomcatReadsIt, "E")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-IDEM-400");
    }
}
