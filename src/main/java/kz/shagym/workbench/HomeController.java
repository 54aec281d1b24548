package kz.shagym.workbench;

import kz.shagym.release.Releases;
import kz.shagym.release.VersionState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: the active version, what waits for whom, and who did what lately. */
@Controller
class HomeController {

    private final Releases releases;
    private final WorkbenchSettings settings;

    HomeController(Releases releases, WorkbenchSettings settings) {
        this.releases = releases;
        this.settings = settings;
    }

    @GetMapping("/workbench")
    String home(Model model) {
        var versions = releases.list();
        model.addAttribute("active", versions.stream().filter(v -> v.state() == VersionState.ACTIVE).findFirst().orElse(null));
        model.addAttribute("lastActivation", releases.history().stream().findFirst().orElse(null));
        model.addAttribute("drafts", versions.stream().filter(v -> v.state() == VersionState.DRAFT).count());
        model.addAttribute("actions", releases.trail(Math.min(10, settings.actionsShown())));
        return "workbench/home";
    }
}
