package kz.shagym.ruleset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule set lives on disk. Read from the file system, not the class path, so that a
 * lawyer's edit needs no rebuild.
 *
 * @param cachedVersions how many compiled non-active versions to keep for what-if and replay
 */
@ConfigurationProperties("shagym.rules")
record RuleSetSettings(@DefaultValue("rules") Path rulesDir, @DefaultValue("decision-tables") Path tablesDir,
        @DefaultValue("8") int cachedVersions) {
}
