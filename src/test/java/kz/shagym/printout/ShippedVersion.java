package kz.shagym.printout;

import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.shagym.release.Activation;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredFile;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionReport;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.BrokenTables;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;

/** The shipped set as a stored version behind mocked {@link Releases} and {@link RuleSetRegistry}, for the slices. */
public final class ShippedVersion {

    private static CompiledRuleSet compiled;

    private ShippedVersion() {
    }

    public static RuleSetSource source() {
        return BrokenTables.shipped();
    }

    public static String id() {
        return source().versionId();
    }

    /** Stored in {@code state}, activated once when active, its files and build at hand. */
    public static void storedAs(VersionState state, Releases releases, RuleSetRegistry registry) {
        RuleSetSource source = source();
        List<StoredFile> files = source.files().entrySet().stream()
                .map(f -> new StoredFile(f.getKey(), "sha-of-" + f.getKey(), f.getValue().length)).toList();
        StoredVersion version = new StoredVersion(source.versionId(), 4, state, "analyst",
                Instant.parse("2025-03-19T04:00:00Z"), "shipped", null, null, files);
        given(releases.find(source.versionId())).willReturn(Optional.of(version));
        source.files().forEach((path, bytes) -> given(releases.file(source.versionId(), path)).willReturn(Optional.of(bytes)));
        given(releases.history()).willReturn(state == VersionState.ACTIVE ? List.of(new Activation(1, "approver",
                Instant.parse("2025-03-20T06:30:00Z"), null, source.versionId(), "первый ввод")) : List.of());
        given(releases.report(version)).willReturn(new VersionReport(List.of(), null));
        given(registry.find(source.versionId())).willAnswer(call -> Optional.of(compiled()));
    }

    private static synchronized CompiledRuleSet compiled() {
        if (compiled == null) {
            compiled = ((BuildResult.Built) BrokenTables.build(source())).ruleSet();
        }
        return compiled;
    }
}
