package kz.shagym.decision;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A version id was asked for that no stored rule set has. */
public final class UnknownRuleSetVersion extends ProblemException {

    private final String version;

    public UnknownRuleSetVersion(String version) {
        super(DecisionProblem.UNKNOWN_VERSION, "no rule set version " + version);
        this.version = version;
    }

    /** Words for the workbench's error page, which otherwise showed the API's English detail on every page. */
    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.ruleset.unknown", version)); }

    @Override public String detail() { return "No rule set version '" + version + "' is stored."; }
}
