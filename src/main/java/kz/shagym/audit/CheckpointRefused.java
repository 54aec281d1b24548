package kz.shagym.audit;

import java.util.Map;
import kz.shagym.problem.ProblemException;

/**
 * The chain no longer holds what the latest trusted checkpoint signed, so signing its head now would
 * vouch for a chain whose signed records are gone or replaced.
 */
final class CheckpointRefused extends ProblemException {

    private final Verification verification;

    CheckpointRefused(Verification verification) {
        super(AuditProblem.CHECKPOINT_REFUSED,
                "the chain does not extend the latest checkpoint: " + verification.reason() + " " + verification.missing());
        this.verification = verification;
    }

    @Override
    public String detail() {
        return "The audit chain no longer holds the records the latest checkpoint signed; no new checkpoint is"
                + " signed until this is investigated. See GET /api/v1/audit/verification.";
    }

    @Override
    public Map<String, Object> properties() {
        return verification.missing() == null ? Map.of("reason", verification.reason())
                : Map.of("reason", verification.reason(), "missing", verification.missing());
    }
}
