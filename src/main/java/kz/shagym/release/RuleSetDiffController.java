package kz.shagym.release;

import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What changed between two stored versions: table rows added, removed and changed cell by cell; DRL line by line. */
@RestController
class RuleSetDiffController {

    private final Releases releases;

    RuleSetDiffController(Releases releases) {
        this.releases = releases;
    }

    @GetMapping("/api/v1/rulesets/{from}/diff/{to}")
    RuleSetDiff diff(@PathVariable String from, @PathVariable String to) {
        return RuleSetComparison.between(source(from), source(to));
    }

    private RuleSetSource source(String id) {
        return releases.source(id).orElseThrow(() -> new UnknownRuleSetVersion(id));
    }
}
