package dev.staffdrill.grading;

/** Where the latest grading request of an attempt stands. NONE: never requested. */
public enum GradingStatus {
    NONE, QUEUED, RUNNING, DONE, FAILED;

    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }
}
