package kz.shagym.printout;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.problem.Messages;
import kz.shagym.release.Activation;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.tables.SheetRowLimit;
import kz.shagym.ruleset.tables.TableKind;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The printouts' one entry: the tables as files for people. An empty template of a table, a version's table
 * as a copy to print and edit (the stored cells, with drop-downs that refuse other values, page layout and a
 * footer naming the version), and the whole version as a PDF for sign-off.
 *
 * <p>A version's files as stored are served elsewhere, byte for byte: their hashes make the version id, and
 * an audit compares them. A printable copy is another file (its bytes differ, so uploading it unchanged makes
 * a new version with the same rows), and is never served in place of the stored one.
 */
@Service
@EnableConfigurationProperties(PrintoutSettings.class)
public class Printouts {

    private final Releases releases;
    private final RuleSetRegistry registry;
    private final PrintoutSettings settings;
    private final TableTemplates templates = new TableTemplates();

    Printouts(Releases releases, RuleSetRegistry registry, PrintoutSettings settings) {
        this.releases = releases;
        this.registry = registry;
        this.settings = settings;
    }

    /** An empty table of this kind, its footer in {@code lang} (ru, kk or en). */
    public byte[] emptyTemplate(TableKind kind, String lang) {
        return templates.emptyTemplate(kind, lang);
    }

    /**
     * A version's table, dressed for print and editing; the same rows as stored.
     *
     * @param path the table's path in the version ({@code decision-tables/routing.drl.xlsx}) or its file name
     * @throws UnknownRuleSetVersion when no version has that id
     * @throws RejectedVersionNotPrinted when the version was rejected
     * @throws NotATable when the path names no table of the version
     */
    public byte[] printableTable(String versionId, String path, String lang) {
        printable(versionId);
        TableKind kind = tableAt(path);
        byte[] stored = releases.file(versionId, kind.path()).orElseThrow(() -> new NotATable(path));
        if (SheetRowLimit.exceeded(stored)) {
            // cannot be: a version that is not rejected passed the row limit; never build such a sheet in memory
            throw new IllegalStateException(kind.path() + " of " + versionId + " is over the row limit");
        }
        return WorkbookDressing.dress(kind, stored, new PrintLabel(kind.fileName(), versionId, lang));
    }

    /**
     * The version as a PDF for sign-off, in {@code lang}.
     *
     * @throws UnknownRuleSetVersion when no version has that id
     * @throws RejectedVersionNotPrinted when the version was rejected
     */
    public byte[] document(String versionId, String lang) {
        StoredVersion version = printable(versionId);
        CompiledRuleSet compiled = registry.find(versionId).orElseThrow(() -> new UnknownRuleSetVersion(versionId));
        List<Activation> activations = releases.history().stream().filter(a -> a.toVersion().equals(versionId))
                .sorted(Comparator.comparing(Activation::activatedAt)).toList();
        VersionPrint print = new VersionPrint(version, activations, releases.report(version), compiled.sheets());
        return new VersionDocument(lang, settings.zone()).write(print, Instant.now());
    }

    /** The language a printout is made in for what was asked: ru, kk or en, else ru. */
    private static String language(String requested) {
        return Messages.LANGUAGES.contains(requested) ? requested : "ru";
    }

    /** The name the sign-off document is served under. */
    public static String documentName(String versionId, String lang) {
        return "shagym-" + versionId.substring(0, Math.min(12, versionId.length())) + "-" + language(lang) + ".pdf";
    }

    /** The name a printable table is served under: the stored file's, so that an upload takes it back. */
    public static String fileName(String path) {
        return tableAt(path).fileName();
    }

    private StoredVersion printable(String versionId) {
        StoredVersion version = releases.find(versionId).orElseThrow(() -> new UnknownRuleSetVersion(versionId));
        if (version.state() == VersionState.REJECTED) {
            throw new RejectedVersionNotPrinted(versionId);
        }
        return version;
    }

    private static TableKind tableAt(String path) {
        String name = path.startsWith(RuleSetSource.TABLES_DIR) ? path.substring(RuleSetSource.TABLES_DIR.length()) : path;
        return TableKind.byFileName(name).orElseThrow(() -> new NotATable(path));
    }
}
