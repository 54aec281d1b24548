package kz.shagym.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What an operator reads under /actuator after a decision, and what everyone else is refused. */
@SpringBootTest(properties = {"management.defaults.metrics.export.enabled=true",
        "management.prometheus.metrics.export.enabled=true"})
@AutoConfigureMockMvc
class OperatorEndpointsTest {

    static final String COMPLAINT = """
            { "complaintId": "OPS-1", "respondent": "SERVICE_PROVIDER", "subject": "DECISION",
              "receivedBy": "SERVICE_PROVIDER", "receivedOn": "2025-03-19" }""";

    private static final Pattern METRIC = Pattern.compile("shagym_[a-z_]+");

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

    private String scrapeAfterADecision() throws java.io.IOException {
        MvcTestResult decided = mvc.post().uri("/api/v1/decisions").with(httpBasic("client", "client"))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT).exchange();
        assertThat(decided).hasStatusOk();
        MvcTestResult scraped = mvc.get().uri("/actuator/prometheus").with(httpBasic("operator", "operator")).exchange();
        assertThat(scraped).hasStatusOk();
        return scraped.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void operatorScrapeShouldCarryEveryShagymMeterWithSensibleValues() throws Exception {
        String text = scrapeAfterADecision();
        assertThat(value(text, "shagym_decisions_seconds_count\\{[^}]*outcome=\"[A-Z_]+\"")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("shagym_decisions_seconds_bucket{");
        assertThat(value(text, "shagym_decisions_by_version_total\\{[^}]*version=\"[0-9a-f]+\"[^}]*whatIf=\"false\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(text, "shagym_rule_fires_total\\{row=\"[0-9]+\",rule=\"[^\"]+ row [0-9]+ [^\"]*\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "shagym_audit_queue_depth_decisions")).isGreaterThanOrEqualTo(0);
        assertThat(value(text, "shagym_audit_group_size_decisions_count")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "shagym_audit_commit_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "shagym_audit_commit_seconds_sum")).isGreaterThan(0);
        assertThat(value(text, "shagym_audit_chain_head")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("shagym_audit_checkpoint_age_seconds");
        assertThat(value(text, "shagym_ruleset_compile_seconds_count\\{result=\"built\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "shagym_ruleset_active\\{version=\"[0-9a-f]+\"")).isEqualTo(1);
        // the first start publishes the folders' set
        assertThat(value(text, "shagym_ruleset_publish_seconds_count\\{result=\"built\"")).isGreaterThanOrEqualTo(1);
    }

    /**
     * A group never holds more than {@code shagym.audit.batch-size} (256) decisions; without that bound
     * Micrometer's default range ran the histogram to Long.MAX_VALUE, 276 buckets per scrape, nearly all empty.
     */
    @Test
    void groupSizeBucketsShouldStopAtTheBatchSize() throws Exception {
        String text = scrapeAfterADecision();
        Matcher bucket = Pattern.compile("(?m)^shagym_audit_group_size_decisions_bucket\\{le=\"([^\"]+)\"").matcher(text);
        List<Double> bounds = new java.util.ArrayList<>();
        while (bucket.find()) {
            if (!bucket.group(1).equals("+Inf")) {
                bounds.add(Double.parseDouble(bucket.group(1)));
            }
        }
        assertThat(bounds).isNotEmpty().allSatisfy(le -> assertThat(le).isLessThanOrEqualTo(256));
        assertThat(bounds).contains(256.0);
    }

    @Test
    void everyMetricTheGrafanaDashboardQueriesShouldBeInTheScrape() throws Exception {
        String text = scrapeAfterADecision();
        JsonNode dashboard = JsonMapper.builder().build().readTree(Path.of("ops/grafana/shagym.json").toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher names = METRIC.matcher(target.get("expr").asString());
                while (names.find()) {
                    queried.add(names.group());
                }
            }
        }
        assertThat(queried).hasSizeGreaterThan(10);
        Set<String> scraped = new TreeSet<>();
        text.lines().filter(line -> !line.startsWith("#")).map(METRIC::matcher).filter(Matcher::lookingAt)
                .forEach(m -> scraped.add(m.group()));
        assertThat(scraped).containsAll(queried);
    }

    @Test
    void operatorShouldSeeHealthDetailsAndOthersOnlyTheStatus() {
        MvcTestResult detailed = mvc.get().uri("/actuator/health").with(httpBasic("operator", "operator")).exchange();
        assertThat(detailed).hasStatusOk().bodyJson().extractingPath("$.components")
                .asMap().containsKeys("db", "auditWrite", "activeVersion", "buildExecutor");
        assertThat(detailed).bodyJson().extractingPath("$.components.activeVersion.details.version").isNotNull();
        assertThat(detailed).bodyJson().extractingPath("$.components.buildExecutor.details.free").isNotNull();
        MvcTestResult bare = mvc.get().uri("/actuator/health").exchange();
        assertThat(bare).hasStatusOk().bodyJson().doesNotHavePath("$.components");
        MvcTestResult auditor = mvc.get().uri("/actuator/health").with(httpBasic("auditor", "auditor")).exchange();
        assertThat(auditor).bodyJson().doesNotHavePath("$.components");
    }

    @Test
    void metricsAndScrapeShouldBeRefusedToEveryoneButOperatorsAsProblems() {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics")) {
            assertThat(mvc.get().uri(path).exchange()).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(mvc.get().uri(path).with(httpBasic("auditor", "auditor")).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(mvc.get().uri(path).with(httpBasic("operator", "operator")).exchange()).hasStatusOk();
        }
    }

    /** The value of the first sample whose name and labels start as the pattern says. */
    static double value(String scrape, String sample) {
        Matcher m = Pattern.compile("(?m)^" + sample + "[^ ]* ([-+0-9.eE]+|NaN)$").matcher(scrape);
        assertThat(m.find()).as("sample %s in the scrape", sample).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
