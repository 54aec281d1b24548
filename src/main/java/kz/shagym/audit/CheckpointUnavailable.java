package kz.shagym.audit;

import kz.shagym.problem.ProblemException;

/** The checkpoint folder cannot be read or written (full disk, permissions, a missing mount). */
final class CheckpointUnavailable extends ProblemException {

    CheckpointUnavailable(String message, Throwable cause) {
        super(AuditProblem.CHECKPOINT_UNAVAILABLE, message, cause);
    }

    // the folder's path stays in the log: it tells a caller nothing it needs
    @Override public String detail() { return "The checkpoint folder cannot be read or written now."; }
}
