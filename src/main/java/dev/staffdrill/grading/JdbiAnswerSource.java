package dev.staffdrill.grading;

import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * Loads a submitted attempt and the question snapshot it answered (question_version), so a
 * question edited since is graded as the learner saw it.
 */
public final class JdbiAnswerSource implements AnswerSource {
    private final Jdbi jdbi;

    public JdbiAnswerSource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<GradingInput> load(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id, a.user_id, a.answer, q.question_id, q.version, q.chapter, q.kind, q.title,
                               q.dimensions, q.gaps, q.minutes, q.prompt, q.guidance, q.model_answer
                        FROM attempt a
                        JOIN question_version q ON q.question_id = a.question_id AND q.version = a.question_version
                        WHERE a.id = :id AND a.submitted_at IS NOT NULL""")
                .bind("id", attemptId)
                .map((rs, ctx) -> new GradingInput(rs.getLong("id"), rs.getLong("user_id"),
                        new Question(rs.getString("question_id"), rs.getInt("chapter"), List.of(),
                                QuestionKind.of(rs.getString("kind")).orElse(QuestionKind.EXERCISE),
                                rs.getString("title"), rs.getInt("minutes"), split(rs.getString("dimensions")),
                                split(rs.getString("gaps")), rs.getString("prompt"), rs.getString("guidance"),
                                rs.getString("model_answer"), rs.getString("version"), "question_version"),
                        rs.getString("answer")))
                .findOne()
                .map(in -> withThread(h, in)));
    }

    /** The learner's replies join the answer (the grade covers the thread); the probes go along as context. */
    private static GradingInput withThread(org.jdbi.v3.core.Handle h, GradingInput in) {
        List<String> asks = new java.util.ArrayList<>();
        StringBuilder said = new StringBuilder(in.answer());
        h.createQuery("SELECT ask, reply FROM probe_turn WHERE attempt_id = :id ORDER BY turn")
                .bind("id", in.attemptId())
                .map((rs, ctx) -> new String[]{rs.getString("ask"), rs.getString("reply")})
                .forEach(t -> {
                    asks.add(t[0]);
                    if (!t[1].isBlank()) {
                        said.append("\n\n").append(t[1]);
                    }
                });
        return asks.isEmpty() ? in : new GradingInput(in.attemptId(), in.userId(), in.question(), said.toString(), asks);
    }

    private static List<String> split(String csv) {
        return dev.staffdrill.db.Sql.list(csv);
    }
}
