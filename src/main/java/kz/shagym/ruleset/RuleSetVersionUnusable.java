package kz.shagym.ruleset;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A stored version whose tables have problems: it is kept for the record but cannot decide anything. */
public final class RuleSetVersionUnusable extends ProblemException {

    private final String versionId;
    private final int problems;

    public RuleSetVersionUnusable(String versionId, int problems) {
        super(RuleSetProblem.VERSION_UNUSABLE, "version " + versionId + " does not build: " + problems + " problem(s)");
        this.versionId = versionId;
        this.problems = problems;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.ruleset.unusable", versionId, problems));
    }

    @Override public String detail() { return russianAndEnglish(); }
}
