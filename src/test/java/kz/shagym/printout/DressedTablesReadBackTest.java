package kz.shagym.printout;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shagym.ruleset.BrokenTables;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;
import kz.shagym.ruleset.tables.TableKind;
import org.junit.jupiter.api.Test;

/**
 * A printable copy changes how a table looks and what Excel lets one type, never a value: the shipped set with
 * every table dressed builds to the same rows, cell for cell as the reader shows them. Its bytes differ, so its
 * version id does; that is why the stored files are served apart, byte for byte.
 */
class DressedTablesReadBackTest {

    @Test
    void theShippedSetWithEveryTableDressedShouldReadBackAsTheSameRowsUnderAnotherVersionId() {
        RuleSetSource shipped = BrokenTables.shipped();
        RuleSetSource dressed = shipped;
        for (TableKind kind : TableKind.values()) {
            dressed = dressed.with(kind.path(), WorkbookDressing.dress(kind, shipped.files().get(kind.path()),
                    new PrintLabel(kind.fileName(), shipped.versionId(), "kk")));
        }

        BuildResult original = BrokenTables.build(shipped);
        BuildResult copy = BrokenTables.build(dressed);

        assertThat(copy).isInstanceOf(BuildResult.Built.class);
        assertThat(((BuildResult.Built) copy).ruleSet().sheets())
                .isEqualTo(((BuildResult.Built) original).ruleSet().sheets())
                .extracting(s -> s.rows().size()).contains(22);
        assertThat(dressed.versionId()).isNotEqualTo(shipped.versionId());
        RuleSetDiff diff = RuleSetComparison.between(shipped, dressed);
        assertThat(diff.summary().filesChanged()).isEqualTo(TableKind.values().length);
        assertThat(diff.summary()).extracting(RuleSetDiff.Summary::rowsAdded, RuleSetDiff.Summary::rowsRemoved,
                RuleSetDiff.Summary::rowsChanged).containsExactly(0, 0, 0);
    }
}
