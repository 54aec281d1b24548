package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.decision.Decision;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the explanations' texts are stored once each, apart from the records that refer to them
 * (V8); every reader gets the answer whole, and the chain, hashed over the whole answer, still proves it.
 * H2 stores each answer whole.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoredTextsTest {

    private static final String FIRST_TEXT = "Направить жалобу в течение 3 рабочих дней";

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private final List<DecisionLog> logs = new ArrayList<>();
    private final CanonicalJson json = new CanonicalJson();

    @BeforeEach
    void openDatabase() {
        db = database.open();
    }

    @AfterEach
    void dropDatabase() {
        logs.forEach(DecisionLog::close);
        db.close();
    }

    @Test
    void recordsShouldStoreEachExplanationTextOnceAndReadTheirAnswersWhole() {
        assumeTrue(database == TestDatabase.POSTGRES, "H2 stores answers whole");
        DecisionLog log = log();
        List<Decision> decisions = recordMany(log, 5);

        // two explanations, the same in all five answers
        assertThat(count("SELECT COUNT(*) FROM decision_text")).isEqualTo(2);
        for (Decision decision : decisions) {
            String stored = storedAnswer(decision.decisionId());
            assertThat(stored).contains("\"$text\"").doesNotContain(FIRST_TEXT);
            assertThat(log.find(decision.decisionId()).orElseThrow().answer()).isEqualTo(json.tree(decision));
        }
        assertThat(log.verify()).isEqualTo(new Verification(true, 5, null));
    }

    @Test
    void verifyWhenAStoredTextWasAlteredShouldNameTheFirstRecordThatRefersToIt() {
        assumeTrue(database == TestDatabase.POSTGRES, "H2 stores answers whole");
        DecisionLog log = log();
        recordMany(log, 3);
        assertThat(log.verify()).isEqualTo(new Verification(true, 3, null));
        assertThat(log.find("d-2").orElseThrow().answer().toString()).contains("5 рабочих дней");

        db.jdbc().sql("UPDATE decision_text SET canonical_json = REPLACE(canonical_json, '5 рабочих дней', '15 рабочих дней')")
                .update();

        assertThat(log.verify()).isEqualTo(new Verification(false, 1, "d-1"));
    }

    @Test
    void verifyWhenAStoredTextIsMissingShouldNameTheFirstRecordThatRefersToIt() {
        assumeTrue(database == TestDatabase.POSTGRES, "H2 stores answers whole");
        DecisionLog log = log();
        recordMany(log, 3);
        assertThat(log.verify()).isEqualTo(new Verification(true, 3, null));

        db.jdbc().sql("DELETE FROM decision_text").update();

        assertThat(log.verify()).isEqualTo(new Verification(false, 1, "d-1"));
    }

    @Test
    void aTextOfAGroupThatWasRolledBackShouldBeStoredAgainWithTheNextGroupThatRefersToIt() {
        assumeTrue(database == TestDatabase.POSTGRES, "H2 stores answers whole");
        ChainHash chain = new ChainHash(json);
        ChainWrites store = new ChainWrites(db.dataSource());
        ChainLinks links = new ChainLinks(chain, Clock.systemUTC());
        TransactionTemplate transaction = new TransactionTemplate(db.transactions());
        List<Decision> decisions = new ArrayList<>();
        List<UnlinkedRecord> group = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ComplaintFacts facts = facts("c-" + i);
            Decision decision = decision("d-" + i, "v1", facts, LocalDate.of(2025, 3, 31), "Текст " + i);
            decisions.add(decision);
            group.add(chain.unlinked(decision.decisionId(), "egov", false, "v1", facts.complaintId(), facts, decision,
                    List.of()));
        }
        // inserted, then rolled back (as when the commit fails): its texts are gone with it
        transaction.executeWithoutResult(status -> {
            store.insert(links.after(store.lockChain(Duration.ofSeconds(2)), group), Duration.ofSeconds(5));
            status.setRollbackOnly();
        });
        assertThat(count("SELECT COUNT(*) FROM decision_text")).isZero();

        transaction.executeWithoutResult(status ->
                store.insert(links.after(store.lockChain(Duration.ofSeconds(2)), group), Duration.ofSeconds(5)));

        // "Текст 1" to "Текст 3", and the second explanation, which all three share
        assertThat(count("SELECT COUNT(*) FROM decision_text")).isEqualTo(4);
        DecisionLog log = log();
        assertThat(log.find("d-2").orElseThrow().answer()).isEqualTo(json.tree(decisions.get(1)));
        assertThat(log.verify()).isEqualTo(new Verification(true, 3, null));
    }

    @Test
    void recordOnH2ShouldStoreTheAnswerWhole() {
        assumeTrue(database == TestDatabase.H2, "PostgreSQL stores the texts apart");
        DecisionLog log = log();
        List<Decision> decisions = recordMany(log, 2);

        assertThat(storedAnswer("d-2")).contains(FIRST_TEXT).doesNotContain("\"$text\"");
        assertThat(log.find("d-2").orElseThrow().answer()).isEqualTo(json.tree(decisions.get(1)));
        assertThat(log.verify()).isEqualTo(new Verification(true, 2, null));
    }

    private List<Decision> recordMany(DecisionLog log, int count) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ComplaintFacts facts = facts("c-" + i);
            Decision decision = decision("d-" + i, "v1", facts);
            log.record(facts, decision, asked("egov"));
            decisions.add(decision);
        }
        return decisions;
    }

    private String storedAnswer(String decisionId) {
        return db.jdbc().sql("SELECT answer_json FROM decision_record WHERE decision_id = :id")
                .param("id", decisionId).query(String.class).single();
    }

    private long count(String sql) {
        return db.jdbc().sql(sql).query(Long.class).single();
    }

    private DecisionLog log() {
        DecisionLog log = Fixtures.log(db);
        logs.add(log);
        return log;
    }
}
