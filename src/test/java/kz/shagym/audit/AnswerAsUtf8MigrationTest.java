package kz.shagym.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * H2 keeps the audited answer as the UTF-8 it was hashed as (db/vendor/h2/V7). An H2 file written
 * before that migration must come through it whole: its answers read back as they were, and its
 * chain, hashed over that same UTF-8, stays valid with new records after the old.
 */
class AnswerAsUtf8MigrationTest {

    private static final String LONG_RUSSIAN = "Жалоба на решение услугодателя рассматривается в течение пяти рабочих дней. ".repeat(40);

    private final TestDatabase.Connected db = TestDatabase.H2.openAt("6");
    private final List<DecisionLog> logs = new ArrayList<>();

    @AfterEach
    void dropDatabase() {
        logs.forEach(DecisionLog::close);
        db.close();
    }

    @Test
    void anH2FileWrittenBeforeV7ShouldKeepItsAnswersAndAValidChainAfterIt() {
        writeAsBeforeV7(3);
        DecisionLog before = log();
        AuditRecord old = before.find("d-2").orElseThrow();
        assertThat(columnType()).isEqualTo("CHARACTER VARYING");
        before.close();

        db.migrate(null);

        assertThat(columnType()).isEqualTo("BINARY VARYING");
        DecisionLog after = log();
        ComplaintFacts facts = facts("ЖК-4");
        after.record(facts, decision("d-4", "v1", facts), asked("egov"));
        assertThat(after.find("d-2").orElseThrow()).isEqualTo(old);
        assertThat(after.verify()).isEqualTo(new Verification(true, 4, null));
        // what the migration stored is the UTF-8 of the canonical answer, byte for byte
        byte[] stored = db.jdbc().sql("SELECT answer_json FROM decision_record WHERE decision_id = 'd-2'")
                .query((rs, row) -> rs.getBytes(1)).single();
        assertThat(new String(stored, UTF_8)).isEqualTo(new CanonicalJson().write(old.answer()));
        assertThat(new String(stored, UTF_8)).contains(LONG_RUSSIAN);
    }

    /**
     * Records as the log wrote them at V6: each answer whole, as text (no {@code decision_text} yet). The
     * writer stores a record so when it refers to no text.
     */
    private void writeAsBeforeV7(int count) {
        CanonicalJson json = new CanonicalJson();
        ChainHash chain = new ChainHash(json);
        List<UnlinkedRecord> records = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ComplaintFacts facts = facts("ЖК-" + i);
            UnlinkedRecord r = chain.unlinked("d-" + i, "egov", false, "v1", facts.complaintId(), facts,
                    decision("d-" + i, "v1", facts, LocalDate.of(2025, 3, 31), LONG_RUSSIAN + i), List.of());
            records.add(new UnlinkedRecord(r.decisionId(), r.client(), r.whatIf(), r.rulesetVersion(), r.complaintId(),
                    r.requestJson(), r.answerUtf8(), r.answerUtf8(), List.of(), r.firedRulesJson(), r.afterAnswer(),
                    r.beforeSeq(), r.end(), null));
        }
        ChainWrites store = new ChainWrites(db.dataSource());
        ChainLinks links = new ChainLinks(chain, Clock.systemUTC());
        new TransactionTemplate(db.transactions()).executeWithoutResult(status ->
                store.insert(links.after(store.lockChain(Duration.ofSeconds(2)), records), Duration.ofSeconds(5)));
    }

    private String columnType() {
        return db.jdbc().sql("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_NAME = 'DECISION_RECORD' AND COLUMN_NAME = 'ANSWER_JSON'")
                .query(String.class).single();
    }

    private DecisionLog log() {
        DecisionLog log = Fixtures.log(db);
        logs.add(log);
        return log;
    }
}
