package kz.shagym.workbench;

import java.util.List;
import java.util.Optional;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionContent;
import kz.shagym.release.VersionReport;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;
import org.springframework.stereotype.Component;

/** A stored version as a reviewer reads it: its report and what it changes against the active set. */
@Component
class VersionViews {

    private final Releases releases;
    private final RuleSetRegistry registry;

    VersionViews(Releases releases, RuleSetRegistry registry) {
        this.releases = releases;
        this.registry = registry;
    }

    /**
     * @param base the version the diff is against: the active one, or for the active one its parent;
     *             null when there is nothing to compare with
     */
    record VersionView(StoredVersion version, VersionReport report, RuleSetDiff diff, String base) {

        public boolean active() {
            return version.state() == VersionState.ACTIVE;
        }
    }

    VersionView of(String id) {
        VersionContent content = releases.content(id).orElseThrow(() -> new UnknownRuleSetVersion(id));
        return view(content);
    }

    List<VersionView> drafts() {
        return releases.list().stream().filter(v -> v.state() == VersionState.DRAFT)
                .map(v -> view(releases.content(v.id()).orElseThrow(() -> new UnknownRuleSetVersion(v.id()))))
                .toList();
    }

    VersionReport report(StoredVersion version) {
        return releases.report(version);
    }

    private VersionView view(VersionContent content) {
        StoredVersion version = content.version();
        RuleSetSource source = new RuleSetSource(content.files());
        Optional<RuleSetSource> base = version.state() == VersionState.ACTIVE
                ? Optional.ofNullable(version.parentId()).flatMap(releases::source)
                : registry.activeIfAny().map(r -> r.source());
        RuleSetDiff diff = base.map(b -> RuleSetComparison.between(b, source)).orElse(null);
        return new VersionView(version, report(version), diff, base.map(RuleSetSource::versionId).orElse(null));
    }
}
