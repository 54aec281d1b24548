package kz.shagym.release;

import java.nio.file.Path;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The lawyers' working copy on disk: {@code rules/} and {@code decision-tables/}. */
@ConfigurationProperties("shagym.rules")
record RuleSetFolders(@DefaultValue("rules") Path rulesDir, @DefaultValue("decision-tables") Path tablesDir) {

    RuleSetSource read() {
        return RuleSetSource.fromFolders(rulesDir, tablesDir);
    }

    String describe() {
        return rulesDir.toAbsolutePath().normalize() + " + " + tablesDir.toAbsolutePath().normalize();
    }
}
