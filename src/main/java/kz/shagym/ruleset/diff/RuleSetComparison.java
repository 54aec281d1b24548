package kz.shagym.ruleset.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.shagym.ruleset.RuleSetSource;

/**
 * Compares two rule sets file by file. Kept apart from {@link RuleSetDiff}, the answer, so that the
 * answer's records depend on nothing and the comparison of one file ({@link FileComparison}) only
 * builds them.
 */
public final class RuleSetComparison {

    private RuleSetComparison() {
    }

    public static RuleSetDiff between(RuleSetSource from, RuleSetSource to) {
        TreeSet<String> paths = new TreeSet<>(from.files().keySet());
        paths.addAll(to.files().keySet());
        List<RuleSetDiff.FileDiff> files = new ArrayList<>();
        for (String path : paths) {
            files.add(FileComparison.compare(path, from.files().get(path), to.files().get(path)));
        }
        return new RuleSetDiff(from.versionId(), to.versionId(), RuleSetDiff.Summary.of(files), files);
    }
}
