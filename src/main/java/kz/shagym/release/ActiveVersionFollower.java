package kz.shagym.release;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Instances sharing one database serve the version another instance activated within seconds. */
@Component
class ActiveVersionFollower {

    private static final Logger log = LoggerFactory.getLogger(ActiveVersionFollower.class);

    private final Activations activations;

    ActiveVersionFollower(Activations activations) {
        this.activations = activations;
    }

    @Scheduled(fixedDelayString = "${shagym.release.follow-interval:2s}")
    void follow() {
        try {
            activations.followDatabase();
        } catch (RuntimeException e) {
            // The database may be briefly away; keep serving the version in hand and look again.
            log.warn("Could not check the active rule set version: {}", e.getMessage());
        }
    }
}
