package kz.shagym.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.shagym.ShagymApplication;
import kz.shagym.impact.ImpactJob;
import kz.shagym.impact.ImpactJobs;
import kz.shagym.impact.ImpactState;
import kz.shagym.release.Releases;
import kz.shagym.release.TestDatabase;
import kz.shagym.release.VersionRejected;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.ComplaintFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The impact of a candidate (T01's review period 5 → 15 days) over 100,000 recorded decisions, end to
 * end through the job: the whole service started on a fresh database, the records inserted straight
 * into the audit table, then {@code ImpactJobs.start} until the database says DONE. Single shot: the
 * warm-up pays for compiling the candidate once (the compile service keeps it); each measured run
 * streams the records, decides each twice on the threads and writes the report. {@code threads=1}
 * against {@code 0} (one per core) in the same run shows what the parallel deciding buys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {ShippedRules.QUIET, "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ImpactBenchmark {

    static final int RECORDS = 100_000;

    @Param({"H2", "POSTGRES"})
    public String database;

    /** Deciding threads; 0 = one per core. */
    @Param({"0", "1"})
    public String threads;

    private TestDatabase.Connected db;
    private ConfigurableApplicationContext service;
    private ImpactJobs jobs;
    private String candidate;

    @Setup(Level.Trial)
    public void startTheServiceOnOneHundredThousandRecords() throws SQLException {
        db = TestDatabase.valueOf(database).open();
        Map<String, String> properties = new java.util.LinkedHashMap<>(db.springProperties());
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("shagym.release.watch-folders", "false");
        properties.put("shagym.impact.threads", threads);
        properties.put("logging.level.root", "WARN");
        // as arguments: they must outrank application.yml (the demo's port, folder watching and ./data database)
        service = new SpringApplicationBuilder(ShagymApplication.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
        Releases releases = service.getBean(Releases.class);
        jobs = service.getBean(ImpactJobs.class);
        String active = releases.activeId().orElseThrow();
        insert(service.getBean(DataSource.class), releases.compiled(active), active);
        RuleSetSource fifteenDays = ShippedTimeLimits.withReviewDays(ShippedRules.source(), "T01", 15);
        try {
            candidate = releases.publish(fifteenDays, "bench", "T01: 15 days").version().id();
        } catch (VersionRejected scenariosPinFiveDays) {
            candidate = scenariosPinFiveDays.version().id();
        }
    }

    @Benchmark
    public long impactOverOneHundredThousandRecordedDecisions() throws InterruptedException {
        ImpactJob job = jobs.start(candidate, jobs.defaultRange(), "bench");
        while (!job.state().finished()) {
            // a benchmark, not a test: the job's own row is what an operator's caller polls too
            Thread.sleep(20);
            job = jobs.find(candidate, job.jobId());
        }
        if (job.state() != ImpactState.DONE || job.result().compared() != RECORDS || job.result().changed() == 0) {
            throw new IllegalStateException("impact did not compare the records: " + job.state() + " " + job.failure());
        }
        return job.result().changed();
    }

    @TearDown(Level.Trial)
    public void stop() {
        service.close();
        db.close();
    }

    /** The shipped mix of complaints, recorded over the last day as if decided under the active version. */
    private static void insert(DataSource dataSource, CompiledRuleSet active, String activeId) throws SQLException {
        ComplaintFacts[] mix = ComplaintMix.of(active, 10_000);
        JsonMapper json = JsonMapper.builder().build();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO decision_record (seq, decision_id, recorded_at, client, what_if, version_id, complaint_id,
                    request_json, answer_json, fired_rules_json, prev_hash, hash)
                VALUES (?, ?, ?, 'bench', FALSE, ?, ?, ?, '{}', '[]', ?, ?)""")) {
            c.setAutoCommit(false);
            for (int seq = 1; seq <= RECORDS; seq++) {
                ComplaintFacts facts = mix[seq % mix.length];
                insert.setLong(1, seq);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setObject(3, OffsetDateTime.ofInstant(now.minus(RECORDS - seq, ChronoUnit.SECONDS), ZoneOffset.UTC));
                insert.setString(4, activeId);
                insert.setString(5, facts.complaintId());
                insert.setString(6, json.writeValueAsString(facts));
                insert.setString(7, "%064x".formatted(seq - 1));
                insert.setString(8, "%064x".formatted(seq));
                insert.addBatch();
                if (seq % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }
}
