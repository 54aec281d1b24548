package kz.shagym.decision;

import java.util.List;
import java.util.Map;
import kz.shagym.problem.InvalidField;
import kz.shagym.problem.ProblemException;

/**
 * A well-formed request whose facts cannot be true (ruling 4): dates outside the supported window, or a
 * registration, favourable act or question date before the complaint arrived. Listed field by field
 * like the 400, under its own code, because the fix is in the caller's data, not in its JSON.
 */
final class ImpossibleFacts extends ProblemException {

    private final List<InvalidField> errors;

    ImpossibleFacts(List<InvalidField> errors) {
        super(DecisionProblem.IMPOSSIBLE_FACTS, "facts that cannot be true: " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    @Override public String detail() {
        return "The request is well-formed, but " + (errors.size() == 1 ? "1 fact cannot" : errors.size() + " facts cannot")
                + " be true; see 'errors'.";
    }
    @Override public Map<String, Object> properties() { return Map.of("errors", errors); }
}
