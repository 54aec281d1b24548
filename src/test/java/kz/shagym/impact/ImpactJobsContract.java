package kz.shagym.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.shagym.decision.DecisionService;
import kz.shagym.release.Releases;
import kz.shagym.release.TestDatabase;
import kz.shagym.release.VersionRejected;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The impact job as a caller and an operator of several instances see it, on each database: {@code 202}
 * with the job's address, its state read from the database by any instance, progress that grows while it
 * runs (seen part-way by holding the job's own thread, never by sleeping), the counts of a known change,
 * each recorded {@code asOf} kept, and who may ask.
 */
// one deciding thread: at most two batches (512 requests) in flight, so a job held at its first progress is part-way
@SpringBootTest(properties = {"shagym.release.watch-folders=false", "shagym.impact.threads=1",
        "shagym.impact.progress-interval=1ms"})
@AutoConfigureMockMvc
@Import(ImpactEvents.class)
abstract class ImpactJobsContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    static final RequestPostProcessor APPROVER = user("approver").roles("APPROVER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DecisionService decisions;

    @Autowired
    Releases releases;

    @Autowired
    ImpactEvents events;

    @Autowired
    JsonMapper springJson;

    abstract TestDatabase.Connected database();

    /** The shipped set with T01's review period at 15 days instead of 5: stored rejected (13 scenarios pin 5), still comparable. */
    String fifteenDaysForTheProvider() {
        RuleSetSource candidate = Candidates.reviewDays("T01", 15);
        try {
            return releases.publish(candidate, "analyst", "T01: 15 дней").version().id();
        } catch (VersionRejected rejected) {
            return rejected.version().id();
        }
    }

    /** Decides and records each complaint as clients would, sixteen at a time (so the audit writes them in groups). */
    void record(List<ComplaintFacts> complaints) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Object>> answers = complaints.stream()
                    .map(facts -> callers.submit(() -> (Object) decisions.decide(facts, null, "client"))).toList();
            for (Future<Object> answer : answers) {
                answer.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /** The moment before a test records its own decisions: the range that holds only them. */
    static String since(Instant start) {
        return "{\"from\": \"" + start.atOffset(ZoneOffset.UTC) + "\"}";
    }

    MvcTestResult start(String version, String body, RequestPostProcessor who) {
        return mvc.post().uri("/api/v1/rulesets/{id}/impact", version).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    String started(String version, String body) throws Exception {
        MvcTestResult result = start(version, body, APPROVER);
        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        String id = json(result).get("jobId").asString();
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/rulesets/" + version + "/impact/" + id);
        return id;
    }

    JsonNode job(String version, String jobId) throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/rulesets/{id}/impact/{job}", version, jobId).with(ANALYST).exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        return json(result);
    }

    static JsonNode json(MvcTestResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void fifteenDaysAtT01ShouldChangeTheProvidersComplaintsAndKeepEachRecordedAsOf() throws Exception {
        String candidate = fifteenDaysForTheProvider();
        Instant start = Instant.now().minus(1, ChronoUnit.MILLIS);
        // asked on Saturday 5 April: past the 5-day deadline (31 March, court open from 1 April), before the 15-day one (14 April)
        List<ComplaintFacts> complaints = IntStream.range(0, 50).mapToObj(i -> {
            ComplaintFacts f = i < 30 ? Candidates.toServiceProvider("P-" + i) : Candidates.toInformatizationBody("I-" + i);
            return i < 10 ? new ComplaintFacts(f.complaintId(), null, f.respondent(), f.subject(), f.receivedBy(),
                    f.receivedOn(), null, null, false, LocalDate.of(2025, 4, 5)) : f;
        }).toList();
        record(complaints);

        String jobId = started(candidate, since(start));
        events.until(jobId, e -> e.state().finished());
        JsonNode job = job(candidate, jobId);

        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("activeVersion").asString()).isEqualTo(releases.activeId().orElseThrow());
        assertThat(job.get("done").asLong()).isEqualTo(50);
        assertThat(job.get("total").asLong()).isEqualTo(50);
        JsonNode result = job.get("result");
        assertThat(result.get("compared").asLong()).isEqualTo(50);
        assertThat(result.get("changed").asLong()).isEqualTo(30);
        assertThat(result.get("byField").get("review.workingDays").asLong()).isEqualTo(30);
        assertThat(result.get("byField").get("review.deadline").asLong()).isEqualTo(30);
        assertThat(result.get("byField").get("court.allowed").asLong()).as("only those asked on 5 April").isEqualTo(10);
        assertThat(result.get("byField").get("warnings").asLong()).as("the deemed refusal's warning goes").isEqualTo(10);
        assertThat(result.get("byField").get("outcome").asLong()).isZero();
        assertThat(result.get("examples")).hasSize(30);
        for (JsonNode example : result.get("examples")) {
            boolean asked = example.get("request").get("asOf").isString();
            assertThat(example.get("active").get("review").get("deadline").asString()).isEqualTo("2025-03-31");
            assertThat(example.get("candidate").get("review").get("deadline").asString()).isEqualTo("2025-04-14");
            assertThat(example.get("candidate").get("court").get("allowed").asBoolean()).isFalse();
            assertThat(example.get("active").get("court").get("allowed").asBoolean()).isEqualTo(asked);
        }
        // the ten asked on 5 April: no longer a deemed refusal, so court waits for the pre-trial appeal
        assertThat(result.get("rowsGained")).singleElement().satisfies(row -> {
            assertThat(row.get("rule").asString()).isEqualTo("Court only after the pre-trial appeal");
            assertThat(row.get("count").asLong()).isEqualTo(10);
        });
        assertThat(result.get("rowsLost")).isNotEmpty().allSatisfy(row -> assertThat(row.get("count").asLong()).isEqualTo(10));
        assertThat(result.get("rowsLost").findValuesAsString("rule")).containsExactlyInAnyOrder(
                "Missed review deadline counts as a refusal", "Review deadline passed on the day asked");
    }

    @Test
    void progressShouldGrowWhileTheJobRunsAndEndWithTheResultWhileTheNextJobWaits() throws Exception {
        String candidate = fifteenDaysForTheProvider();
        Instant start = Instant.now().minus(1, ChronoUnit.MILLIS);
        record(IntStream.range(0, 1000).mapToObj(i -> Candidates.toServiceProvider("PR-" + i)).toList());

        events.holdNextJobPartWay();
        String first = started(candidate, since(start));
        events.awaitHeld();
        JsonNode partWay = job(candidate, first);
        String second = started(candidate, since(start));
        JsonNode waiting = job(candidate, second);
        events.release();

        assertThat(partWay.get("state").asString()).isEqualTo("RUNNING");
        assertThat(partWay.get("total").asLong()).isEqualTo(1000);
        assertThat(partWay.get("done").asLong()).isBetween(1L, 999L);
        assertThat(partWay.get("result").isNull()).isTrue();
        assertThat(waiting.get("state").asString()).isEqualTo("QUEUED");
        assertThat(waiting.get("done").asLong()).isZero();

        List<ImpactProgressed> firstEvents = events.until(first, e -> e.state().finished());
        assertThat(firstEvents).extracting(ImpactProgressed::done).isSorted();
        assertThat(firstEvents).extracting(ImpactProgressed::state).startsWith(ImpactState.RUNNING)
                .endsWith(ImpactState.DONE);
        JsonNode done = job(candidate, first);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("done").asLong()).isEqualTo(1000);
        assertThat(done.get("result").get("changed").asLong()).isEqualTo(1000);
        events.until(second, e -> e.state().finished());
        assertThat(job(candidate, second).get("state").asString()).isEqualTo("DONE");
    }

    @Test
    void aLimitShouldTakeTheNewestRecordedDecisionsOfTheRange() throws Exception {
        String candidate = fifteenDaysForTheProvider();
        Instant start = Instant.now().minus(1, ChronoUnit.MILLIS);
        for (int i = 0; i < 20; i++) {
            decisions.decide(Candidates.toServiceProvider("L-" + i), null, "client");
        }

        String jobId = started(candidate, "{\"from\": \"" + start.atOffset(ZoneOffset.UTC) + "\", \"limit\": 5}");
        events.until(jobId, e -> e.state().finished());
        JsonNode result = job(candidate, jobId).get("result");

        assertThat(result.get("compared").asLong()).isEqualTo(5);
        List<String> newestFirst = new java.util.ArrayList<>();
        result.get("examples").forEach(e -> newestFirst.add(e.get("request").get("complaintId").asString()));
        assertThat(newestFirst).containsExactly("L-19", "L-18", "L-17", "L-16", "L-15");
    }

    @Test
    void anotherInstanceShouldReadTheJobFromTheDatabase() throws Exception {
        String candidate = fifteenDaysForTheProvider();
        String jobId = started(candidate, "{\"limit\": 10}");
        events.until(jobId, e -> e.state().finished());

        var otherPool = database().pool();
        try {
            ImpactJobStore otherInstance = new ImpactJobStore(otherPool, new JdbcTransactionManager(otherPool), springJson);
            ImpactJob seen = otherInstance.find(jobId).orElseThrow();
            assertThat(seen.state()).isEqualTo(ImpactState.DONE);
            assertThat(seen.version()).isEqualTo(candidate);
            assertThat(seen.limit()).isEqualTo(10);
            assertThat(seen.result().candidateVersion()).isEqualTo(candidate);
        } finally {
            otherPool.close();
        }
    }

    @Test
    void aJobItsInstanceStoppedWritingShouldBeReportedAbandoned() throws Exception {
        String candidate = fifteenDaysForTheProvider();
        var pool = database().pool();
        String jobId = UUID.randomUUID().toString();
        try {
            Instant longAgo = Instant.now().minus(20, ChronoUnit.MINUTES);
            new ImpactJobStore(pool, new JdbcTransactionManager(pool), springJson).insert(jobId, candidate, "approver",
                    longAgo, new ImpactRange(longAgo.minus(365, ChronoUnit.DAYS), longAgo, 10));
        } finally {
            pool.close();
        }

        JsonNode job = job(candidate, jobId);

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").get("code").asString()).isEqualTo("SHG-IMPACT-500-ABANDONED");
    }

    @Test
    void clientsAndAuditorsShouldBeRefusedAndStrangersAskedToSignIn() {
        String candidate = releases.activeId().orElseThrow();
        for (RequestPostProcessor who : List.of(user("client").roles("CLIENT"), user("auditor").roles("AUDITOR"))) {
            assertThat(start(candidate, "{}", who)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/api/v1/rulesets/{id}/impact/{job}", candidate, "x").with(who).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/api/v1/rulesets/{id}/impact", candidate).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(start(candidate, "{\"limit\": 1}", ANALYST)).hasStatus(HttpStatus.ACCEPTED);
    }

    @Test
    void unknownVersionsAndJobsShouldBe404WithTheirCodes() throws Exception {
        MvcTestResult noVersion = start("no-such-version", "", ANALYST);
        assertThat(noVersion).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(json(noVersion).get("code").asString()).isEqualTo("SHG-RULESET-404");

        MvcTestResult noJob = mvc.get().uri("/api/v1/rulesets/{id}/impact/{job}", releases.activeId().orElseThrow(), "nope")
                .with(ANALYST).exchange();
        assertThat(noJob).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(json(noJob).get("code").asString()).isEqualTo("SHG-IMPACT-404");
    }

    @Test
    void unreadableBodiesShouldBe400AndRangesThatCannotBeCompared422() throws Exception {
        String version = releases.activeId().orElseThrow();
        for (String body : List.of("[1]", "{\"from\": \"19.03.2025\"}", "{\"since\": \"2025-01-01\"}",
                "{\"limit\": \"many\"}", "{\"limit\": 1.5}", "not json")) {
            MvcTestResult result = start(version, body, ANALYST);
            assertThat(result).as(body).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(json(result).get("code").asString()).as(body).isEqualTo("SHG-IMPACT-400");
        }
        for (String body : List.of("{\"from\": \"2025-03-01\", \"to\": \"2025-01-01\"}", "{\"limit\": 0}",
                "{\"limit\": 1000001}")) {
            MvcTestResult result = start(version, body, ANALYST);
            assertThat(result).as(body).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(json(result).get("code").asString()).as(body).isEqualTo("SHG-IMPACT-422");
        }
    }
}
