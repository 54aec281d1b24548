package kz.shagym.workbench;

import java.security.Principal;
import kz.shagym.release.Releases;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An approver's answer to a draft other than activating it (APPROVER): returned to its author for
 * rework, or rejected, each with the reason the author then reads on the version's page and at home.
 */
@Controller
class DraftReviewController {

    private final Releases releases;

    DraftReviewController(Releases releases) {
        this.releases = releases;
    }

    @PostMapping("/workbench/versions/{id}/return")
    @ShowsProblemsOn("redirect:/workbench/versions/{id}")
    String returnForRework(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
            RedirectAttributes flash) {
        releases.returnForRework(id, principal.getName(), reason);
        flash.addFlashAttribute("successKey", "review.returned");
        return "redirect:/workbench/versions/" + id;
    }

    @PostMapping("/workbench/versions/{id}/rejection")
    @ShowsProblemsOn("redirect:/workbench/versions/{id}")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
            RedirectAttributes flash) {
        releases.reject(id, principal.getName(), reason);
        flash.addFlashAttribute("successKey", "review.rejected");
        return "redirect:/workbench/versions/" + id;
    }
}
