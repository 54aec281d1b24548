package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The writer's settings as an operator writes them, and the ones it refuses at start-up. */
class AuditSettingsTest {

    @Test
    void bindShouldReadTheGroupWaitAndGapInAnyUnitSpringAccepts() {
        AuditSettings settings = bind(Map.of("shagym.audit.group-wait", "3ms", "shagym.audit.group-gap", "250us"));

        assertThat(settings.groupWait()).isEqualTo(Duration.ofMillis(3));
        assertThat(settings.groupGap()).isEqualTo(Duration.ofNanos(250_000));
    }

    @Test
    void bindWithoutGroupSettingsShouldLetGroupsGrowForTwoMillisecondsHalfAMillisecondApart() {
        AuditSettings settings = bind(Map.of("shagym.audit.batch-size", "64"));

        assertThat(settings.groupWait()).isEqualTo(Duration.ofMillis(2));
        assertThat(settings.groupGap()).isEqualTo(Duration.ofNanos(500_000));
    }

    @Test
    void bindWithAZeroGroupWaitShouldCommitWhatIsWaitingAtOnce() {
        AuditSettings settings = bind(Map.of("shagym.audit.group-wait", "0ms"));

        assertThat(settings.groupWait()).isZero();
    }

    @Test
    void bindShouldRefuseAGroupWaitThatEveryGroupedDecisionWouldTimeOutIn() {
        assertThatThrownBy(() -> bind(Map.of("shagym.audit.group-wait", "5s", "shagym.audit.record-timeout", "5s")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("group-wait must be shorter than record-timeout");
    }

    @Test
    void bindShouldRefuseANegativeGroupGap() {
        assertThatThrownBy(() -> bind(Map.of("shagym.audit.group-gap", "-1ms")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("group-gap must not be negative");
    }

    @Test
    void shippedConfigurationShouldLetGroupsGrowOnH2AndNotOnPostgresql() throws IOException {
        assertThat(shipped("application.yml").groupWait()).isEqualTo(Duration.ofMillis(2));
        assertThat(shipped("application-postgres.yml").groupWait()).isZero();
    }

    private static AuditSettings shipped(String file) throws IOException {
        var sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
        return new Binder(ConfigurationPropertySources.from(sources)).bind("shagym.audit", AuditSettings.class)
                .orElseGet(() -> bind(Map.of()));
    }

    private static AuditSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("shagym.audit", AuditSettings.class)
                .get();
    }
}
