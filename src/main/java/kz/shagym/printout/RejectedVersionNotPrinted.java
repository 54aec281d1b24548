package kz.shagym.printout;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/**
 * A rejected version is kept as it was uploaded, and its files are served only as stored: they did not pass
 * the table checks, so nothing here opens them, and there is nothing to sign off.
 */
public final class RejectedVersionNotPrinted extends ProblemException {

    private final String versionId;

    RejectedVersionNotPrinted(String versionId) {
        super(PrintoutProblem.REJECTED_VERSION, "version " + versionId + " is rejected");
        this.versionId = versionId;
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.printout.rejected", versionId));
    }

    @Override public String detail() { return russianAndEnglish(); }
}
