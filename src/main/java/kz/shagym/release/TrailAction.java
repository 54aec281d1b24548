package kz.shagym.release;

/** What an entry of the administrative trail says was done to a version. */
enum TrailAction {
    /** a version stored as a draft */
    UPLOAD,
    /** a version stored as rejected, with its report */
    REJECTED_UPLOAD,
    /** a draft made the active version */
    ACTIVATION,
    /** a retired version made the active version again */
    ROLLBACK,
    /** a version moved between the states that need no activation (a retired one made a draft again) */
    STATE_CHANGE,
    /** an approver rejected a draft, with a reason */
    REJECTION,
    /** an approver returned a draft to its author for rework, with a reason */
    RETURN
}
