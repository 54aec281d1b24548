package kz.shagym.audit;

import kz.shagym.problem.ProblemException;

/** The checkpoint folder holds no checkpoint file of this name. */
final class CheckpointNotFound extends ProblemException {

    private final String file;

    CheckpointNotFound(String file) {
        super(AuditProblem.CHECKPOINT_NOT_FOUND, "no checkpoint " + file);
        this.file = file;
    }

    @Override public String detail() { return "No checkpoint file '" + file + "' is in the checkpoint folder."; }
}
