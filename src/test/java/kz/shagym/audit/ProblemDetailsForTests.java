package kz.shagym.audit;

import kz.shagym.web.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Stands in for the application's problem-details handler (web/), which is not on this branch:
 * a {@link ProblemException} becomes {@code application/problem+json} with its stable {@code code}.
 */
@RestControllerAdvice
class ProblemDetailsForTests {

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> problem(RuntimeException exception) {
        if (!(exception instanceof ProblemException problem)) {
            throw exception;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
        body.setTitle(problem.title());
        body.setProperty("code", problem.code());
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
