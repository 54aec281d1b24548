package kz.shagym.audit;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.decision.DecisionRecorder;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.IdempotencyKeyReused;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision audit log: every decision is stored before its answer is released, in an
 * append-only chain where each record carries the SHA-256 of the one before it. The entry point of
 * the {@code audit} feature: record, find, search, export and verify.
 */
public class DecisionLog implements DecisionRecorder, AutoCloseable {

    /** The width of {@code decision_record.client} (V2__decision_audit.sql). */
    static final int CLIENT_MAX = 128;
    /** The width of {@code decision_record.complaint_id}; the request reader holds complaint ids to it. */
    static final int COMPLAINT_ID_MAX = 64;

    private final DecisionRecords records;
    private final ChainHash chain;
    private final CanonicalJson json;
    private final GroupCommitWriter writer;
    private final TransactionTemplate reading;
    private final ChainVerifier verifier;
    private final RecordedRequests requests;
    private final IdempotencyKeys keys;
    private final DecisionsOnTheWay onTheWay = new DecisionsOnTheWay();

    DecisionLog(DataSource dataSource, PlatformTransactionManager transactions, AuditSettings settings, Clock clock) {
        this(dataSource, transactions, settings, clock, CheckpointTrust.NONE);
    }

    DecisionLog(DataSource dataSource, PlatformTransactionManager transactions, AuditSettings settings, Clock clock,
            CheckpointTrust checkpoints) {
        this(dataSource, transactions, settings, clock, checkpoints, WriterMeters.NONE);
    }

    DecisionLog(DataSource dataSource, PlatformTransactionManager transactions, AuditSettings settings, Clock clock,
            CheckpointTrust checkpoints, io.micrometer.core.instrument.MeterRegistry meters) {
        this.json = new CanonicalJson();
        ChainWrites store = new ChainWrites(dataSource);
        this.chain = new ChainHash(json, store.keepsAnswersWhole());
        this.records = new DecisionRecords(dataSource, json);
        this.writer = new GroupCommitWriter(store, chain, transactions, clock, settings,
                new WriterMeters(meters, settings.batchSize()), onTheWay);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.verifier = new ChainVerifier(records, chain, reading, checkpoints);
        this.requests = new RecordedRequests(dataSource);
        this.keys = new IdempotencyKeys(dataSource, clock);
    }

    /**
     * Refuses, before any rule runs, a decision whose record could not be stored: a failing record
     * would otherwise be found only at commit, after the deciding, and fail the group it is written with.
     *
     * @throws UnrecordableIdentity when the caller's identity does not fit the audit column
     */
    @Override
    public void admit(ComplaintFacts facts, EvaluationContext context) {
        String client = client(context);
        if (client.length() > CLIENT_MAX || client.chars().anyMatch(Character::isISOControl)) {
            throw new UnrecordableIdentity();
        }
        if (facts.complaintId() != null && facts.complaintId().length() > COMPLAINT_ID_MAX) {
            throw new IllegalArgumentException("the request reader lets complaint ids of " + COMPLAINT_ID_MAX
                    + " characters at most through");
        }
    }

    /** Counts the decision as on its way to the writer, which may wait for it ({@link GroupGathering}). */
    @Override
    public void deciding(EvaluationContext context) {
        onTheWay.coming();
    }

    /** The decision counted by {@link #deciding} will not reach the writer. */
    @Override
    public void withdraw(EvaluationContext context) {
        onTheWay.arrived();
    }

    /**
     * Stores the decision and returns once it is committed (with the decisions of concurrent callers).
     *
     * @return the answer's canonical JSON as hashed and stored (explanations in place): the API sends it as it is
     * @throws DecisionNotRecorded when it could not be stored, so the answer must not be released
     */
    @Override
    public byte[] record(ComplaintFacts facts, Decision decision, EvaluationContext context) {
        UnlinkedRecord entry;
        try {
            entry = unlinked(facts, decision, context);
        } catch (RuntimeException | Error e) {
            onTheWay.arrived(); // it will never reach the writer; one that does is counted there, once queued
            throw e;
        }
        writer.write(entry);
        return entry.answerUtf8();
    }

