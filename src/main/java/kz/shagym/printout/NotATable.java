package kz.shagym.printout;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A printable copy was asked for a path that is not one of the version's tables (a rule file, or nothing). */
public final class NotATable extends ProblemException {

    private final String path;

    NotATable(String path) {
        super(PrintoutProblem.NOT_A_TABLE, "no table at " + path);
        this.path = path;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.printout.not-a-table", path));
    }

    @Override public String detail() { return russianAndEnglish(); }
}
