package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.shagym.audit.Verification.Missing;
import kz.shagym.audit.Verification.UntrustedCheckpoint;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The attack of issue 7: the newest audit records deleted by hand, after the head was signed. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class CheckpointVerificationTest {

    private static final Instant T0 = Instant.parse("2025-03-19T04:00:00Z");

    @Parameter
    TestDatabase database;

    @TempDir
    Path folder;

    private TestDatabase.Connected db;
    private final Fixtures.TestClock clock = new Fixtures.TestClock(T0);
    private final CheckpointKeys.Signing key = CheckpointKeys.generate();
    private DecisionLog log;
    private Checkpoints checkpoints;
    private int recorded;

    @BeforeEach
    void open() {
        db = database.open();
        CheckpointTrust trust = new CheckpointTrust(new CheckpointFolder(folder), key.verifying());
        log = new DecisionLog(db.dataSource(), db.transactions(),
                Fixtures.settings(64), clock, trust);
        checkpoints = new Checkpoints(log.verifier(), new CheckpointFolder(folder), trust, key, clock, Duration.ZERO);
    }

    @AfterEach
    void close() {
        log.close();
        db.close();
    }

    @Test
    void verifyWhenTheChainGrewPastAnIntactCheckpointShouldBeValidAndNameTheCheckpoint() {
        record(5);
        Checkpoint signed = checkpoints.sign();
        record(3);

        Verification verification = log.verify();

        assertThat(verification.valid()).isTrue();
        assertThat(verification.checked()).isEqualTo(8);
        assertThat(verification.reason()).isNull();
        assertThat(verification.missing()).isNull();
        assertThat(verification.checkpoint()).isEqualTo(signed);
        assertThat(signed.seq()).isEqualTo(5);
        assertThat(verification.untrustedCheckpoints()).isEmpty();
    }

    @Test
    void verifyWhenTheNewestRecordWasDeletedAfterACheckpointShouldBeInvalidAndNameIt() {
        record(5);
        checkpoints.sign();
        assertThat(log.verify().valid()).isTrue();

        db.jdbc().sql("DELETE FROM decision_record WHERE seq = (SELECT MAX(seq) FROM decision_record)").update();

        Verification verification = log.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).isEqualTo(Verification.RECORDS_MISSING);
        assertThat(verification.missing()).isEqualTo(new Missing(5, 5));
        assertThat(verification.firstBroken()).as("what is left still links up").isNull();
        assertThat(verification.checked()).isEqualTo(4);
    }

    @Test
    void verifyWhenTheNewestHundredRecordsWereDeletedShouldNameTheirRange() {
        record(130);
        checkpoints.sign();

        db.jdbc().sql("DELETE FROM decision_record WHERE seq > (SELECT MAX(seq) - 100 FROM decision_record)").update();

        Verification verification = log.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).isEqualTo(Verification.RECORDS_MISSING);
        assertThat(verification.missing()).isEqualTo(new Missing(31, 130));
    }

    @Test
    void verifyWhenDeletedRecordsWereFollowedByNewOnesShouldFindTheSignedHashReplaced() {
        record(10);
        checkpoints.sign();
        clock.set(T0.plusSeconds(60));
        record(10);
        checkpoints.sign();

        db.jdbc().sql("DELETE FROM decision_record WHERE seq > 15").update();
        record(8);

        Verification verification = log.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBroken()).as("the new records link to what was left").isNull();
        assertThat(verification.reason()).isEqualTo(Verification.CHECKPOINT_MISMATCH);
        assertThat(verification.missing()).as("the older checkpoint still vouches for 1..10")
                .isEqualTo(new Missing(11, 20));
    }

    @Test
    void verifyWhenARecordInTheMiddleWasAlteredShouldStillNameItFirst() {
        record(5);
        checkpoints.sign();

        db.jdbc().sql("UPDATE decision_record SET client = 'someone-else' WHERE seq = 2").update();

        Verification verification = log.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).isEqualTo(Verification.CHAIN_BROKEN);
        assertThat(verification.firstBroken()).isEqualTo("d-2");
    }

    @Test
    void signWhenSignedRecordsAreGoneShouldRefuseAndWriteNoCheckpoint() throws IOException {
        record(5);
        checkpoints.sign();
        db.jdbc().sql("DELETE FROM decision_record WHERE seq = 5").update();
        record(2);

        assertThatThrownBy(checkpoints::sign).isInstanceOfSatisfying(CheckpointRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("SHG-CHECKPOINT-409");
            assertThat(refused.properties()).containsEntry("reason", Verification.CHECKPOINT_MISMATCH);
        });
        assertThat(checkpointFiles()).hasSize(1);
    }

    @Test
    void verifyWhenTheNewestCheckpointFileWasForgedShouldReportItAndHoldTheChainAgainstTheOneBefore()
            throws IOException {
        record(5);
        Checkpoint genuine = checkpoints.sign();
        clock.set(T0.plusSeconds(60));
        record(3);
        Checkpoint later = checkpoints.sign();
        // an attacker without the key deletes the newest records and "moves the checkpoint back"
        Path file = folder.resolve(later.file());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\"seq\" : 8", "\"seq\" : 6"), StandardCharsets.UTF_8);
        db.jdbc().sql("DELETE FROM decision_record WHERE seq > 6").update();

        Verification verification = log.verify();

        assertThat(verification.untrustedCheckpoints())
                .containsExactly(new UntrustedCheckpoint(later.file(), CheckpointTrust.BAD_SIGNATURE));
        assertThat(verification.checkpoint()).isEqualTo(genuine);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).isEqualTo(Verification.CHECKPOINT_UNTRUSTED);
    }

    @Test
    void verifyWhenACheckpointWasSignedWithAnotherKeyShouldNotTrustIt() {
        record(3);
        CheckpointTrust theirs = new CheckpointTrust(new CheckpointFolder(folder), key.verifying());
        CheckpointKeys.Signing other = CheckpointKeys.generate();
        Checkpoint foreign = new Checkpoints(log.verifier(), new CheckpointFolder(folder), theirs, other, clock,
                Duration.ZERO).sign();
        db.jdbc().sql("DELETE FROM decision_record WHERE seq = 3").update();

        Verification verification = log.verify();

        assertThat(verification.checkpoint()).isNull();
        assertThat(verification.untrustedCheckpoints())
                .containsExactly(new UntrustedCheckpoint(foreign.file(), CheckpointTrust.UNKNOWN_KEY));
        assertThat(verification.valid()).isFalse();
    }

    @Test
    void signIfMovedWhenTheHeadDidNotMoveShouldWriteNothing() throws IOException {
        assertThat(checkpoints.signIfMoved()).as("an empty chain").isEmpty();
        record(2);
        assertThat(checkpoints.signIfMoved()).isPresent();
        clock.set(T0.plusSeconds(600));

        assertThat(checkpoints.signIfMoved()).isEmpty();
        record(1);
        assertThat(checkpoints.signIfMoved()).map(Checkpoint::seq).contains(3L);
        assertThat(checkpointFiles()).hasSize(2);
    }

    private List<Path> checkpointFiles() throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("checkpoint-")).toList();
        }
    }

    private void record(int count) {
        for (int i = 0; i < count; i++) {
            recorded++;
            ComplaintFacts facts = facts("c-" + recorded);
            log.record(facts, decision("d-" + recorded, "v1", facts), asked("egov"));
        }
    }
}
