package kz.shagym.audit;

import kz.shagym.problem.ProblemException;

/**
 * The caller's identity (a user name, or a token's subject) cannot be stored in the audit log, so no
 * decision is made for it: 400, because the request as sent (its credentials included) can never be
 * recorded, and sending it again changes nothing; not 401, since the credentials themselves were valid.
 */
final class UnrecordableIdentity extends ProblemException {

    UnrecordableIdentity() {
        super(AuditProblem.UNRECORDABLE_IDENTITY, "the caller's identity cannot be recorded", false);
    }

    @Override public String detail() {
        return "Your identity (user name or token subject) is longer than " + DecisionLog.CLIENT_MAX
                + " characters or contains control characters, so a decision for it could not be recorded in the"
                + " audit log. No decision was made. Use an identity of at most " + DecisionLog.CLIENT_MAX
                + " printable characters.";
    }
}
