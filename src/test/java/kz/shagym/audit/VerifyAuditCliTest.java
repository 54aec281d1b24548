package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.shagym.cli.ShagymCli;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verify-audit} as an auditor runs it: on a database the service wrote (an H2 file, or a
 * PostgreSQL schema), after the service has let go of it, with the checkpoint folder it left. Lives
 * here, not in {@code cli/}, because only this package can write a real chain.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class VerifyAuditCliTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path checkpoints;

    private TestDatabase.Connected db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        db = database.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void verifyAuditWhenTheChainHoldsItsCheckpointShouldExitZero() {
        writeChain(6, 4);

        assertThat(run("--json")).isZero();
        JsonNode answer = JsonMapper.builder().build().readTree(out());
        assertThat(answer.at("/verification/valid").asBoolean()).isTrue();
        assertThat(answer.at("/verification/checked").asLong()).isEqualTo(6);
        assertThat(answer.at("/verification/checkpoint/seq").asLong()).isEqualTo(4);
        assertThat(answer.at("/verification/checkpoint/signedAt").asString()).isEqualTo("2025-03-19T04:00:00Z");
        assertThat(out()).doesNotContain("secret-not-echoed");
    }

    @Test
    void verifyAuditWhenTheNewestSignedRecordsWereDeletedShouldExitOneAndNameThem() {
        writeChain(5, 5, "DELETE FROM decision_record WHERE seq >= 4");

        assertThat(run()).isEqualTo(ShagymCli.FINDINGS);
        assertThat(out()).contains("INVALID: RECORDS_MISSING").contains("№ 4–5");

        out.reset();
        assertThat(run("--json")).isEqualTo(ShagymCli.FINDINGS);
        JsonNode answer = JsonMapper.builder().build().readTree(out());
        assertThat(answer.at("/verification/missing/fromSeq").asLong()).isEqualTo(4);
        assertThat(answer.at("/verification/missing/toSeq").asLong()).isEqualTo(5);
    }

    @Test
    void verifyAuditWhenACheckpointWasForgedShouldExitOneAndNameTheFile() throws IOException {
        writeChain(3, 3);
        Path file;
        try (var files = Files.list(checkpoints)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("checkpoint-")).findFirst().orElseThrow();
        }
        String forged = Files.readString(file)
                .replaceFirst("\"hash\" : \"[0-9a-f]{64}\"", "\"hash\" : \"" + "f".repeat(64) + "\"");
        Files.writeString(file, forged);

        assertThat(run()).isEqualTo(ShagymCli.FINDINGS);
        assertThat(out()).contains("CHECKPOINT_UNTRUSTED").contains(file.getFileName() + " (BAD_SIGNATURE)");
    }

    @Test
    void verifyAuditWithAPinnedKeyThatDidNotSignShouldTrustNoCheckpoint() throws IOException {
        writeChain(2, 2);
        Path other = Files.writeString(checkpoints.resolveSibling(checkpoints.getFileName() + "-other.pem"),
                CheckpointKeys.publicPem(CheckpointKeys.generate().verifying().key()));

        assertThat(run("--public-key", other.toString())).isEqualTo(ShagymCli.FINDINGS);
        assertThat(out()).contains("(UNKNOWN_KEY)");
        Files.delete(other);
    }

    @Test
    void verifyAuditWithoutTheCheckpointFolderOrWithAMissingDatabaseShouldExitTwo() {
        writeChain(1, 1);

        assertThat(cli("verify-audit", "--db", url())).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("--checkpoints");
        assertThat(cli("verify-audit", "--db", url(), "--checkpoints", checkpoints.resolve("nope").toString()))
                .isEqualTo(ShagymCli.MISUSE);
        if (database == TestDatabase.H2) {
            Path missing = checkpoints.resolveSibling(checkpoints.getFileName() + "-missing");
            assertThat(cli("verify-audit", "--db", "jdbc:h2:file:" + missing, "--checkpoints", checkpoints.toString()))
                    .as("a mistyped path must not create an empty database that verifies").isEqualTo(ShagymCli.MISUSE);
            assertThat(Path.of(missing + ".mv.db")).doesNotExist();
        }
    }

    /** What the service does: record, sign at {@code signedAt}, record on; then an attacker's SQL; then stop. */
    private void writeChain(int records, int signedAt, String... attack) {
        Clock clock = new Fixtures.TestClock(java.time.Instant.parse("2025-03-19T04:00:00Z"));
        CheckpointKeys.Signing key = CheckpointKeys.generate();
        CheckpointFolder folder = new CheckpointFolder(checkpoints);
        CheckpointKeyFiles.publish(folder, key.verifying());
        CheckpointTrust trust = new CheckpointTrust(folder, key.verifying());
        try (DecisionLog log = new DecisionLog(db.dataSource(), db.transactions(),
                Fixtures.settings(64), clock, trust)) {
            Checkpoints signer = new Checkpoints(log.verifier(), folder, trust, key, clock, Duration.ZERO);
            for (int i = 1; i <= records; i++) {
                ComplaintFacts facts = facts("c-" + i);
                log.record(facts, decision("d-" + i, "v1", facts), asked("egov"));
                if (i == signedAt) {
                    signer.sign();
                }
            }
        }
        for (String sql : attack) {
            db.jdbc().sql(sql).update();
        }
        db.dataSource().close();
    }

    private int run(String... more) {
        List<String> args = new ArrayList<>(List.of("verify-audit", "--db", url(), "--checkpoints", checkpoints.toString()));
        Map<String, String> properties = db.springProperties();
        args.addAll(List.of("--user", properties.get("spring.datasource.username"), "--password", "secret-not-echoed"));
        if (database == TestDatabase.H2) {
            args.subList(args.size() - 2, args.size()).clear();
        }
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    private int cli(String... args) {
        return new ShagymCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String url() {
        return db.springProperties().get("spring.datasource.url");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
