package kz.shagym.audit;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The checkpoint folder cannot be read or written (full disk, permissions, a missing mount). */
final class CheckpointUnavailable extends RuntimeException implements ProblemException {

    CheckpointUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    @Override public HttpStatus status() { return HttpStatus.SERVICE_UNAVAILABLE; }
    @Override public String code() { return "SHG-CHECKPOINT-503"; }
    @Override public String title() { return "Checkpoints unavailable"; }
    // the folder's path stays in the log: it tells a caller nothing it needs
    @Override public String detail() { return "The checkpoint folder cannot be read or written now."; }
}
