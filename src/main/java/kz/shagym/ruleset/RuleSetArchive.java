package kz.shagym.ruleset;

import java.util.Optional;

/** Where stored versions are kept (the version store implements it), so any past version can be rebuilt. */
@FunctionalInterface
public interface RuleSetArchive {

    /** The files of a stored version, or empty when no version has that id. */
    Optional<RuleSetSource> find(String versionId);
}
