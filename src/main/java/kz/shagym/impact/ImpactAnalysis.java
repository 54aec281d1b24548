package kz.shagym.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import kz.shagym.audit.RecordedRequest;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.problem.ProblemException;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.ComplaintFacts;

/**
 * The comparison itself: recorded requests decided under the active version and under a candidate,
 * nothing recorded. Both versions come compiled; requests arrive one at a time (from the database or a
 * file) and are decided in batches on the given threads, with at most two batches per thread waiting, so
 * a million requests never sit in memory at once. Used by the server's jobs and by the command line.
 */
public final class ImpactAnalysis {

    /** Requests handed to a thread at once: large enough that handing them over costs nothing. */
    static final int BATCH = 256;

    private final CompiledRuleSet active;
    private final CompiledRuleSet candidate;
    private final Executor threads;
    private final int parallelism;
    private final int examples;
    private final RuleEvaluator evaluator = new RuleEvaluator();

    /**
     * @param threads where batches are decided; {@code parallelism} of them at a time are useful
     * @param examples changed requests kept with both answers (named fields changed first, then the newest)
     */
    public ImpactAnalysis(CompiledRuleSet active, CompiledRuleSet candidate, Executor threads, int parallelism,
            int examples) {
        this.active = active;
        this.candidate = candidate;
        this.threads = threads;
        this.parallelism = Math.max(1, parallelism);
        this.examples = examples;
    }

    /** A run: give it every request, then {@link Run#finish()}. One caller thread gives the requests. */
    public Run start() {
        return new Run();
    }

    public final class Run implements Consumer<RecordedRequest> {

        private final int slots = 2 * parallelism;
        private final Semaphore free = new Semaphore(slots);
        private final AtomicLong done = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final ImpactTally total = new ImpactTally(examples);
        private List<RecordedRequest> batch = new ArrayList<>(BATCH);

        private Run() {
        }

        @Override
        public void accept(RecordedRequest request) {
            batch.add(request);
            if (batch.size() == BATCH) {
                submit();
            }
        }

        /** Requests decided so far. */
        public long done() {
            return done.get();
        }

        /**
         * Waits for every batch and gives the report.
         *
         * @throws IllegalStateException when deciding failed other than by a problem of the rules
         */
        public ImpactReport finish() {
            if (!batch.isEmpty()) {
                submit();
            }
            acquire(slots);
            free.release(slots);
            rethrowFailure();
            synchronized (total) {
                return total.report(active.versionId(), candidate.versionId());
            }
        }

        private void submit() {
            rethrowFailure();
            List<RecordedRequest> mine = batch;
            batch = new ArrayList<>(BATCH);
            acquire(1);
            try {
                threads.execute(() -> {
                    try {
                        ImpactTally tally = decide(mine);
                        synchronized (total) {
                            total.merge(tally);
                        }
                        done.addAndGet(mine.size());
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        free.release();
                    }
                });
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
        }

        private void acquire(int permits) {
            try {
                free.acquire(permits);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while deciding recorded requests", e);
            }
        }

        private void rethrowFailure() {
            Throwable failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException("deciding a recorded request failed: " + failed, failed);
            }
        }
    }

    private ImpactTally decide(List<RecordedRequest> requests) {
        ImpactTally tally = new ImpactTally(examples);
        for (RecordedRequest recorded : requests) {
            ComplaintFacts facts;
            try {
                facts = recorded.facts();
            } catch (RuntimeException unreadable) {
                // a record written by a far older service, or damaged: counted, not guessed at
                tally.unreadable();
                continue;
            }
            tally.add(recorded, facts, answer(active, facts), answer(candidate, facts));
        }
        return tally;
    }

    private Answer answer(CompiledRuleSet ruleSet, ComplaintFacts facts) {
        try {
            return new Answer(evaluator.evaluate(ruleSet, facts), null);
        } catch (ProblemException refused) {
            return new Answer(null, refused.code());
        }
    }
}
