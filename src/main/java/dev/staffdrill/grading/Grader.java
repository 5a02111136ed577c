package dev.staffdrill.grading;

import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;

/** Grades one answer synchronously. Implementations never throw for a bad provider: they fall back. */
public interface Grader {
    /**
     * @param attemptId the attempt being graded, for the audit trail; 0 when there is none (the CLI)
     */
    Grade grade(Rubric rubric, Question question, String answer, long attemptId);

    /**
     * A follow-up thread: {@code answer} is all the learner said, {@code followUps} the probes asked
     * in between. A grader that cannot use the probes grades the words alone.
     */
    default Grade grade(Rubric rubric, Question question, String answer, java.util.List<String> followUps, long attemptId) {
        return grade(rubric, question, answer, attemptId);
    }

    /** One line for the footer and /healthz: which grader runs. */
    String describe();
}
