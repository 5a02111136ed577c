package dev.staffdrill.drill;

import dev.staffdrill.account.Role;
import dev.staffdrill.account.UserRepository;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Question;
import dev.staffdrill.db.Database;
import dev.staffdrill.testing.TestConfig;
import dev.staffdrill.testing.ThreadFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading many attempts' threads at once (the cohort export) gives what reading each one gives. */
class ThreadRepositoryTest {
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path tmp;
    Database db;
    ThreadRepository threads;
    List<Long> attempts = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(TestConfig.database(tmp));
        threads = new ThreadRepository(db.jdbi());
        long user = new UserRepository(db.jdbi()).create("ada", "Ada", "hash", Role.LEARNER, NOW).id();
        Question q = ContentLoader.load(ThreadFixtures.content()).question("14-fu-witness").orElseThrow();
        DrillRepository drills = new DrillRepository(db.jdbi());
        for (int i = 0; i < 3; i++) {
            long drill = drills.create(user, DrillMode.EXERCISE, false, "d" + i, null, null, List.of(q), NOW);
            attempts.add(drills.attempts(drill, user).get(0).id());
        }
        // Two turns on the first attempt, one on the third, none on the second.
        threads.ask(attempts.get(0), 1, Interviewer.FollowUp.authored("blast-radius", "missing", "How many users?"), NOW, null);
        threads.ask(attempts.get(0), 2, Interviewer.FollowUp.authored("degradation-mode", "missing", "What still works?"), NOW, null);
        threads.ask(attempts.get(2), 1, Interviewer.FollowUp.authored("blast-radius", "missing", "Who notices?"), NOW, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void manyThreadsAtOnceMatchEachThreadAlone() {
        var all = threads.threads(attempts);
        assertThat(all).containsOnlyKeys(attempts.get(0), attempts.get(2));
        assertThat(all.get(attempts.get(0))).isEqualTo(threads.thread(attempts.get(0)));
        assertThat(all.get(attempts.get(0))).extracting(ThreadTurn::turn).containsExactly(1, 2);
        assertThat(all.get(attempts.get(2))).isEqualTo(threads.thread(attempts.get(2)));
    }

    @Test
    void idsBeyondOneBatchAreAllRead() {
        // 1,200 ids, the real ones last, so they fall in the third IN list.
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1_000_000, 1_001_197).boxed().toList());
        ids.addAll(List.of(attempts.get(0), attempts.get(2)));
        assertThat(threads.threads(ids)).containsOnlyKeys(attempts.get(0), attempts.get(2));
        assertThat(threads.threads(List.of())).isEmpty();
    }
}
