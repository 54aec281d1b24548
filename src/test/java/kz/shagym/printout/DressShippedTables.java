package kz.shagym.printout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not run by default: dresses the repository's own tables in {@code decision-tables/} in place, exactly as the
 * service dresses what it serves (drop-downs that refuse other values, page layout; the footer names the file
 * and the page but no version, since the version is the hash of these very bytes), and checks that the set
 * still reads as the same rows. Run it once by hand:
 *
 * <pre>mvn -B -q test -Dtest=DressShippedTables -Dprintout.dress-shipped=true</pre>
 *
 * Every shipped file's bytes change, so the shipped version id does: re-record the golden exchanges after
 * ({@code -Dgolden.record=true}) and look at the diff.
 */
@EnabledIfSystemProperty(named = "printout.dress-shipped", matches = "true")
class DressShippedTables {

    @Test
    void dressTheShippedTablesInPlace() throws IOException {
        RuleSetSource before = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
        for (TableKind kind : TableKind.values()) {
            Path file = Path.of(kind.path());
            Files.write(file, WorkbookDressing.dress(kind, Files.readAllBytes(file), PrintLabel.unversioned(kind.fileName())));
        }
        RuleSetSource after = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));

        BuildResult built = new RuleSetBuilder().build(after);
        assertThat(built).isInstanceOf(BuildResult.Built.class);
        assertThat(((BuildResult.Built) built).ruleSet().sheets())
                .isEqualTo(((BuildResult.Built) new RuleSetBuilder().build(before)).ruleSet().sheets());
    }
}
