package kz.shagym.workbench;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.shagym.release.Checked;
import kz.shagym.release.Published;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionRejected;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Check a table (ANALYST): upload, see every problem on its cell, the scenarios and the change against
 * the set the database says is active (the one the upload was built on); nothing is stored until
 * "Publish", which runs the same pipeline as the API and reuses the check's build.
 */
@Controller
@RequestMapping("/workbench/check")
class CheckController {

    private final Releases releases;
    private final FileViews files;
    private final Clock clock;

    CheckController(Releases releases, WorkbenchSettings settings) {
        this.releases = releases;
        this.files = new FileViews(new SheetGrids(settings.gridRows(), settings.gridColumns()));
        this.clock = Clock.systemUTC();
    }

    /** What the page shows about the set in the session. */
    record CheckView(UploadedSet upload, FileViews.Placed placed, RuleSetDiff diff, Optional<StoredVersion> stored) {

        /** All problems found, including those beyond the ones listed. */
        public int problemCount() {
            return upload.report().totalProblems();
        }
    }

    @GetMapping
    String show(HttpSession session, Model model) {
        UploadedSet.in(session).ifPresent(upload -> model.addAttribute("check", view(upload)));
        return "workbench/check";
    }

    @PostMapping
    @ShowsProblemsOn(value = "redirect:/workbench/check", unavailableToo = true)
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, RedirectAttributes flash)
            throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("errorKey", "check.no-file");
            return "redirect:/workbench/check";
        }
        RuleSetSource source = releases.sourceFromUpload(file.getOriginalFilename(), file.getBytes());
        Checked checked = releases.check(source);
        UploadedSet.of(file.getOriginalFilename(), source, checked.report(), clock.instant()).keepIn(session);
        return "redirect:/workbench/check";
    }

    /** Publishes the checked set as a draft. {@code versionId} guards against a newer upload in another tab. */
    @PostMapping("/publish")
    @ShowsProblemsOn(value = "redirect:/workbench/check", unavailableToo = true)
    String publish(@RequestParam String versionId, @RequestParam(required = false) String comment,
            HttpSession session, Principal principal, RedirectAttributes flash) {
        Optional<UploadedSet> upload = UploadedSet.in(session).filter(u -> u.versionId().equals(versionId));
        if (upload.isEmpty()) {
            flash.addFlashAttribute("errorKey", "check.upload-gone");
            return "redirect:/workbench/check";
        }
        try {
            Published published = releases.publish(upload.get().source(), principal.getName(),
                    comment == null || comment.isBlank() ? null : comment.strip());
            UploadedSet.forget(session);
            flash.addFlashAttribute("successKey", published.existing() ? "check.published-existing" : "check.published");
            flash.addFlashAttribute("successArg", published.version().sequence());
            return "redirect:/workbench/versions/" + published.version().id();
        } catch (VersionRejected rejected) {
            // not an error of the page: the set's report, now with what publishing found, is shown again
            upload.get().withReport(rejected.report()).keepIn(session);
            flash.addFlashAttribute("errorKey", "check.rejected");
            return "redirect:/workbench/check";
        }
    }

    @PostMapping("/discard")
    String discard(HttpSession session) {
        UploadedSet.forget(session);
        return "redirect:/workbench/check";
    }

    private CheckView view(UploadedSet upload) {
        RuleSetDiff diff = RuleSetComparison.between(releases.activeSet(), upload.source());
        List<String> changed = diff.files().stream()
                .filter(f -> f.change() != RuleSetDiff.Change.UNCHANGED && f.change() != RuleSetDiff.Change.REMOVED)
                .map(RuleSetDiff.FileDiff::path).toList();
        FileViews.Placed placed = files.place(upload.files(), changed, upload.report().problems(), diff);
        return new CheckView(upload, placed, diff, releases.find(upload.versionId()));
    }
}
