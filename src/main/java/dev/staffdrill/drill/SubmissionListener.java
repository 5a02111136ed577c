package dev.staffdrill.drill;

/** Told once per attempt, right after it is submitted (by the learner or by the clock). */
public interface SubmissionListener {
    void submitted(long attemptId);
}
