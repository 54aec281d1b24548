package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.shagym.decision.DecisionRecorder;
import kz.shagym.decision.DecisionService;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The whole application on its embedded default (an H2 file migrated by Flyway): record, then read over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "AUDITOR")
class AuditRoundTripTest {

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
    MockMvcTester mvc;

    @Test
    void aRecordedDecisionShouldBeReadableSearchableAndVerifiedOverHttp() {
        ComplaintFacts facts = facts("ЖК-42");
        recorder.record(facts, decision("round-trip-1", "v1", facts), asked("egov-backend"));

        assertThat(recorder).isInstanceOf(DecisionLog.class);
        assertThat(mvc.get().uri("/api/v1/decisions/round-trip-1"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.complaintId").isEqualTo("ЖК-42");
        assertThat(mvc.get().uri("/api/v1/decisions?client=egov-backend"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/audit/verification"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"valid\":true,\"checked\":1,\"firstBroken\":null,\"reason\":null,"
                        + "\"missing\":null,\"checkpoint\":null,\"untrustedCheckpoints\":[]}");
    }
}
