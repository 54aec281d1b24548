package kz.shagym.decision;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;
import org.springframework.security.web.firewall.RequestRejectedException;

/** An {@code Idempotency-Key} header that is empty, longer than 255 characters or not printable ASCII: 400. */
public final class InvalidIdempotencyKey extends ProblemException {

    /** The width of {@code decision_idempotency.idempotency_key}. */
    static final int MAX_LENGTH = 255;

    InvalidIdempotencyKey() {
        super(DecisionProblem.IDEMPOTENCY_KEY_INVALID, "invalid Idempotency-Key header", false);
    }

    /**
     * The request's key, or null when it sends none. Tomcat reads header bytes as ISO-8859-1, so a key typed
     * in UTF-8 (Cyrillic, say) arrives as C1 control characters, and Spring Security's firewall refuses such
     * a header the moment it is read. That is a malformed key like any other: 400 here, where a header bound
     * by {@code @RequestHeader} was refused before this check and answered 500.
     */
    static String check(HttpServletRequest request) {
        String header;
        try {
            header = request.getHeader("Idempotency-Key");
        } catch (RequestRejectedException refused) {
            throw new InvalidIdempotencyKey();
        }
        return check(header);
    }

    /** The key, or null when the header is absent. */
    static String check(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidIdempotencyKey();
        }
        return header;
    }

    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.idempotency.invalid")); }

    @Override public String detail() { return russianAndEnglish(); }
}
