package kz.shagym.release;

import kz.shagym.problem.Message;

/**
 * Where a rule set version is in its life. Exactly one version is {@link #ACTIVE} once the first
 * activation happened; activating another retires it, and activating a retired one is the rollback.
 * An approver may reject a draft or return it to its author for rework, each with a reason. The moves
 * allowed between states are decided here, once, for the store and the services.
 */
public enum VersionState {
    DRAFT,
    REJECTED,
    ACTIVE,
    RETIRED,
    /** A draft an approver sent back with a reason: its author publishes a corrected version instead. */
    RETURNED;

    /** What the trail calls storing a new version in this state (a new version is a draft or rejected). */
    TrailAction storedAs() {
        return this == REJECTED ? TrailAction.REJECTED_UPLOAD : TrailAction.UPLOAD;
    }

    /**
     * What activating a version in this state is: the activation of a draft, or the rollback to a
     * retired version.
     *
     * @throws VersionStateConflict when the version is rejected, returned or already active
     */
    TrailAction activation(String id) {
        return switch (this) {
            case DRAFT -> TrailAction.ACTIVATION;
            case RETIRED -> TrailAction.ROLLBACK;
            case REJECTED -> throw new VersionStateConflict(Message.of("problem.release.state.rejected", id));
            case RETURNED -> throw new VersionStateConflict(Message.of("problem.release.state.returned", id));
            case ACTIVE -> throw new VersionStateConflict(Message.of("problem.release.state.active", id));
        };
    }

    /**
     * What an approver's review that leaves a draft in this state is called in the trail.
     *
     * @throws IllegalArgumentException for a state a review cannot lead to
     */
    TrailAction reviewedAs() {
        return switch (this) {
            case REJECTED -> TrailAction.REJECTION;
            case RETURNED -> TrailAction.RETURN;
            default -> throw new IllegalArgumentException("a review rejects or returns a draft, not " + this);
        };
    }

    /**
     * Only a draft is reviewed: a version already active, retired, rejected or returned has had its answer.
     *
     * @throws VersionStateConflict when this is not {@link #DRAFT}
     */
    void requireReviewable(String id) {
        if (this != DRAFT) {
            throw new VersionStateConflict(Message.of("problem.release.state.not-a-draft", id));
        }
    }

    /**
     * Checks a move between the states that need no activation (draft, rejected, retired, returned).
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
