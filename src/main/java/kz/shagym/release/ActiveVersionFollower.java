package kz.shagym.release;

import kz.shagym.ruleset.RuleSetRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Instances sharing one database serve the version another instance activated within seconds. */
@Component
class ActiveVersionFollower {

    private static final Logger log = LoggerFactory.getLogger(ActiveVersionFollower.class);

    private final Activations activations;
    private final RuleSetRegistry registry;
    private final ApplicationEventPublisher events;

    ActiveVersionFollower(Activations activations, RuleSetRegistry registry, ApplicationEventPublisher events) {
        this.activations = activations;
        this.registry = registry;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${shagym.release.follow-interval:2s}")
    void follow() {
        try {
            if (activations.followDatabase()) {
                events.publishEvent(new ActiveVersionFollowed(registry.active().versionId()));
            }
        } catch (RuntimeException e) {
            // The database may be briefly away; keep serving the version in hand and look again.
            log.warn("Could not check the active rule set version: {}", e.getMessage());
        }
    }
}
