package kz.shagym.release;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who uploaded, rejected, activated or rolled back what, and when: the administrative trail, newest
 * first. Under the audit API's path for auditors, but the release writes the trail, with each change.
 */
@RestController
class AdminActionsController {

    private static final int MAX = 1_000;

    private final Releases releases;

    AdminActionsController(Releases releases) {
        this.releases = releases;
    }

    @GetMapping("/api/v1/audit/actions")
    List<AdministrativeAction> recent(@RequestParam(defaultValue = "100") int limit) {
        return releases.trail(Math.max(1, Math.min(limit, MAX)));
    }
}
