package kz.shagym.workbench;

import java.util.Optional;
import kz.shagym.audit.AuditProblem;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** An auditor opened a decision id that the audit log does not hold. */
final class UnknownDecision extends ProblemException {

    private final String decisionId;

    UnknownDecision(String decisionId) {
        super(AuditProblem.DECISION_NOT_FOUND, "no decision " + decisionId);
        this.decisionId = decisionId;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.workbench.unknown-decision", decisionId));
    }

    @Override public String detail() { return russianAndEnglish(); }
}
