package kz.shagym.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What the servlet container's error page ({@code /error}) answers to machines: the same problem shape as
 * everything else, instead of Boot's map. It is reached only by errors that happen outside Spring MVC (in
 * a filter, or a {@code sendError}); browsers still get Boot's HTML error page.
 */
class ProblemErrorController extends BasicErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
            List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorProperties, errorViewResolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        String code = switch (status) {
            case UNAUTHORIZED -> "SHG-AUTH-401";
            case FORBIDDEN -> "SHG-AUTH-403";
            default -> Problems.httpCode(status);
        };
        String detail;
        Map<String, Object> extra = new LinkedHashMap<>();
        if (status.is5xxServerError()) {
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected error on {} (incident {})", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    incident, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            detail = "Something went wrong on our side. Quote incident " + incident + " when you report it.";
            extra.put("incident", incident);
        } else {
            detail = "The request could not be handled as sent.";
        }
        ResponseEntity<ProblemDetail> problem = Problems.of(status, code, Problems.title(status), detail, extra,
                HttpHeaders.EMPTY, request);
        return ResponseEntity.status(status).headers(problem.getHeaders()).body(asMap(problem.getBody()));
    }

    private static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        members.put("instance", problem.getInstance() != null ? problem.getInstance().toString() : null);
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
