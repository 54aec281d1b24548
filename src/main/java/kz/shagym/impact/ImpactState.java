package kz.shagym.impact;

/** Where an impact job is: waiting behind another job, comparing, finished with a report, or failed. */
public enum ImpactState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
