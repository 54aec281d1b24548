package kz.shagym.release;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How versions move from a lawyer's save to serving.
 *
 * @param fourEyes an approver may not activate a version they authored (on by default; the embedded demo turns it off)
 * @param autoActivateFolderEdits a version picked up from the folders is activated at once (the demo); otherwise it waits as a draft
 * @param watchFolders take saved edits in {@code rules/} and {@code decision-tables/} without a restart
 * @param followInterval how often an instance checks the database for a version another instance activated
 * @param buildTimeout how long a build may take before it is abandoned (503 {@code SHG-BUILD-503})
 * @param maxUploadBytes the largest upload, one table or a whole set as a zip
 * @param maxConcurrentBuilds builds that may run at once, each on its own thread (abandoned ones not counted)
 * @param cachedVersions how many built versions an instance keeps besides the active one (what-if, replay,
 *        publishing a set just checked); each is built at most once while kept
 */
@ConfigurationProperties("shagym.release")
record ReleaseSettings(
        @DefaultValue("true") boolean fourEyes,
        @DefaultValue("false") boolean autoActivateFolderEdits,
        @DefaultValue("true") boolean watchFolders,
        @DefaultValue("2s") Duration followInterval,
        @DefaultValue("5m") Duration buildTimeout,
        @DefaultValue("20971520") long maxUploadBytes,
        @DefaultValue("2") int maxConcurrentBuilds,
        @DefaultValue("8") int cachedVersions) {
}