    private UnlinkedRecord unlinked(ComplaintFacts facts, Decision decision, EvaluationContext context) {
        admit(facts, context);
        UnlinkedRecord entry;
        try {
            List<String> fired = decision.explanations().stream().map(Explanation::rule).toList();
            // written here, on the caller's thread, straight from the facts and the answer (no tree between):
            // the one writer thread then only links and stores
            entry = chain.unlinked(requireText(decision.decisionId(), "decisionId"), client(context),
                    context.whatIf(), requireText(decision.rulesetVersion(), "rulesetVersion"),
                    decision.complaintId() != null ? decision.complaintId() : facts.complaintId(),
                    facts, decision, fired);
            if (context.idempotencyKey() != null) {
                entry = entry.claiming(new IdempotencyKeys.Claim(client(context), context.idempotencyKey(),
                        IdempotencyKeys.requestHash(entry.requestJson(), context.version())));
            }
        } catch (RuntimeException e) {
            throw new DecisionNotRecorded(e);
        }
        return entry;
    }

    /**
     * The decision stored for this caller's live {@code Idempotency-Key}, when the same facts and version
     * were decided under it.
     *
     * @throws IdempotencyKeyReused when the key was used for other facts or another version
     */
    @Override
    public Optional<Decision> earlier(ComplaintFacts facts, EvaluationContext context) {
        if (context.idempotencyKey() == null) {
            return Optional.empty();
        }
        Optional<IdempotencyKeys.Stored> stored = keys.find(client(context), context.idempotencyKey());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String hash = IdempotencyKeys.requestHash(json.write(facts), context.version());
        if (!hash.equals(stored.get().requestHash())) {
            throw new IdempotencyKeyReused();
        }
        // the foreign key holds the record there; it is read back as it was released
        return records.find(stored.get().decisionId()).map(record -> json.read(record.answer(), Decision.class));
    }

    /** Why decisions cannot be recorded now, or null when they can (asks the store again while it failed). */
    /**
     * Every hour (any instance; the delete is the same from each): Idempotency-Keys past their 24 hours.
     * The first run waits an interval, so a start-up is not slowed by it.
     */
    @Scheduled(initialDelayString = "${shagym.audit.idempotency-purge-interval:1h}",
            fixedDelayString = "${shagym.audit.idempotency-purge-interval:1h}")
    public void purgeExpiredIdempotencyKeys() {
        keys.purgeExpired();
    }

    StoreFailure storeFailure() {
        return writer.health().failure();
    }

    public Optional<AuditRecord> find(String decisionId) {
        return records.find(decisionId);
    }

    /** The matching records, newest first, one page of them, with the total. */
    public DecisionPage search(DecisionQuery query) {
        return reading.execute(status -> {
            List<AuditRecord> items = records.page(query);
            return new DecisionPage(items, query.page(), query.size(), records.count(query));
        });
    }

    /** Writes every matching record as CSV, oldest first, streaming (paging is ignored). */
    public void exportCsv(DecisionQuery query, Writer out) {
        DecisionCsv csv = new DecisionCsv(out, json);
        csv.header();
        reading.executeWithoutResult(status -> records.each(query, csv::row));
    }

    /** How many decisions {@link #eachRequest} gives for the same arguments (at most {@code limit}). */
    public long countRequests(Instant from, Instant to, long limit) {
        return requests.count(from, to, limit);
    }

    /**
     * The requests of the newest {@code limit} decisions recorded in {@code [from, to)}, in no particular
     * order, streamed one at a time (what-if decisions left out): for deciding them again under other versions.
     */
    public void eachRequest(Instant from, Instant to, long limit, Consumer<RecordedRequest> consumer) {
        reading.executeWithoutResult(status -> requests.newest(from, to, limit, consumer));
    }

    /**
     * Walks the chain from the first record and names the first one that does not hold; then holds it
     * against the latest signed checkpoint and names the signed records that are gone or replaced.
     */
    public Verification verify() {
        return verifier.verify();
    }

    ChainVerifier verifier() {
        return verifier;
    }

    /** Writes what is still waiting, then refuses new records. */
    @Override
    public void close() {
        writer.close();
    }

    private static String client(EvaluationContext context) {
        return context.client() == null || context.client().isBlank() ? "anonymous" : context.client();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the decision has no " + name);
        }
        return value;
    }
}
