package kz.shagym.workbench;

import java.security.Principal;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.impact.ImpactJob;
import kz.shagym.impact.ImpactJobs;
import kz.shagym.impact.ImpactReport;
import kz.shagym.release.Releases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The impact of a version on last year's recorded complaints (ANALYST, APPROVER): started from the
 * version's page, then one page per job that shows its progress and, once done, its report. The page
 * has no script (the workbench's policy allows none): while the job runs it asks the browser to load it
 * again every second, and each load reads the job from the database, whichever instance runs it.
 */
@Controller
class ImpactPagesController {

    static final int REFRESH_SECONDS = 1;

    private final ImpactJobs jobs;
    private final Releases releases;

    ImpactPagesController(ImpactJobs jobs, Releases releases) {
        this.jobs = jobs;
        this.releases = releases;
    }

    @PostMapping("/workbench/versions/{id}/impact")
    @ShowsProblemsOn(value = "redirect:/workbench/versions/{id}", unavailableToo = true)
    String start(@PathVariable String id, Principal principal) {
        ImpactJob job = jobs.start(id, jobs.defaultRange(), principal.getName());
        return "redirect:/workbench/versions/" + id + "/impact/" + job.jobId();
    }

    @GetMapping("/workbench/versions/{id}/impact/{jobId}")
    String job(@PathVariable String id, @PathVariable String jobId, @ModelAttribute("texts") Texts texts, Model model) {
        model.addAttribute("version", releases.find(id).orElseThrow(() -> new UnknownRuleSetVersion(id)));
        ImpactJob job = jobs.find(id, jobId);
        model.addAttribute("job", job);
        model.addAttribute("values", new ImpactValues(texts));
        model.addAttribute("fields", ImpactReport.FIELDS);
        if (!job.state().finished()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "workbench/impact";
    }
}
