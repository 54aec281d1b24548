package kz.shagym.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class CheckpointConfiguration {

    @Bean
    CheckpointKeys.Signing checkpointKey(CheckpointSettings settings, Environment environment) {
        return CheckpointKeyFiles.load(settings, environment.matchesProfiles("prod"));
    }

    @Bean
    CheckpointTrust checkpointTrust(CheckpointSettings settings, CheckpointKeys.Signing key) {
        CheckpointFolder folder = new CheckpointFolder(settings.dir());
        CheckpointKeyFiles.publish(folder, key.verifying());
        return new CheckpointTrust(folder, key.verifying());
    }

    // destroyed before the decision log it reads, so the shutdown checkpoint still finds it open
    @Bean(initMethod = "start", destroyMethod = "close")
    Checkpoints checkpoints(DecisionLog log, CheckpointSettings settings, CheckpointTrust trust,
            CheckpointKeys.Signing key, ObjectProvider<Clock> clock) {
        return new Checkpoints(log.verifier(), new CheckpointFolder(settings.dir()), trust, key,
                clock.getIfAvailable(Clock::systemUTC), settings.interval());
    }

    /** {@code shagym_audit_checkpoint_age_seconds}: how long ago the latest trusted checkpoint was signed. */
    @Bean
    MeterBinder checkpointAge(Checkpoints checkpoints) {
        return registry -> Gauge.builder("shagym.audit.checkpoint.age", checkpoints, Checkpoints::ageSeconds)
                .description("seconds since the latest trusted checkpoint was signed").baseUnit("seconds")
                .register(registry);
    }
}
