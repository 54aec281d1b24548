package kz.shagym.audit;

import java.util.List;
import kz.shagym.release.AdministrativeAction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who uploaded, rejected, activated or rolled back what, and when: the administrative trail, newest first. */
@RestController
class AdminActionsController {

    private static final int MAX = 1_000;

    private final AdminActions actions;

    AdminActionsController(AdminActions actions) {
        this.actions = actions;
    }

    @GetMapping("/api/v1/audit/actions")
    List<AdministrativeAction> recent(@RequestParam(defaultValue = "100") int limit) {
        return actions.recent(Math.max(1, Math.min(limit, MAX)));
    }
}
