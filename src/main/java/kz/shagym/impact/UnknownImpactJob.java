package kz.shagym.impact;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** No impact job with this id was started for this version (on any instance). */
public final class UnknownImpactJob extends ProblemException {

    private final String jobId;
    private final String versionId;

    UnknownImpactJob(String versionId, String jobId) {
        super(ImpactProblem.UNKNOWN_JOB, "no impact job " + jobId, false);
        this.jobId = jobId;
        this.versionId = versionId;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.impact.unknown-job", jobId, versionId));
    }

    @Override public String detail() { return message().orElseThrow().in("en"); }
}
