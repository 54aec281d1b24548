package kz.shagym.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.shagym.problem.InvalidField;
import kz.shagym.problem.InvalidField.Code;
import kz.shagym.problem.InvalidRequest;
import kz.shagym.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception that reaches HTTP into {@code application/problem+json} with a stable code: each
 * feature's {@link ProblemException}s as they describe themselves, Spring's own exceptions with codes
 * defined here, and anything else as a 500 that says nothing about the inside. Security's entry points
 * come here too, so 401 and 403 have the same shape.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ProblemException cause = problemIn(e);
        if (cause != null) {
            return problem(cause, request);
        }
        return problem(new InvalidRequest(new InvalidField("", Code.MALFORMED_JSON,
                "The body could not be read: it is not valid JSON or does not have the expected shape.")), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
            HttpServletRequest request) {
        return problem(new InvalidRequest(new InvalidField(e.getParameterName(), Code.REQUIRED,
                "query parameter '" + e.getParameterName() + "' is required")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameterOfWrongType(MethodArgumentTypeMismatchException e,
            HttpServletRequest request) {
        return problem(new InvalidRequest(new InvalidField(e.getName(), Code.WRONG_TYPE,
                "'" + e.getName() + "' " + expected(e.getRequiredType()))), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "SHG-HTTP-405", "Method not allowed",
                "Method " + e.getMethod() + " is not allowed here; see the Allow header.", Map.of(),
                e.getHeaders(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "SHG-HTTP-415", "Unsupported media type",
                "This content type is not accepted here; send " + MediaType.toString(e.getSupportedMediaTypes())
                        + ".", Map.of(), e.getHeaders(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.NOT_ACCEPTABLE, "SHG-HTTP-406", "Not acceptable",
                "None of the media types in the Accept header can be produced here; this resource produces "
                        + MediaType.toString(e.getSupportedMediaTypes()) + ".", request);
    }

    /**
     * A page address that does not exist, opened in a browser, goes to the container's error page (the 404
     * page in the reader's language, as the 403 one), not to the problem JSON a browser shows as raw text.
     * API and actuator addresses stay problems for every client.
     */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (aBrowserPage(request)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return null;
        }
        return Problems.of(HttpStatus.NOT_FOUND, "SHG-HTTP-404", "Not found", "There is nothing at this path.",
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "SHG-HTTP-413", "Request body too large",
                "The upload is larger than the limit.", request);
    }

    @ExceptionHandler(SignInLocked.class)
    ResponseEntity<ProblemDetail> signInLocked(SignInLocked e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "SHG-AUTH-429", "Too many failed sign-ins",
                "Too many wrong passwords for this user or from this address; try again after the number of"
                        + " seconds in Retry-After.", Map.of(), headers, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "SHG-AUTH-401", "Authentication required",
                "Send valid credentials: HTTP Basic, or a bearer token where tokens are enabled.", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.FORBIDDEN, "SHG-AUTH-403", "Forbidden",
                "Your role does not allow this request.", request);
    }

    /**
     * The client went away while its answer was being sent (a broken pipe): there is nobody to answer, and
     * nothing failed here. A decision's recorded text goes out in one write and is flushed within the
     * request's handling, so a client that gives up meets this here rather than in the container.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("{} {}: the client went away before its answer was sent ({})", request.getMethod(),
                request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anythingElse(Exception e, HttpServletRequest request) {
        ProblemException problem = problemIn(e);
        if (problem != null) {
            return problem(problem, request);
        }
        if (e instanceof ErrorResponse spring) {
            log.debug("{} {} answered {}", request.getMethod(), request.getRequestURI(), spring.getStatusCode(), e);
            return Problems.of(spring.getStatusCode(), Problems.httpCode(spring.getStatusCode()),
                    Problems.title(spring.getStatusCode()), spring.getStatusCode().is4xxClientError()
                            ? "The request could not be handled as sent." : "The service could not answer now.", Map.of(),
                    spring.getHeaders(), request);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error on {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "SHG-SERVER-500", "Internal error",
                "Something went wrong on our side. Quote incident " + incident + " when you report it.",
                Map.of("incident", incident), HttpHeaders.EMPTY, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemException problem, HttpServletRequest request) {
        HttpStatus status = ProblemStatus.of(problem.category());
        if (status.is5xxServerError() && !problem.loggedByFeature()) {
            log.warn("{} {} answered {} {}", request.getMethod(), request.getRequestURI(), status.value(),
                    problem.code(), problem);
        } else {
            log.debug("{} {} answered {} {}", request.getMethod(), request.getRequestURI(), status.value(),
                    problem.code());
        }
        return Problems.of(problem, request);
    }

    /** A browser (it names text/html, not only through a wildcard) asking for something outside the APIs. */
    private static boolean aBrowserPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)).stream()
                    .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
        } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The exception itself, or the first cause, that describes itself as a problem. */
    private static ProblemException problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong format";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO date or time, e.g. 2025-03-19";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "has the wrong format";
    }
}
