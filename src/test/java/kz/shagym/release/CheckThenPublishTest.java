package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbench checks a set, then the analyst publishes it: the set is built once, and activating
 * it afterwards does not build it again either. The builder is a stand-in that counts its calls.
 */
class CheckThenPublishTest {

    private final RuleSetBuilder builder = mock(RuleSetBuilder.class);
    private final ReleaseSettings settings = new ReleaseSettings(false, false, false, Duration.ofSeconds(2),
            Duration.ofMinutes(1), 20_971_520, 2, 8);
    private TestDatabase.Connected db;
    private VersionBuilds builds;
    private Publishing publishing;
    private Activations activations;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.H2.open();
        RuleSetVersionStore store = new RuleSetVersionStore(db.dataSource(), db.transactions());
        builds = new VersionBuilds(builder, store, settings);
        RuleSetRegistry registry = new RuleSetRegistry(builds);
        publishing = new Publishing(store, builds, registry, JsonMapper.builder().build(), settings);
        activations = new Activations(store, registry, settings);
    }

    @AfterEach
    void closeDatabase() {
        builds.destroy();
        db.close();
    }

    @Test
    void publishAfterCheckShouldNotBuildTheSetAgain() {
        RuleSetSource set = new RuleSetSource(Map.of("decision-tables/routing.drl.xlsx", new byte[] {7}));
        // deep stubs: the scenario run finds no scenarios and no rules in it
        CompiledRuleSet ruleSet = mock(CompiledRuleSet.class, RETURNS_DEEP_STUBS);
        given(ruleSet.versionId()).willReturn(set.versionId());
        given(builder.build(set)).willReturn(new BuildResult.Built(ruleSet));

        Checked checked = publishing.check(set);
        Published published = publishing.publish(set, "analyst", "7 дней");
        activations.activate(published.version().id(), "approver", null, false);

        assertThat(checked.report().accepted()).isTrue();
        assertThat(published.report()).isEqualTo(checked.report());
        assertThat(published.version().state()).isEqualTo(VersionState.DRAFT);
        then(builder).should(times(1)).build(set);
    }

    @Test
    void checkOfARejectedSetShouldBeKeptTooAndPublishStoreItsReportWithoutBuildingAgain() {
        RuleSetSource set = new RuleSetSource(Map.of("decision-tables/routing.drl.xlsx", new byte[] {8}));
        given(builder.build(set)).willReturn(new BuildResult.Rejected(set.versionId(), List.of(
                new TableProblem("SHG-TBL-024", "routing.drl.xlsx", "Routing", "B4", null,
                        "ru", "kk", "en"))));

        publishing.check(set);

        assertThatThrownBy(() -> publishing.publish(set, "analyst", null)).isInstanceOfSatisfying(
                VersionRejected.class, rejected -> assertThat(rejected.version().state()).isEqualTo(VersionState.REJECTED));

        then(builder).should(times(1)).build(set);
    }
}
