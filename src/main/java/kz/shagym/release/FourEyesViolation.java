package kz.shagym.release;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** With four-eyes on, the author of a version may not activate it. */
final class FourEyesViolation extends RuntimeException implements ProblemException {

    private final String versionId;

    FourEyesViolation(String versionId) {
        super("author may not activate " + versionId);
        this.versionId = versionId;
    }

    @Override public HttpStatus status() { return HttpStatus.FORBIDDEN; }
    @Override public String code() { return "SHG-RULESET-403-FOUR-EYES"; }
    @Override public String title() { return "Four-eyes rule"; }

    @Override
    public String detail() {
        return "Версию " + versionId + " должен активировать не её автор. / Version " + versionId
                + " must be activated by someone other than its author.";
    }
}
