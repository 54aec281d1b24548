package kz.shagym.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rule set compilation settings. (The folders themselves are read by the release bootstrap.)
 *
 * @param cachedVersions how many compiled non-active versions to keep for what-if and replay
 */
@ConfigurationProperties("shagym.ruleset")
record RuleSetSettings(@DefaultValue("8") int cachedVersions) {
}
