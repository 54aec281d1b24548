package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.shagym.decision.DecisionRecorder;
import kz.shagym.decision.DecisionService;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The checkpoint endpoints through the real security chain, on the embedded default (an H2 file)
 * with its demo key generated at start: AUDITOR signs and lists, every other role gets 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class CheckpointApiTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("shagym") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("shagym.audit.checkpoints.dir", () -> data.resolve("checkpoints").toString());
    }

    @MockitoBean
    DecisionService decisions;

    @Autowired
    DecisionRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @Test
    void startWithoutAConfiguredKeyShouldGenerateADemoKeyBesideTheFolderAndPublishThePublicKeyInIt() {
        assertThat(data.resolve("checkpoint-signing-key.pem")).exists();
        assertThat(data.resolve("checkpoints").resolve("public-key.pem")).exists()
                .content().startsWith("-----BEGIN PUBLIC KEY-----").doesNotContain("PRIVATE");
    }

    @Test
    void auditorShouldSignTheHeadListCheckpointsNewestFirstAndSeeDeletedRecordsNamed() throws Exception {
        record("api-1", "api-2", "api-3");
        MvcTestResult first = mvc.post().uri("/api/v1/audit/checkpoints").with(AUDITOR).exchange();
        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(first).bodyJson().extractingPath("$.seq").isEqualTo(3);
        String firstFile = first.getResponse().getContentAsString().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
        assertThat(data.resolve("checkpoints").resolve(firstFile)).exists();
        record("api-4");
        assertThat(mvc.post().uri("/api/v1/audit/checkpoints").with(AUDITOR)).hasStatus(HttpStatus.CREATED);

        MvcTestResult listed = mvc.get().uri("/api/v1/audit/checkpoints").with(AUDITOR).exchange();
        assertThat(listed).hasStatusOk();
        assertThat(listed).bodyJson().extractingPath("$.checkpoints[0].seq").isEqualTo(4);
        assertThat(listed).bodyJson().extractingPath("$.checkpoints[0].trusted").isEqualTo(true);
        assertThat(listed).bodyJson().extractingPath("$.checkpoints[1].file").isEqualTo(firstFile);
        assertThat(listed).bodyJson().extractingPath("$.publicKey").asString().startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(AUDITOR))
                .bodyJson().extractingPath("$.valid").isEqualTo(true);

        jdbc.sql("DELETE FROM decision_record WHERE seq = (SELECT MAX(seq) FROM decision_record)").update();

        MvcTestResult verified = mvc.get().uri("/api/v1/audit/verification").with(AUDITOR).exchange();
        assertThat(verified).bodyJson().extractingPath("$.valid").isEqualTo(false);
        assertThat(verified).bodyJson().extractingPath("$.reason").isEqualTo("RECORDS_MISSING");
        assertThat(verified).bodyJson().extractingPath("$.missing.fromSeq").isEqualTo(4);
        assertThat(verified).bodyJson().extractingPath("$.missing.toSeq").isEqualTo(4);
        assertThat(verified).bodyJson().extractingPath("$.checked").isEqualTo(3);
        assertThat(verified).bodyJson().extractingPath("$.firstBroken").isNull();

        assertThat(mvc.post().uri("/api/v1/audit/checkpoints").with(AUDITOR))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-CHECKPOINT-409");
        try (var files = Files.list(data.resolve("checkpoints"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("checkpoint-"))).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLIENT", "ANALYST", "APPROVER"})
    void otherRolesShouldNeitherSignNorListCheckpoints(String role) {
        RequestPostProcessor caller = user("someone").roles(role);
        assertThat(mvc.post().uri("/api/v1/audit/checkpoints").with(caller))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/audit/checkpoints").with(caller)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aStrangerShouldBeAskedToSignIn() {
        assertThat(mvc.post().uri("/api/v1/audit/checkpoints")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private void record(String... ids) {
        for (String id : ids) {
            ComplaintFacts facts = facts("c-" + id);
            recorder.record(facts, decision(id, "v1", facts), asked("egov"));
        }
    }
}
