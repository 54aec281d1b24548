package kz.shagym.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.LongStream;
import kz.shagym.audit.RecordedRequest;
import kz.shagym.decision.Explanation;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison without a server: a candidate that changes one known row of the shipped set, over
 * requests whose deciding row is known, counted by field, with the rows it cites differently and the
 * newest changed requests as examples; the same report whatever the number of threads.
 */
class ImpactAnalysisTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CompiledRuleSet SHIPPED = Candidates.compile(Candidates.shipped());
    private static final CompiledRuleSet T01_FIFTEEN_DAYS = Candidates.compile(Candidates.reviewDays("T01", 15));
    private static ExecutorService threads;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    private static RecordedRequest recorded(long seq, ComplaintFacts facts) {
        return new RecordedRequest(seq, "d-" + seq, Instant.parse("2025-03-19T05:00:00Z").plusSeconds(seq), "v",
                JSON.writeValueAsString(facts));
    }

    /** Requests 1..n: those for which {@code toProvider} holds go to the service provider (row T01), the others to T06. */
    private static List<RecordedRequest> requests(int n, Function<Long, Boolean> toProvider) {
        return LongStream.rangeClosed(1, n).mapToObj(seq -> recorded(seq, toProvider.apply(seq)
                ? Candidates.toServiceProvider("P-" + seq) : Candidates.toInformatizationBody("I-" + seq))).toList();
    }

    private static ImpactReport run(CompiledRuleSet candidate, List<RecordedRequest> requests, int parallelism) {
        ImpactAnalysis.Run run = new ImpactAnalysis(SHIPPED, candidate, threads, parallelism, 50).start();
        requests.forEach(run);
        ImpactReport report = run.finish();
        assertThat(run.done()).isEqualTo(requests.size());
        return report;
    }

    @Test
    void reviewPeriodOfT01From5To15DaysShouldChangeExactlyTheServiceProvidersComplaintsInTheirReviewFields() {
        List<RecordedRequest> requests = new ArrayList<>(requests(50, seq -> seq % 5 < 3));
        // a record whose facts no longer read (an unknown respondent): counted, not compared
        requests.add(new RecordedRequest(51, "d-51", Instant.parse("2025-03-20T05:00:00Z"), "v",
                "{\"respondent\": \"SOMEONE\"}"));

        ImpactReport report = run(T01_FIFTEEN_DAYS, requests, 4);

        assertThat(report.compared()).isEqualTo(50);
        assertThat(report.unreadable()).isEqualTo(1);
        assertThat(report.changed()).isEqualTo(30);
        assertThat(report.byField()).containsEntry("review.workingDays", 30L).containsEntry("review.deadline", 30L)
                .containsEntry("outcome", 0L).containsEntry("reviewingBody", 0L).containsEntry("forwarding.deadline", 0L)
                .containsEntry("court.allowed", 0L).containsEntry("warnings", 0L).containsEntry("other", 0L);
        assertThat(report.rowsGained()).isEmpty();
        assertThat(report.rowsLost()).isEmpty();
        assertThat(report.activeVersion()).isEqualTo(SHIPPED.versionId());
        assertThat(report.candidateVersion()).isEqualTo(T01_FIFTEEN_DAYS.versionId());
        assertThat(report.examples()).hasSize(30).allSatisfy(e -> {
            assertThat(e.request().complaintId()).startsWith("P-");
            assertThat(e.fields()).containsExactly("review.workingDays", "review.deadline");
            assertThat(e.active().review().workingDays()).isEqualTo(5);
            assertThat(e.active().review().deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(e.candidate().review().workingDays()).isEqualTo(15);
            // 15 working days from Wednesday 19 March 2025, Nauryz (21–25 March) skipped
            assertThat(e.candidate().review().deadline()).isEqualTo(LocalDate.of(2025, 4, 14));
            assertThat(e.active().rulesetVersion()).isEqualTo(SHIPPED.versionId());
            assertThat(e.candidate().rulesetVersion()).isEqualTo(T01_FIFTEEN_DAYS.versionId());
        });
        assertThat(report.examples()).extracting(ImpactReport.Example::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void examplesShouldBeTheFiftyNewestChangedRequestsWhicheverThreadDecidedThem() {
        List<RecordedRequest> requests = requests(2000, seq -> seq % 3 == 0);

        ImpactReport report = run(T01_FIFTEEN_DAYS, requests, 4);

        assertThat(report.changed()).isEqualTo(666);
        assertThat(report.examples()).extracting(ImpactReport.Example::seq)
                .containsExactlyElementsOf(LongStream.iterate(1998, s -> s - 3).limit(50).boxed().toList());
    }

    @Test
    void examplesWithAChangedFieldShouldComeBeforeNewerOnesWhoseExplanationOnlyCitesANewPeriod() {
        CompiledRuleSet candidate = Candidates.compile(Candidates.reviewDaysAndClosed("T01", 15, "T06", "2099-12-31"));
        // 1..60 to the service provider (T01: a later review deadline), 61..200 to the informatization body
        // (T06 closed at the end of 2099: the same answer, but its explanation cites the new period)
        List<RecordedRequest> requests = requests(200, seq -> seq <= 60);

        ImpactReport report = run(candidate, requests, 4);

        assertThat(report.changed()).isEqualTo(200);
        assertThat(report.byField()).containsEntry("review.deadline", 60L).containsEntry("other", 140L);
        assertThat(report.examples()).extracting(ImpactReport.Example::seq)
                .containsExactlyElementsOf(LongStream.iterate(60, s -> s - 1).limit(50).boxed().toList());
        assertThat(report.examples()).allSatisfy(e -> assertThat(e.fields()).contains("review.deadline"));
    }

    @Test
    void aRenamedRowShouldBeCitedAsGainedAndItsOldNameAsLostByTheSameComplaints() {
        CompiledRuleSet renamed = Candidates.compile(Candidates.renamed("T01", "T01A"));

        ImpactReport report = run(renamed, requests(40, seq -> seq <= 25), 4);

        assertThat(report.changed()).isEqualTo(25);
        assertThat(report.byField()).containsEntry("other", 25L).containsEntry("review.workingDays", 0L);
        assertThat(report.rowsGained()).singleElement().satisfies(row -> {
            assertThat(row.rule()).endsWith("(T01A)");
            assertThat(row.count()).isEqualTo(25);
            assertThat(row.source().file()).isEqualTo(Candidates.TIME_LIMITS);
            assertThat(row.label().ru()).contains("T01A");
        });
        assertThat(report.rowsLost()).singleElement().satisfies(row -> {
            assertThat(row.rule()).endsWith("(T01)");
            assertThat(row.count()).isEqualTo(25);
        });
        assertThat(report.examples()).allSatisfy(e -> {
            assertThat(e.fields()).isEmpty();
            assertThat(e.candidate().explanations()).extracting(Explanation::rule).anyMatch(r -> r.endsWith("(T01A)"));
        });
    }

    @Test
    void theSameVersionOnBothSidesShouldChangeNothing() {
        ImpactReport report = run(SHIPPED, generated(1000), 4);

        assertThat(report.compared()).isEqualTo(1000);
        assertThat(report.changed()).isZero();
        assertThat(report.byField().values()).containsOnly(0L);
        assertThat(report.examples()).isEmpty();
    }

    @Test
    void theReportShouldNotDependOnHowManyThreadsDecide() {
        List<RecordedRequest> requests = generated(1000);

        ImpactReport one = run(T01_FIFTEEN_DAYS, requests, 1);
        ImpactReport four = run(T01_FIFTEEN_DAYS, requests, 4);

        assertThat(one.changed()).isPositive();
        assertThat(four).isEqualTo(one);
    }

    /** Every respondent and addressee, dates over three years, service codes, favourable acts, asOf: seeded. */
    private static List<RecordedRequest> generated(int n) {
        Random random = new Random(20250319L);
        List<RecordedRequest> requests = new ArrayList<>();
        for (long seq = 1; seq <= n; seq++) {
            LocalDate received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
            Subject subject = random.nextInt(4) == 0 ? null : Subject.values()[random.nextInt(Subject.values().length)];
            FavorableAct act = random.nextInt(8) == 0 ? new FavorableAct(received.plusDays(random.nextInt(10)), random.nextBoolean()) : null;
            LocalDate asOf = random.nextInt(3) == 0 ? received.plusDays(random.nextInt(40)) : null;
            requests.add(recorded(seq, new ComplaintFacts("G-" + seq, null,
                    Respondent.values()[random.nextInt(Respondent.values().length)], subject,
                    Body.values()[random.nextInt(Body.values().length)], received,
                    random.nextInt(4) == 0 ? received.plusDays(1) : received, act, random.nextInt(10) == 0, asOf)));
        }
        return requests;
    }
}
