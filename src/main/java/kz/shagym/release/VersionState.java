package kz.shagym.release;

/**
 * Where a rule set version is in its life. Exactly one version is {@link #ACTIVE} once the first
 * activation happened; activating another retires it, and activating a retired one is the rollback.
 */
public enum VersionState {
    DRAFT,
    REJECTED,
    ACTIVE,
    RETIRED
}
