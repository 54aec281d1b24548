package kz.shagym.workbench;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.shagym.release.VersionReport;
import kz.shagym.ruleset.RuleSetSource;

/**
 * A checked but unpublished set, kept in the analyst's session and nowhere else: the whole set's
 * files (so that "Publish" stores exactly what was checked, whatever became active meanwhile), its
 * version id and what the check found.
 *
 * @param fileName the name of the uploaded file (a table, a rule file or a zip)
 */
record UploadedSet(String fileName, Map<String, byte[]> files, String versionId, VersionReport report,
        Instant checkedAt) {

    private static final String ATTRIBUTE = UploadedSet.class.getName();

    UploadedSet {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    static UploadedSet of(String fileName, RuleSetSource source, VersionReport report, Instant checkedAt) {
        return new UploadedSet(fileName, source.files(), source.versionId(), report, checkedAt);
    }

    RuleSetSource source() {
        return new RuleSetSource(files);
    }

    UploadedSet withReport(VersionReport newReport) {
        return new UploadedSet(fileName, files, versionId, newReport, checkedAt);
    }

    public boolean accepted() {
        return report.accepted();
    }

    static Optional<UploadedSet> in(HttpSession session) {
        return Optional.ofNullable((UploadedSet) session.getAttribute(ATTRIBUTE));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
