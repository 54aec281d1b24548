package kz.shagym.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.shagym.audit.DecisionLog;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.problem.ProblemException;
import kz.shagym.release.Releases;
import kz.shagym.ruleset.CompiledRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry of the {@code impact} feature: what a candidate version would answer to the complaints
 * recorded in the audit log, before anyone activates it. A job runs on the instance that was asked, one
 * at a time (it uses every core), and keeps its state in the database, so that any instance behind the
 * load balancer answers for it. Both versions are compiled once by the release's compile service.
 */
@Service
public class ImpactJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImpactJobs.class);

    private final Releases releases;
    private final DecisionLog decisions;
    private final ImpactJobStore store;
    private final ImpactSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ThreadPoolExecutor jobs;
    private final ExecutorService workers;

    ImpactJobs(Releases releases, DecisionLog decisions, DataSource dataSource, PlatformTransactionManager transactions,
            JsonMapper json, ImpactSettings settings, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.releases = releases;
        this.decisions = decisions;
        this.store = new ImpactJobStore(dataSource, transactions, json);
        this.settings = settings;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.jobs = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(Math.max(1, settings.queuedJobs())), named("impact-job"));
        this.workers = Executors.newFixedThreadPool(settings.parallelism(), named("impact-worker"));
    }

    /**
     * Starts comparing version {@code versionId} with the active one over the recorded decisions in {@code range}.
     *
     * @throws UnknownRuleSetVersion when no version has that id
     * @throws ImpactBusy when this instance already has {@code shagym.impact.queued-jobs} jobs waiting
     */
    public ImpactJob start(String versionId, ImpactRange range, String requestedBy) {
        releases.find(versionId).orElseThrow(() -> new UnknownRuleSetVersion(versionId));
        String id = UUID.randomUUID().toString();
        store.insert(id, versionId, requestedBy, clock.instant(), range);
        try {
            jobs.execute(() -> run(id, versionId, range));
        } catch (RejectedExecutionException full) {
            store.failed(id, failure(new ImpactBusy(jobs.getQueue().size())), clock.instant(), null);
            throw new ImpactBusy(jobs.getQueue().size());
        }
        return find(versionId, id);
    }

    /** The body of a request read strictly, or the default range when there is none. */
    public ImpactRange range(String body) {
        return ImpactRange.read(body, clock.instant(), settings);
    }

    /** The last year up to now, at most the largest limit: what the workbench asks for. */
    public ImpactRange defaultRange() {
        return ImpactRange.lastPeriod(clock.instant(), settings);
    }

    /**
     * A job of version {@code versionId}, as the database holds it: a job whose instance stopped writing it
     * for {@code shagym.impact.stale-after} is failed as abandoned.
     *
     * @throws UnknownImpactJob when that version has no such job
     */
    public ImpactJob find(String versionId, String jobId) {
        ImpactJob job = store.find(jobId).filter(j -> j.version().equals(versionId))
                .orElseThrow(() -> new UnknownImpactJob(versionId, jobId));
        return abandonedIfStale(job);
    }

    /** The newest job started for a version, by anyone, on any instance. */
    public Optional<ImpactJob> latest(String versionId) {
        return store.latest(versionId).map(this::abandonedIfStale);
    }

    private ImpactJob abandonedIfStale(ImpactJob job) {
        Instant staleBefore = clock.instant().minus(settings.staleAfter());
        if (job.state().finished() || !job.updatedAt().isBefore(staleBefore)) {
            return job;
        }
        ImpactJob.Failure abandoned = new ImpactJob.Failure(ImpactProblem.ABANDONED.code(),
                "Not written for over " + settings.staleAfter().toSeconds() + " s: the instance running it stopped.");
        store.failed(job.jobId(), abandoned, clock.instant(), staleBefore);
        return store.find(job.jobId()).orElseThrow();
    }

    private void run(String id, String versionId, ImpactRange range) {
        try {
            String activeId = releases.activeId().orElseThrow(() -> new UnknownRuleSetVersion("active"));
            long total = decisions.countRequests(range.from(), range.to(), range.limit());
            if (!changed(store.running(id, activeId, total, clock.instant()), id, ImpactState.RUNNING, 0, total)) {
                return;
            }
            CompiledRuleSet active = releases.compiled(activeId);
            CompiledRuleSet candidate = releases.compiled(versionId);
            ImpactAnalysis.Run run = new ImpactAnalysis(active, candidate, workers, settings.parallelism(),
                    settings.examples()).start();
            Duration every = settings.progressInterval();
            long[] lastWrite = {System.nanoTime()};
            decisions.eachRequest(range.from(), range.to(), range.limit(), request -> {
                run.accept(request);
                long now = System.nanoTime();
                if (now - lastWrite[0] >= every.toNanos()) {
                    lastWrite[0] = now;
                    long done = run.done();
                    if (!changed(store.progress(id, done, clock.instant()), id, ImpactState.RUNNING, done, total)) {
                        throw new Abandoned();
                    }
                }
            });
            ImpactReport report = run.finish();
            long decided = report.compared() + report.unreadable();
            changed(store.done(id, report, clock.instant()), id, ImpactState.DONE, decided, decided);
            log.info("Impact of {} against {}: {} compared, {} changed", versionId, activeId, report.compared(),
                    report.changed());
        } catch (Abandoned gone) {
            log.warn("Impact job {} was reported abandoned while running; stopped", id);
        } catch (RuntimeException | Error e) {
            log.warn("Impact job {} of version {} failed: {}", id, versionId, e.toString(), e);
            store.failed(id, failure(e), clock.instant(), null);
            events.publishEvent(new ImpactProgressed(id, ImpactState.FAILED, 0, 0));
        }
    }

    /** Tells listeners what was written; false when the row had been failed meanwhile (abandoned). */
    private boolean changed(boolean written, String id, ImpactState state, long done, long total) {
        if (written) {
            events.publishEvent(new ImpactProgressed(id, state, done, total));
        }
        return written;
    }

    private static ImpactJob.Failure failure(Throwable e) {
        if (e instanceof ProblemException problem) {
            return new ImpactJob.Failure(problem.code(), problem.detail());
        }
        return new ImpactJob.Failure(ImpactProblem.FAILED.code(), "The comparison failed: " + e.getClass().getSimpleName()
                + ". The log of the instance that ran it has the details.");
    }

    /** The job's row was failed as abandoned by another instance: stop reading. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        jobs.shutdownNow();
        workers.shutdownNow();
    }
}
