package kz.shagym.web;

import kz.shagym.problem.ProblemCategory;
import org.springframework.http.HttpStatus;

/** The HTTP status of each problem category: the only place where the core's problems meet HTTP. */
public final class ProblemStatus {

    private ProblemStatus() {
    }

    public static HttpStatus of(ProblemCategory category) {
        return switch (category) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
