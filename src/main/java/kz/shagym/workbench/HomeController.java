package kz.shagym.workbench;

import kz.shagym.release.Activations;
import kz.shagym.release.RuleSetVersionStore;
import kz.shagym.release.VersionState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: the active version, what waits for whom, and who did what lately. */
@Controller
class HomeController {

    private final RuleSetVersionStore store;
    private final Activations activations;
    private final WorkbenchSettings settings;

    HomeController(RuleSetVersionStore store, Activations activations, WorkbenchSettings settings) {
        this.store = store;
        this.activations = activations;
        this.settings = settings;
    }

    @GetMapping("/workbench")
    String home(Model model) {
        var versions = store.list();
        model.addAttribute("active", versions.stream().filter(v -> v.state() == VersionState.ACTIVE).findFirst().orElse(null));
        model.addAttribute("lastActivation", activations.history().stream().findFirst().orElse(null));
        model.addAttribute("drafts", versions.stream().filter(v -> v.state() == VersionState.DRAFT).count());
        model.addAttribute("actions", store.actions(Math.min(10, settings.actionsShown())));
        return "workbench/home";
    }
}
