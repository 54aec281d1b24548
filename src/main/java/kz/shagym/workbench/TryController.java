package kz.shagym.workbench;

import java.security.Principal;
import java.util.List;
import kz.shagym.decision.ComplaintFactsReader;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionService;
import kz.shagym.decision.FactDates;
import kz.shagym.release.Releases;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Try a decision (ANALYST, APPROVER): the complaint facts in a form, the answer in words with its
 * deadlines on a calendar, and why each table row applied or not. It is a real decision, recorded in
 * the audit log like any other; under a draft it is recorded as a what-if.
 */
@Controller
@RequestMapping("/workbench/try")
class TryController {

    private final DecisionService decisions;
    private final Releases releases;
    private final DecisionCalendars calendars;
    private final ComplaintFactsReader reader;

    TryController(DecisionService decisions, Releases releases, DecisionCalendars calendars, FactDates dates) {
        this.decisions = decisions;
        this.releases = releases;
        this.calendars = calendars;
        this.reader = new ComplaintFactsReader(dates);
    }

    /** The versions one may decide under: the active one (the default) and the drafts. */
    @ModelAttribute("versions")
    List<StoredVersion> versions() {
        return releases.list().stream()
                .filter(v -> v.state() == VersionState.DRAFT || v.state() == VersionState.ACTIVE).toList();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new FactsForm());
        return "workbench/try";
    }

    @PostMapping
    @ShowsProblemsOn("workbench/try")
    String decide(@ModelAttribute("form") FactsForm form, BindingResult errors, Principal principal, Model model,
            @ModelAttribute(name = "texts", binding = false) Texts texts) {
        ComplaintFacts facts = form.check(errors, reader);
        if (errors.hasErrors()) {
            return "workbench/try";
        }
        Decision decision = decisions.decide(facts, form.versionOrNull(), principal.getName());
        model.addAttribute("decision", decision);
        model.addAttribute("months", calendars.of(decision, facts, texts));
        // Under the version that decided, so that the trace explains this very answer.
        model.addAttribute("trace", decisions.trace(facts, decision.rulesetVersion()));
        return "workbench/try";
    }
}
