package kz.shagym.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import kz.shagym.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the one problem shape the service answers with: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, {@code code}, plus the problem's own members.
 */
final class Problems {

    static final String TYPE_BASE = "https://shagym.kz/problems/";

    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code");

    private Problems() {
    }

    static ResponseEntity<ProblemDetail> of(ProblemException problem, HttpServletRequest request) {
        return of(ProblemStatus.of(problem.category()), problem.code(), problem.title(), problem.detail(), problem.properties(),
                HttpHeaders.EMPTY, request);
    }

    static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String code, String title, String detail,
            HttpServletRequest request) {
        return of(status, code, title, detail, Map.of(), HttpHeaders.EMPTY, request);
    }

    static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String code, String title, String detail,
            Map<String, ?> properties, HttpHeaders headers, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setInstance(instance(request));
        problem.setProperty("code", code);
        properties.forEach((name, value) -> {
            if (!STANDARD_MEMBERS.contains(name)) {
                problem.setProperty(name, value);
            }
        });
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The generic code of a status that has no more specific one. */
    static String httpCode(HttpStatusCode status) {
        return status.is5xxServerError() ? "SHG-SERVER-" + status.value() : "SHG-HTTP-" + status.value();
    }

    static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }

    /** The path asked for (never the query string, which may hold anything). */
    private static URI instance(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create("about:blank");
        }
    }
}
