package kz.shagym.workbench;

import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.impact.ImpactJob;
import kz.shagym.impact.ImpactJobs;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Versions: the timeline (everyone), the drafts with their diffs and scenarios, activation and
 * rollback (APPROVER), and a stored table shown as a grid, which a fired rule links to.
 */
@Controller
class VersionsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Releases releases;
    private final VersionViews views;
    private final FileViews files;
    private final WorkbenchSettings settings;
    private final ImpactJobs impacts;

    VersionsController(Releases releases, VersionViews views, WorkbenchSettings settings, ImpactJobs impacts) {
        this.releases = releases;
        this.views = views;
        this.impacts = impacts;
        this.settings = settings;
        this.files = new FileViews(new SheetGrids(settings.gridRows(), settings.gridColumns()));
    }

    @GetMapping("/workbench/versions")
    String timeline(Model model) {
        // rejected uploads are kept for the record, folded away so that the versions in play stand out
        var byRejection = releases.list().stream().collect(Collectors.partitioningBy(v -> v.state() == VersionState.REJECTED));
        model.addAttribute("versions", byRejection.get(false));
        model.addAttribute("rejected", byRejection.get(true));
        model.addAttribute("activations", releases.history());
        model.addAttribute("actions", releases.trail(settings.actionsShown()));
        return "workbench/versions";
    }

    @GetMapping("/workbench/drafts")
    String drafts(Model model) {
        List<VersionViews.VersionView> drafts = views.drafts();
        model.addAttribute("drafts", drafts);
        Map<String, ImpactJob> latest = new HashMap<>();
        drafts.forEach(d -> impacts.latest(d.version().id()).ifPresent(job -> latest.put(d.version().id(), job)));
        model.addAttribute("impacts", latest);
        return "workbench/drafts";
    }

    @GetMapping("/workbench/versions/{id}")
    String version(@PathVariable String id, Model model) {
        model.addAttribute("view", views.of(id));
        model.addAttribute("review", releases.reviews().get(id));
        model.addAttribute("impact", impacts.latest(id).orElse(null));
        model.addAttribute("activations", releases.history().stream().filter(a -> a.toVersion().equals(id)).toList());
        return "workbench/version";
    }

    /**
     * Activating a draft, or a retired version (the rollback), once the approver has confirmed seeing its
     * impact on recorded complaints (the API's activation does not ask: a calling system has no eyes).
     */
    @PostMapping("/workbench/versions/{id}/activation")
    @ShowsProblemsOn("redirect:/workbench/versions/{id}")
    String activate(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean impactSeen, Principal principal, RedirectAttributes flash) {
        if (!impactSeen) {
            flash.addFlashAttribute("errorKey", "activate.impact-required");
            return "redirect:/workbench/versions/" + id;
        }
        boolean rollback = releases.find(id).map(v -> v.state() == VersionState.RETIRED).orElse(false);
        releases.activate(id, principal.getName(), reason == null || reason.isBlank() ? null : reason.strip());
        flash.addFlashAttribute("successKey", rollback ? "versions.rolled-back" : "versions.activated");
        return "redirect:/workbench/versions/" + id;
    }

    /**
     * One table of a version as a grid; {@code row} is highlighted (a rule that fired links here), and with
     * {@code on} (the decision's law date) the rows in force on that day are told from the others.
     */
    @GetMapping("/workbench/versions/{id}/table")
    String table(@PathVariable String id, @RequestParam String file, @RequestParam(required = false) String sheet,
            @RequestParam(required = false) Integer row,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        StoredVersion version = releases.find(id).orElseThrow(() -> new UnknownRuleSetVersion(id));
        String path = pathOf(file);
        byte[] bytes = releases.file(id, path).orElseThrow(() -> new UnknownRuleSetVersion(id + "/" + path));
        model.addAttribute("version", version);
        model.addAttribute("file", files.view(path, bytes, 0, List.<TableProblem>of()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("row", row);
        model.addAttribute("lawDate", on);
        return "workbench/table";
    }

    @GetMapping("/workbench/versions/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String id, @RequestParam String path) {
        byte[] bytes = releases.file(id, path).orElseThrow(() -> new UnknownRuleSetVersion(id + "/" + path));
        return download(FileViews.name(path), bytes);
    }

    static ResponseEntity<byte[]> download(String name, byte[] bytes) {
        MediaType type = name.endsWith(".xlsx") ? XLSX
                : name.endsWith(".zip") ? MediaType.parseMediaType("application/zip")
                : name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    /** A rule's source names "decision-tables/routing.drl.xlsx" or just "routing.drl.xlsx". */
    private static String pathOf(String file) {
        return Optional.of(file).filter(f -> f.contains("/")).orElse(RuleSetSource.TABLES_DIR + file);
    }
}
