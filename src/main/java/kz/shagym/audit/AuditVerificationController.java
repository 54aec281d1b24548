package kz.shagym.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditVerificationController {

    private final DecisionLog log;

    AuditVerificationController(DecisionLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit/verification")
    Verification verify() {
        return log.verify();
    }
}
