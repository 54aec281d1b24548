package kz.shagym.workbench;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionReview;
import kz.shagym.release.VersionState;
import kz.shagym.web.Identity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first page after signing in, with what each role comes for: an analyst their own uploads and
 * what an approver sent back with a reason; an approver the drafts waiting; an auditor the search and
 * the chain; a client system's people the Try page and the API's description. Analysts and approvers
 * also see when the folders hold something other than the active version, and can make it a draft.
 */
@Controller
class HomeController {

    /** An analyst's latest versions on the page; older ones are in Versions. */
    private static final int OWN_VERSIONS_SHOWN = 8;

    private final Releases releases;
    private final WorkbenchSettings settings;

    HomeController(Releases releases, WorkbenchSettings settings) {
        this.releases = releases;
        this.settings = settings;
    }

    @GetMapping("/workbench")
    String home(Model model, @ModelAttribute(name = "me", binding = false) Me me) {
        if (!me.readsVersions()) {
            return "workbench/home";
        }
        List<StoredVersion> versions = releases.list();
        Map<String, VersionReview> reviews = releases.reviews();
        model.addAttribute("active", versions.stream().filter(v -> v.state() == VersionState.ACTIVE).findFirst().orElse(null));
        model.addAttribute("lastActivation", releases.history().stream().findFirst().orElse(null));
        model.addAttribute("drafts", versions.stream().filter(v -> v.state() == VersionState.DRAFT).toList());
        model.addAttribute("reviews", reviews);
        if (me.analyst()) {
            List<StoredVersion> mine = versions.stream().filter(v -> Identity.same(v.author(), me.name()))
                    .limit(OWN_VERSIONS_SHOWN).toList();
            model.addAttribute("mine", mine);
            model.addAttribute("returned", mine.stream().filter(v -> reviews.containsKey(v.id())
                    && (v.state() == VersionState.RETURNED || v.state() == VersionState.REJECTED)).toList());
        }
        if (me.analyst() || me.approver()) {
            model.addAttribute("folders", releases.folders().filter(f -> !f.inStep()).orElse(null));
        }
        model.addAttribute("actions", releases.trail(Math.min(10, settings.actionsShown())));
        return "workbench/home";
    }

    /** What the folders hold, as a draft for an approver (ANALYST, APPROVER). */
    @PostMapping("/workbench/folders/draft")
    @ShowsProblemsOn(value = "redirect:/workbench", unavailableToo = true)
    String draftFromFolders(Principal principal, RedirectAttributes flash) {
        StoredVersion draft = releases.draftFromFolders(principal.getName());
        flash.addFlashAttribute("successKey", "folders.drafted");
        flash.addFlashAttribute("successArg", draft.sequence());
        return "redirect:/workbench/versions/" + draft.id();
    }
}
