package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The whole application on an H2 file: readiness, the log and the identity check as an operator and a client see them. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AuditStoreFailureAppTest {

    private static final String LONG_SUBJECT = "u".repeat(200);
    private static final String COMPLAINT = """
            { "complaintId": "ЖК-SECRET-777", "respondent": "SERVICE_PROVIDER", "subject": "DECISION",
              "receivedBy": "SERVICE_PROVIDER", "receivedOn": "2025-03-19" }""";

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("shagym")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0");
        registry.add("shagym.release.watch-folders", () -> "false");
        registry.add("shagym.audit.record-timeout", () -> "2s");
        registry.add("shagym.security.users[0].name", () -> "client");
        registry.add("shagym.security.users[0].password", () -> "{noop}client");
        registry.add("shagym.security.users[0].roles", () -> "CLIENT");
        registry.add("shagym.security.users[1].name", () -> LONG_SUBJECT);
        registry.add("shagym.security.users[1].password", () -> "{noop}long");
        registry.add("shagym.security.users[1].roles", () -> "CLIENT");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void decideWhileTheAuditTableIsGoneShouldAnswer503BeNotReadyLogOnceWithoutValuesAndRecoverByItself(
            CapturedOutput output) {
        assertThat(readiness()).hasStatusOk();
        assertThat(decide("client", "client")).hasStatusOk();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        jdbc.sql("ALTER TABLE decision_record RENAME TO decision_record_away").update();
        int logged = output.length();
        for (int i = 0; i < 20; i++) {
            assertThat(decide("client", "client")).hasStatus(503).bodyJson().extractingPath("$.code")
                    .isEqualTo("SHG-AUDIT-503");
        }
        assertThat(readiness()).hasStatus(503);
        String log = output.toString().substring(logged);
        assertThat(log.lines().filter(line -> line.contains("not recorded"))).hasSize(1);
        assertThat(log).doesNotContain("ЖК-SECRET-777").doesNotContain("INSERT").doesNotContain("request_json");

        jdbc.sql("ALTER TABLE decision_record_away RENAME TO decision_record").update();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness().getResponse().getStatus() == 200);
        assertThat(decide("client", "client")).hasStatusOk();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single()).isEqualTo(2);
        assertThat(Files.exists(data.resolve("shagym.trace.db"))).isFalse();
    }

    @Test
    void decideWhenTheCallersIdentityIsLongerThanTheAuditColumnShouldAnswer400WithItsCode() {
        assertThat(decide(LONG_SUBJECT, "long")).hasStatus(400).bodyJson().extractingPath("$.code")
                .isEqualTo("SHG-AUDIT-400-IDENTITY");
    }

    @Test
    void theDefaultH2UrlShouldWriteNoTraceFile() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        assertThat(yaml.getObject().getProperty("spring.datasource.url")).contains(";TRACE_LEVEL_FILE=0");
    }

    private MvcTestResult decide(String user, String password) {
        return mvc.post().uri("/api/v1/decisions").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT).exchange();
    }

    private MvcTestResult readiness() {
        return mvc.get().uri("/actuator/health/readiness").exchange();
    }
}
