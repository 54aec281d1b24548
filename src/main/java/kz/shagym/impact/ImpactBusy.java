package kz.shagym.impact;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** This instance already has as many jobs waiting as it takes; one ends within a minute or so. */
public final class ImpactBusy extends ProblemException {

    private final int waiting;

    ImpactBusy(int waiting) {
        super(ImpactProblem.BUSY, "impact jobs busy", false);
        this.waiting = waiting;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.impact.busy", waiting));
    }

    @Override public String detail() { return message().orElseThrow().in("en"); }
}
