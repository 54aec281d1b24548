package kz.shagym.release;

/**
 * Where a rule set version is in its life. Exactly one version is {@link #ACTIVE} once the first
 * activation happened; activating another retires it, and activating a retired one is the rollback.
 * The moves allowed between states are decided here, once, for the store and the services.
 */
public enum VersionState {
    DRAFT,
    REJECTED,
    ACTIVE,
    RETIRED;

    /** What the trail calls storing a new version in this state (a new version is a draft or rejected). */
    TrailAction storedAs() {
        return this == REJECTED ? TrailAction.REJECTED_UPLOAD : TrailAction.UPLOAD;
    }

    /**
     * What activating a version in this state is: the activation of a draft, or the rollback to a
     * retired version.
     *
     * @throws VersionStateConflict when the version is rejected or already active
     */
    TrailAction activation(String id) {
        return switch (this) {
            case DRAFT -> TrailAction.ACTIVATION;
            case RETIRED -> TrailAction.ROLLBACK;
            case REJECTED, ACTIVE -> throw new VersionStateConflict("Version " + id + " is " + this
                    + " and cannot be activated.");
        };
    }

    /**
     * Checks a move between the states that need no activation (draft, rejected, retired).
     *
     * @throws VersionStateConflict towards {@code ACTIVE} (only activation makes a version active), or away from it
     *         (the active version is retired only by activating another)
     */
    void requireMoveTo(VersionState target, String id) {
        if (target == ACTIVE) {
            throw new VersionStateConflict("A version becomes active only by activation.");
        }
        if (this == ACTIVE) {
            throw new VersionStateConflict(
                    "Version " + id + " is active; it is retired only by activating another version.");
        }
    }
}
