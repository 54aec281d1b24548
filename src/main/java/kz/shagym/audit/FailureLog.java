package kz.shagym.audit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit write failures, logged at most once per interval with the number left out since the last
 * line. A store that fails under load would otherwise log once per decision (212 MB in 8 s was seen),
 * and fill the disk whose filling may be the failure. A line never carries a record, a request, an
 * answer or SQL: only what {@link StoreFailure} keeps.
 */
final class FailureLog {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final long intervalNanos;
    private long lastLogged;
    private boolean loggedOnce;
    private long suppressed;

    FailureLog(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    synchronized void notRecorded(int decisions, StoreFailure failure) {
        if (due()) {
            log.warn("{} decision(s) not recorded: {}{}", decisions, failure.getMessage(), suppressedNote());
        } else {
            suppressed += decisions;
        }
    }

    /** The commit was sent but neither its success nor its failure could be confirmed. */
    synchronized void outcomeUnknown(int decisions, String firstDecisionId, StoreFailure failure) {
        if (due()) {
            log.error("{} decision(s) answered 503 although their commit may have succeeded (first decision id {}): {}{}",
                    decisions, firstDecisionId, failure.getMessage(), suppressedNote());
        } else {
            suppressed += decisions;
        }
    }

    synchronized void recovered() {
        if (loggedOnce) {
            log.info("decisions are recorded again{}", suppressedNote());
            loggedOnce = false;
        }
    }

    private boolean due() {
        long now = System.nanoTime();
        if (loggedOnce && now - lastLogged < intervalNanos) {
            return false;
        }
        lastLogged = now;
        loggedOnce = true;
        return true;
    }

    private String suppressedNote() {
        if (suppressed == 0) {
            return "";
        }
        String note = "; " + suppressed + " more not recorded since the last line";
        suppressed = 0;
        return note;
    }
}
