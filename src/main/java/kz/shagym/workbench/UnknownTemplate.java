package kz.shagym.workbench;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A template was asked for a table kind the service does not have. */
final class UnknownTemplate extends ProblemException {

    private final String kind;

    UnknownTemplate(String kind) {
        super(WorkbenchProblem.UNKNOWN_TEMPLATE, "no table kind " + kind);
        this.kind = kind;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.workbench.unknown-template", kind));
    }

    @Override public String detail() { return russianAndEnglish(); }
}
