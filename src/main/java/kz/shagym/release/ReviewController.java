package kz.shagym.release;

import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An approver's answer to a draft other than activating it (APPROVER): reject it, or return it to its
 * author for rework. Body {@code {"reason": "..."}}, required; the answer is the review as stored.
 */
@RestController
@RequestMapping("/api/v1/rulesets/{id}")
class ReviewController {

    private final Releases releases;

    ReviewController(Releases releases) {
        this.releases = releases;
    }

    @PostMapping("/rejection")
    VersionReview reject(@PathVariable String id, @RequestBody(required = false) Map<String, String> body,
            Principal principal) {
        return releases.reject(id, principal.getName(), reason(body));
    }

    @PostMapping("/return")
    VersionReview returnForRework(@PathVariable String id, @RequestBody(required = false) Map<String, String> body,
            Principal principal) {
        return releases.returnForRework(id, principal.getName(), reason(body));
    }

    private static String reason(Map<String, String> body) {
        return body == null ? null : body.get("reason");
    }
}
